import { found } from '../testing/found';

describe('BIRTHDATE', () => {
  it.each([
    ['Sem is geboren op 12-03-2015.', '12-03-2015'],
    ['geb. 12/3/2015', '12/3/2015'],
    ['Geboortedatum: 12 maart 2015', '12 maart 2015'],
    ['Geboortedatum: 2015-03-12', '2015-03-12'],
    ['DOB 03/01/2016', '03/01/2016'],
    ['Sem (12-03-2015) zit in groep 4.', '12-03-2015'],
    ['Daan Jansen (8 jaar, 03-04-2016)', '03-04-2016'],
    ['Leeftijd: 8 jaar (12-03-2015)', '12-03-2015'],
    ['Hij is op 12 maart 2015 geboren.', '12 maart 2015'],
    ['Lisa, 12-03-2010, is 14 en woont bij oma.', '12-03-2010'],
    ['Sem *12.03.2015', '12.03.2015'],
    ['geboren in maart 2015', 'maart 2015'],
    ['Geb.datum 3 mrt. 2015', '3 mrt. 2015'],
  ])('finds the birth date in %j', (text, date) => {
    expect(found(text, 'BIRTHDATE')).toEqual([date]);
  });

  it.each([
    'Op 12-03-2024 vond het gesprek plaats.',
    'Datum: 12 maart 2024, 14.00 uur',
    'd.d. 2024-03-12 met de Voedselbank (10 maart 2023)',
    'Moeder (38) vertelt op 12-03-2024 dat het beter gaat.',
    'Sinds 1 januari 2015 geldt de Jeugdwet.',
    'Het verslag van 3/4/2023 staat in het dossier.',
  ])('finds no birth date in %j', (text) => {
    expect(found(text, 'BIRTHDATE')).toEqual([]);
  });
});
