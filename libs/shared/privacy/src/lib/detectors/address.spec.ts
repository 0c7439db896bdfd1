import { found } from '../testing/found';

describe('ADDRESS', () => {
  it.each([
    'Kerkstraat 12', 'Van Goghlaan 3a', 'Oude Gracht 115-bis', 'Burg. de Kockstraat 4', 'Laan van Meerdervoort 12',
    'Prins Hendrikkade 99', 'Jan van Galenstraat 7-II', 'Stationsplein 1-3', 'Nieuwe Binnenweg 122b', 'Hoofdstraat 12 A',
    'Dorpsstraat 4 hs', 'Kerkstr. 12', 'De Ruijterkade 5', 'Zeedijk 33', 'Lange Voorhout 8', 'Dr. Schaepmanstraat 3',
    '2e Jan Steenstraat 34-III', 'Tweede Hugo de Grootstraat 2', 'Wilhelminastraat 12 bis',
  ])('finds %s', (address) => {
    expect(found(`Het gezin woont aan de ${address}, in het centrum.`, 'ADDRESS')).toEqual([address]);
  });

  it('finds a street without a known ending after a residence cue', () => {
    expect(found('Mevrouw woont aan de Overtoom 12 en is slecht ter been.', 'ADDRESS')).toEqual(['Overtoom 12']);
  });

  it.each([
    'Zie hoofdstuk 3 en bijlage 2.',
    'Loopbaan 2 gaat over werk.',
    'In het Werkveld 3 zijn veel vacatures.',
    'De Arbeidsmarkt 2024 is krap.',
    'Leerlingen uit groep 7 en klas 2b.',
    'Zij woont in de Kerkstraat.',
    'Van Dijk 3 keer gebeld.',
    'Amsterdam 2 keer per jaar.',
    'De Vergadering 3 is verplaatst.',
  ])('finds no address in %j', (text) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
  });
});
