import { checkPrivacy, unresolvedFindings } from './check-privacy';
import { PRIVACY_MESSAGES } from './messages';

const CASE = 'Moeder Fatima (38) woont aan de Kerkstraat 12, 3511 AB Utrecht. BSN 123456782, tel. 06-12345678, mail f.jansen@live.nl.';

describe('checkPrivacy', () => {
  it('returns sorted, non-overlapping findings with offsets into the text', () => {
    const findings = checkPrivacy(CASE);
    expect(findings.map((f) => f.kind)).toEqual(['NAME', 'ADDRESS', 'POSTCODE', 'BSN', 'PHONE', 'EMAIL']);
    for (const f of findings) expect(CASE.slice(f.start, f.end)).toBe(f.text);
    for (let i = 1; i < findings.length; i++) expect(findings[i].start).toBeGreaterThanOrEqual(findings[i - 1].end);
  });

  it('gives a Dutch and English message and a replacement', () => {
    const bsn = checkPrivacy('BSN 123456782')[0];
    expect(bsn.message).toEqual(PRIVACY_MESSAGES.BSN);
    expect(bsn.message.nl).toBe('Dit lijkt een BSN. Een BSN mag nooit worden opgeslagen; haal het weg.');
    expect(bsn.replacement).toBe('[BSN verwijderd]');
    expect(bsn.overridable).toBe(false);
    expect(checkPrivacy('mail f.jansen@live.nl')[0]).toMatchObject({ replacement: '[e-mailadres]', overridable: true });
  });

  it('lets the stronger kind win an overlap', () => {
    // The e-mail holds a first name; the IBAN holds digits a phone number could be made of.
    expect(checkPrivacy('emma.jansen@gmail.com').map((f) => f.kind)).toEqual(['EMAIL']);
    expect(checkPrivacy('Anna Paulownastraat 5').map((f) => f.kind)).toEqual(['ADDRESS']);
  });

  it('handles empty text and text without findings', () => {
    expect(checkPrivacy('')).toEqual([]);
    expect(checkPrivacy('Het overleg is op dinsdag om 10.00 uur in kamer 2.14.')).toEqual([]);
  });

  it('runs only the requested kinds', () => {
    expect(checkPrivacy(CASE, { kinds: ['PHONE', 'EMAIL'] }).map((f) => f.kind)).toEqual(['PHONE', 'EMAIL']);
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = '👪 Gezin Yılmaz: 06-12345678';
    const phone = checkPrivacy(text).find((f) => f.kind === 'PHONE');
    expect(phone && text.slice(phone.start, phone.end)).toBe('06-12345678');
  });
});

describe('overrides', () => {
  const text = 'Het gezin Kok woont in Zwolle. Bel 06-12345678. BSN 123456782.';

  it('suppresses a finding whose kind and text the author overrode, with a reason', () => {
    const overrides = [{ kind: 'NAME' as const, text: 'kok', reason: 'Kok is hier het beroep, geen naam.' }];
    expect(checkPrivacy(text, { overrides }).map((f) => f.kind)).toEqual(['PHONE', 'BSN']);
    expect(unresolvedFindings(text, overrides).map((f) => f.kind)).toEqual(['PHONE', 'BSN']);
  });

  it('ignores an override without a reason or of another kind', () => {
    expect(unresolvedFindings(text, [{ kind: 'NAME', text: 'Kok', reason: ' ' }]).map((f) => f.kind)).toContain('NAME');
    expect(unresolvedFindings(text, [{ kind: 'ADDRESS', text: 'Kok', reason: 'x' }]).map((f) => f.kind)).toContain('NAME');
  });

  it('never suppresses a BSN', () => {
    expect(unresolvedFindings(text, [{ kind: 'BSN', text: '123456782', reason: 'testnummer' }]).map((f) => f.kind)).toContain('BSN');
  });
});
