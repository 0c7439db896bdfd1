import { found } from '../testing/found';

describe('PHONE', () => {
  it.each([
    '06-12345678', '06 12345678', '0612345678', '06 1234 5678', '06-1234 5678', '06 12 34 56 78', '06 - 12345678',
    '06–12 34 56 78', '(06) 12345678', '+31 6 12345678', '+31 (0)6 12345678', '+31 (0) 6 12 34 56 78', '+31(0)612345678',
    '+31612345678', '0031 6 12345678', '0031-6-12345678', '010-1234567', '020 123 4567', '(020) 123 4567', '0513-123456',
    '0513 12 34 56', '(0513) 12 34 56', '+31 20 123 4567', '0031 20 1234567', '020.123.4567', '0800-1234', '0900-1234',
    '0900 123 4567', '088-1234567', '088 - 123 45 67', '+32 470 12 34 56', '+49 30 12345678', '+90 532 123 45 67',
  ])('finds %s', (phone) => {
    expect(found(`Bereikbaar op ${phone}, na 17.00 uur.`, 'PHONE')).toEqual([phone]);
  });

  it('finds two numbers in a row', () => {
    expect(found('Tel. 06-12345678 / 020-1234567', 'PHONE')).toEqual(['06-12345678', '020-1234567']);
  });

  it('stops a number before what follows it', () => {
    expect(found('Bel 06 12345678 2x per week', 'PHONE')).toEqual(['06 12345678']);
  });

  it.each([
    'Datum: 01-03-2024 10.30 uur',
    'Op 01.03.2015 12 kinderen',
    'Zaaknummer 09/123456-24',
    'Versie 0.12.3456',
    'Tussen 2019 en 2023 daalde het met 0,5%.',
    'Van 09.00 tot 17.30 uur.',
    'IBAN NL91 ABNA 0417 1643 00',
    'Dossier 123456789',
    'Score 0 1 2 3 4',
  ])('finds no phone number in %j', (text) => {
    expect(found(text, 'PHONE')).toEqual([]);
  });
});
