import { authorList, bareDoi, citationShort, doiUrl, referenceParts, referenceText, surnameOf } from './citation';

const bordin = {
  authors: ['Bordin, E. S.'],
  year: 1979,
  title: 'The generalizability of the psychoanalytic concept of the working alliance',
  container: 'Psychotherapy: Theory, Research & Practice',
  volume: '16',
  issue: '3',
  pages: '252-260',
  doi: '10.1037/h0085885',
  url: null,
};

describe('citationShort', () => {
  it('names one author by surname, two with &, three or more with et al.', () => {
    expect(citationShort(bordin)).toBe('Bordin (1979)');
    expect(citationShort({ authors: ['Horvath, A. O.', 'Bedi, R. P.'], year: 2002 })).toBe('Horvath & Bedi (2002)');
    expect(citationShort({ authors: ['Friedlander, M. L.', 'Escudero, V.', 'Heatherington, L.', 'Diamond, G. M.'], year: 2011 })).toBe('Friedlander et al. (2011)');
  });

  it('keeps an organisation as author whole, and copes with no authors', () => {
    expect(citationShort({ authors: ['World Health Organization'], year: 2010 })).toBe('World Health Organization (2010)');
    expect(citationShort({ authors: [' ', ''], year: 2010 })).toBe('(2010)');
  });

  it('uses the part before the comma as surname, including prefixes', () => {
    expect(surnameOf('Van Arum, S.')).toBe('Van Arum');
    expect(surnameOf('  Welmers-van de Poll, M. J. ')).toBe('Welmers-van de Poll');
  });
});

describe('reference', () => {
  it('formats an article APA-like with the journal and volume in italics', () => {
    expect(referenceParts(bordin)).toEqual([
      { text: 'Bordin, E. S. (1979). The generalizability of the psychoanalytic concept of the working alliance. ' },
      { text: 'Psychotherapy: Theory, Research & Practice', italic: true },
      { text: ', ' },
      { text: '16', italic: true },
      { text: '(3), 252-260.' },
    ]);
    expect(referenceText(bordin)).toBe(
      'Bordin, E. S. (1979). The generalizability of the psychoanalytic concept of the working alliance. Psychotherapy: Theory, Research & Practice, 16(3), 252-260. https://doi.org/10.1037/h0085885',
    );
  });

  it('formats a report without journal, keeps a title that ends in a question mark, and ends with the URL', () => {
    const text = referenceText({ authors: ['Van Arum, S.', 'Van den Enden, T.'], year: 2018, title: 'Integraal werken in de wijk?', container: null, url: 'https://example.org/rapport' });
    expect(text).toBe('Van Arum, S., & Van den Enden, T. (2018). Integraal werken in de wijk? https://example.org/rapport');
  });

  it('lists authors with commas and & before the last, as APA does', () => {
    expect(authorList(['A, B.'])).toBe('A, B.');
    expect(authorList(['A, B.', 'C, D.', 'E, F.'])).toBe('A, B., C, D., & E, F.');
    const many = Array.from({ length: 22 }, (_, i) => `N${i + 1}, X.`);
    expect(authorList(many)).toBe(`${many.slice(0, 19).join(', ')}, … N22, X.`);
  });

  it('links a DOI through doi.org, whatever prefix was typed', () => {
    expect(doiUrl('10.1037/h0085885')).toBe('https://doi.org/10.1037/h0085885');
    expect(bareDoi('https://doi.org/10.1037/h0085885')).toBe('10.1037/h0085885');
    expect(bareDoi('doi: 10.1037/h0085885')).toBe('10.1037/h0085885');
    expect(doiUrl('http://dx.doi.org/10.1/x')).toBe('https://doi.org/10.1/x');
  });
});
