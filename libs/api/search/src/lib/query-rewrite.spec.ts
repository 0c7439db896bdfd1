import { AnalysedWord, buildQuery, expandWord, fold, headlineToHtml, osa, parseQuery, splitCompound } from './query-rewrite';

const row = (over: Partial<AnalysedWord> & { w: string; stem: string }): AnalysedWord => ({ ndoc: 0, variants: [], pieces: [], similar: [], ...over });

describe('query rewriting for Dutch search', () => {
  it('parses AND, OF/OR, phrases and exclusions, folding case and diacritics', () => {
    expect(parseQuery('Coördinatie  zorg')).toEqual({ clauses: [[{ kind: 'word', text: 'coordinatie' }], [{ kind: 'word', text: 'zorg' }]], negations: [] });
    expect(parseQuery('empowerment OF krachtgericht -theorie "met ouders"')).toEqual({
      clauses: [[{ kind: 'word', text: 'empowerment' }, { kind: 'word', text: 'krachtgericht' }], [{ kind: 'phrase', text: 'met ouders' }]],
      negations: [{ kind: 'word', text: 'theorie' }],
    });
    // tsquery syntax is not syntax here: only the words remain.
    expect(parseQuery(`'); DROP TABLE x; -- & | ! :*`).clauses.flat().map((t) => t.text)).toEqual(['drop', 'table', 'x']);
    expect(parseQuery('OF').clauses).toEqual([]);
  });

  it('measures edit distance with transpositions', () => {
    expect(osa('allianite', 'alliantie')).toBe(1);
    expect(osa('gezin', 'gezien')).toBe(1);
    expect(osa('relatie', 'relaties')).toBe(1);
    expect(osa('abc', 'cba')).toBe(2);
  });

  it('splits compounds at linking morphemes, never after a particle, and prefers known heads', () => {
    const pieces = new Map([
      ['samenwerking', { lexeme: 'samenwerk', ndoc: 40 }],
      ['werking', { lexeme: 'werking', ndoc: 3 }],
      ['relatie', { lexeme: 'relatie', ndoc: 12 }],
      ['samen', { lexeme: 'sam', ndoc: 30 }],
    ]);
    expect(splitCompound('samenwerkingsrelatie', pieces).map((p) => p.word)).toEqual(['samenwerking', 'relatie']);
    // "samen" is a particle: samenwerking is not samen + werking.
    expect(splitCompound('samenwerking', pieces)).toEqual([]);
    // One unknown modifier is allowed (jeugd never occurs alone), and only the known part is searched.
    expect(splitCompound('jeugdhulpverlener', new Map([['hulpverlener', { lexeme: 'hulpverlener', ndoc: 5 }]])).map((p) => p.word)).toEqual(['hulpverlener']);
  });

  it('expands a word: inflections exact; prefix, parts and corrections related; an unknown word’s corrections exact', () => {
    const compound = expandWord(row({
      w: 'samenwerkingsrelatie', stem: 'samenwerkingsrelatie', ndoc: 2, variants: ['samenwerkingsrelaties'],
      pieces: [{ word: 'samenwerking', lexeme: 'samenwerk', ndoc: 40 }, { word: 'relatie', lexeme: 'relatie', ndoc: 12 }],
    }));
    expect(compound.exact).toEqual(["'samenwerkingsrelatie'", "'samenwerkingsrelaties'"]);
    expect(compound.related).toEqual(["'samenwerkingsrelatie':*", "'samenwerk'", "'relatie'", "'relaties'"]);
    expect(compound.info.parts).toEqual(['samenwerking', 'relatie']);

    const typo = expandWord(row({ w: 'allianite', stem: 'allianit', similar: [{ word: 'alliantie', lexeme: 'alliantie', ndoc: 9 }, { word: 'allianties', lexeme: 'allianties', ndoc: 2 }] }));
    // Both neighbours are within 2 edits of a 9-letter word; the nearest comes first.
    expect(typo.exact).toEqual(["'allianit'", "'alliantie'", "'allianties'"]);
    expect(typo.info.typos).toEqual(['alliantie', 'allianties']);

    // A known word keeps its own meaning: gezien is not a typo of gezin when gezin is common enough.
    const known = expandWord(row({ w: 'gezin', stem: 'gezin', ndoc: 20, similar: [{ word: 'gezien', lexeme: 'gezien', ndoc: 30 }] }));
    expect(known.exact).toEqual(["'gezin'"]);
    expect(known.related).toEqual(["'gezin':*"]); // gezinscoach, gezinsplan …; not gezien
    expect(expandWord(row({ w: 'het', stem: '' })).info.stopword).toBe(true);
    // Compounds that end in the word are its kinds.
    const head = expandWord(row({ w: 'relatie', stem: 'relatie', ndoc: 80, variants: ['relaties'], heads: [{ word: 'werkrelatie', lexeme: 'werkrelatie', ndoc: 9 }, { word: 'samenwerkingsrelaties', lexeme: 'samenwerkingsrelaties', ndoc: 4 }] }));
    expect(head.exact).toEqual(["'relatie'", "'relaties'"]);
    expect(head.related).toEqual(["'werkrelatie'", "'samenwerkingsrelaties'"]);
    expect(head.info.compounds).toEqual(['werkrelatie', 'samenwerkingsrelaties']);
  });

  it('builds a tsquery with quoted operands only, exact forms per clause and negations', () => {
    const parsed = parseQuery("o'brien -gezin");
    const q = buildQuery(parsed, new Map([
      ['o', row({ w: 'o', stem: 'o', ndoc: 1 })],
      ['brien', row({ w: 'brien', stem: 'brien', ndoc: 100 })],
      ['gezin', row({ w: 'gezin', stem: 'gezin', ndoc: 9 })],
    ]), new Map());
    expect(q).toEqual({ tsquery: "('o') & ('brien') & !('gezin')", exactQueries: ["('o')", "('brien')"], highlightQuery: "('o') | ('brien')", explain: [{ w: 'o', stem: 'o' }, { w: 'brien', stem: 'brien' }] });
    expect(buildQuery(parseQuery('de het'), new Map([['de', row({ w: 'de', stem: '' })], ['het', row({ w: 'het', stem: '' })]]), new Map())).toBeNull();
    expect(fold('Ëen Coöperatie')).toBe('een cooperatie');
  });

  it('escapes a headline and turns only the sentinels into <mark>', () => {
    expect(headlineToHtml('\uE000Relatie\uE001 <b>"x"</b> & \'y\'')).toBe('<mark>Relatie</mark> &#60;b&#62;&#34;x&#34;&#60;/b&#62; &#38; &#39;y&#39;');
  });
});
