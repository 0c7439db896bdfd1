import { found } from '../testing/found';

describe('BSN', () => {
  it.each([
    ['BSN 123456782.', '123456782'],
    ['bsn: 123.456.782', '123.456.782'],
    ['Burgerservicenummer 1234.56.782', '1234.56.782'],
    ['BSN 123 456 782 (moeder)', '123 456 782'],
    ['bsn-nummer: 123-456-782', '123-456-782'],
    ['BSN 12 34 56 782', '12 34 56 782'],
    ['sofinummer 111222333', '111222333'],
    ['BSN123456782', '123456782'],
    ['Burgerservicenummer: 12345672', '12345672'],
    ['Zij gaf 123456782 door.', '123456782'],
    ['Op 12-03-2024 123456782 ontvangen', '123456782'],
    ['BSN 123 456 782 12 jaar', '123 456 782'],
  ])('finds the BSN in %j', (text, bsn) => {
    expect(found(text, 'BSN')).toEqual([bsn]);
  });

  it.each([
    'Dossiernummer 123456789 is afgesloten.',
    'Zaak 987654321',
    'Een bedrag van € 123.456.782 is begroot.',
    'Kosten: 123.456.782,50 euro',
    'Telefoon +31 (0)6 46038965',
    'KvK 12345672',
    'Datum 12032015 van het gesprek',
    'Code NL91ABNA0417164300',
    'Nummer 000000000',
  ])('finds no BSN in %j', (text) => {
    expect(found(text, 'BSN')).toEqual([]);
  });

  it('is never overridable', () => {
    const f = found('BSN 123456782');
    expect(f).toEqual(['BSN:123456782']);
  });
});
