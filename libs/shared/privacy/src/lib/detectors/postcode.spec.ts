import { found } from '../testing/found';

describe('POSTCODE', () => {
  it.each([
    ['Kerkstraat 12, 3511 AB Utrecht', '3511 AB'],
    ['Kerkstraat 12\n3511AB UTRECHT', '3511AB'],
    ['Postcode: 1234ab', '1234ab'],
    ['postcode 1234 en', '1234 en'],
    ['Het adres is 3512 jk Utrecht.', '3512 jk'],
    ['Adres: Dorp 3, 9999 ZZ', '9999 ZZ'],
    ['Woonplaats en postcode: 2582 AS', '2582 AS'],
    ['Zij woont in 1234 AB.', '1234 AB'],
    ['Nieuwe postcode 6861 BK\nTelefoon onbekend', '6861 BK'],
    ['Ze wonen op 1234KL', '1234KL'],
    // An address earlier in the sentence, or a cue and a house number: also pairs that are abbreviations in capitals.
    ['Nieuw adres: Paddepoelsterweg 66 in Groningen, 9746 ab.', '9746 ab'],
    ['Adres: kerkstraat 12, 1234 ab utrecht', '1234 ab'],
  ])('finds the postcode in %j', (text, pc) => {
    expect(found(text, 'POSTCODE')).toEqual([pc]);
  });

  it.each([
    'In 2023 de gemeente en in 2024 het rijk.',
    'Rond 1500 EN 1600 groeide de stad.',
    'Vader woont sinds 2019 in Deventer.',
    'JAARVERSLAG 2024 DE CIJFERS',
    'Er waren 1234 SA leden',
    'Het kostte 1500 euro, 2000 km verderop.',
    'Van 2022 tot 2024 op 1 locatie.',
    'In 2020 NB: de cijfers zijn voorlopig.',
    'Dossier 0123 AB',
    'Ze woont aan de Parkweg 66 sinds 2019 en werkt in Assen.',
    'Kerkstraat 12 is verkocht. In 2019 mw. de eigenaar.',
  ])('finds no postcode in %j', (text) => {
    expect(found(text, 'POSTCODE')).toEqual([]);
  });
});
