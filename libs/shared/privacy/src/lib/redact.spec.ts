import { checkPrivacy } from './check-privacy';
import { applyReplacement, redact } from './redact';

describe('applyReplacement', () => {
  it('replaces one finding', () => {
    const text = 'Bel moeder op 06-12345678.';
    const [phone] = checkPrivacy(text);
    expect(applyReplacement(text, phone)).toBe('Bel moeder op [telefoonnummer].');
  });

  it('finds the text again when the author typed before it', () => {
    const text = 'Bel moeder op 06-12345678.';
    const [phone] = checkPrivacy(text);
    expect(applyReplacement(`Graag: ${text}`, phone)).toBe('Graag: Bel moeder op [telefoonnummer].');
  });

  it('leaves the text alone when the finding is gone', () => {
    const [phone] = checkPrivacy('Bel 06-12345678.');
    expect(applyReplacement('Bel later.', phone)).toBe('Bel later.');
  });
});

describe('redact', () => {
  it('replaces every finding', () => {
    const text = 'Mevrouw De Vries (BSN 123456782) woont op de Kerkstraat 12, 3511 AB Utrecht; mail: a.devries@live.nl';
    expect(redact(text)).toBe('Mevrouw [naam] (BSN [BSN verwijderd]) woont op de [adres], [postcode] Utrecht; mail: [e-mailadres]');
  });

  it('skips findings that no longer match the text', () => {
    const findings = checkPrivacy('Bel 06-12345678.');
    expect(redact('Bel later.', findings)).toBe('Bel later.');
  });
});
