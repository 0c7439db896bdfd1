import { found } from '../testing/found';

describe('IBAN', () => {
  it.each([
    'NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00', 'nl91 abna 0417 1643 00', 'nl91abna0417164300', 'NL91-ABNA-0417-1643-00',
    'NL 91 ABNA 0417 1643 00', 'BE68 5390 0754 7034', 'be68539007547034', 'DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32',
  ])('finds %s', (iban) => {
    expect(found(`Rekening ${iban} t.n.v. moeder.`, 'IBAN')).toEqual([iban]);
  });

  it('finds two IBANs in one sentence', () => {
    expect(found('NL91 ABNA 0417 1643 00 en be68 5390 0754 7034.', 'IBAN')).toEqual(['NL91 ABNA 0417 1643 00', 'be68 5390 0754 7034']);
  });

  it('does not run into the next word', () => {
    expect(found('IBAN NL91 ABNA 0417 1643 00 van moeder', 'IBAN')).toEqual(['NL91 ABNA 0417 1643 00']);
  });

  it.each(['NL92 ABNA 0417 1643 00', 'NL91 ABNA 0417 1643 0', 'in 2019 naar 53 in 2019 was het 12', 'Op 2022-02-01 vond het MDO plaats met'])(
    'finds no IBAN in %j',
    (text) => expect(found(text, 'IBAN')).toEqual([]),
  );
});
