// Turns what a person types into a Dutch tsquery: the stemmer alone does not match relatie ↔ relaties,
// gezin ↔ gezinnen, never splits compounds and knows no typos. The analysis of the query words (one SQL
// round trip, ANALYZE_SQL) gives each word's lexeme, the inflection variants that exist in the
// vocabulary, the vocabulary words inside it and its trigram neighbours; the functions here decide.
// Design and measurements: docs/search/README.md.

const FOLD_FROM = 'áàâäãåéèêëíìîïóòôöõúùûüýÿçñ';
const FOLD_TO = 'aaaaaaeeeeiiiiooooouuuuyycn';

/** Lower case without diacritics, like search_fold() in SQL. */
export function fold(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) {
    const i = FOLD_FROM.indexOf(ch);
    out += i < 0 ? ch : FOLD_TO[i];
  }
  return out;
}

const words = (s: string): string[] => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

export interface QueryTerm {
  kind: 'word' | 'phrase';
  text: string;
}
export interface ParsedQuery {
  /** AND of clauses; each clause is an OR of terms. */
  clauses: QueryTerm[][];
  negations: QueryTerm[];
}

export const MAX_QUERY_LENGTH = 200;

/** "a b" → AND; OF / OR / | between terms → OR; "a phrase"; -word and -"phrase" → NOT. */
export function parseQuery(input: string): ParsedQuery {
  const clauses: QueryTerm[][] = [];
  const negations: QueryTerm[] = [];
  let orNext = false;
  for (const m of String(input ?? '').slice(0, MAX_QUERY_LENGTH).matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    const neg = m[1] === '-' || (m[3] ?? '').startsWith('-');
    if (m[3] && /^(OF|OR|\|)$/.test(m[3])) {
      orNext = clauses.length > 0;
      continue;
    }
    const terms: QueryTerm[] =
      m[2] !== undefined
        ? words(m[2]).length
          ? [{ kind: 'phrase', text: words(m[2]).join(' ') }]
          : []
        : words(m[3]).map((w) => ({ kind: 'word' as const, text: w }));
    if (!terms.length) continue;
    if (neg) {
      negations.push(...terms);
      orNext = false;
      continue;
    }
    if (orNext && terms.length === 1) clauses[clauses.length - 1].push(terms[0]);
    else for (const t of terms) clauses.push([t]);
    orNext = false;
  }
  return { clauses: clauses.slice(0, 8), negations: negations.slice(0, 4) };
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function osa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const c = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

export interface VocabularyWord {
  word: string;
  lexeme: string;
  ndoc: number;
}
interface Part {
  word: string;
  lexeme?: string;
  ndoc?: number;
  unknown?: boolean;
}

const LINKERS = ['', 's', 'e', 'en']; // samenwerking|s|relatie, gezin|s|plan, pann|en|koek
const MIN_PART = 4; // known parts: zorg, hulp, werk, kind
const MIN_UNKNOWN = 5; // an unknown segment must be longer (keeps be|leiding, ge|zinnen out)
const PREFIX_MAX_NDOC = 50; // add 'stem':* only when the word itself is in fewer documents
// Separable particles and prefixes: words built on them are derivations, not compounds (samen+werking).
const NOT_A_MODIFIER = new Set(['samen', 'door', 'onder', 'over', 'voor', 'terug', 'tegen', 'mede', 'achter', 'binnen',
  'buiten', 'inter', 'multi', 'trans', 'anti', 'zelf', 'mee', 'toe', 'weder', 'verder', 'boven', 'rond', 'omver']);

/**
 * Splits a word into vocabulary words joined by linking morphemes. At most one segment may be unknown
 * (jeugd|hulpverlener when "jeugd" never occurs alone); unknown segments are not searched for.
 * Preference: no unknown segment, then fewest parts, then a known head (Dutch compounds are
 * right-headed), then the highest mean log document frequency (Koehn & Knight).
 */
export function splitCompound(w: string, pieces: Map<string, { lexeme: string; ndoc: number }>): Part[] {
  const n = w.length;
  const starts = new Map<number, string[]>();
  for (const word of pieces.keys())
    for (let k = w.indexOf(word); k >= 0; k = w.indexOf(word, k + 1)) {
      if (!starts.has(k)) starts.set(k, []);
      starts.get(k)!.push(word);
    }
  const found: { parts: Part[]; unknown: boolean }[] = [];
  const dfs = (i: number, parts: Part[], unknown: boolean): void => {
    if (found.length > 500) return;
    if (i === n) {
      if (parts.length >= 2) found.push({ parts, unknown });
      return;
    }
    if (parts.length >= 4) return;
    for (const word of starts.get(i) ?? []) {
      const j = i + word.length;
      if (word.length < MIN_PART || (i === 0 && j >= n - 2)) continue; // the word itself or an inflection of it
      if (i === 0 && NOT_A_MODIFIER.has(word)) continue;
      for (const l of LINKERS) if (j + l.length <= n && w.startsWith(l, j)) dfs(j + l.length, [...parts, { word, ...pieces.get(word)! }], unknown);
    }
    if (!unknown)
      for (let j = i + MIN_UNKNOWN; j <= n; j++)
        if ((j === n || starts.has(j)) && !(i === 0 && (j >= n - 2 || NOT_A_MODIFIER.has(w.slice(0, j)))))
          dfs(j, [...parts, { word: w.slice(i, j), unknown: true }], true);
  };
  dfs(0, [], false);
  const ok = found.filter((s) => {
    const known = s.parts.filter((p) => !p.unknown);
    return known.length > 0 && (!s.unknown || known.every((p) => p.word.length >= 5));
  });
  const key = (s: { parts: Part[]; unknown: boolean }): number[] => {
    const known = s.parts.filter((p) => !p.unknown);
    return [s.unknown ? 1 : 0, s.parts.length, s.parts[s.parts.length - 1].unknown ? 1 : 0,
      -known.reduce((a, p) => a + Math.log(1 + (p.ndoc ?? 0)), 0) / known.length];
  };
  ok.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return 0;
  });
  return ok.length ? ok[0].parts.filter((p) => !p.unknown) : [];
}

/** A lexeme as a quoted tsquery operand: user text never reaches the tsquery parser unquoted. */
const operand = (lexeme: string, prefix = false): string => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${prefix ? ':*' : ''}`;

/** One row of the analysis query. */
export interface AnalysedWord {
  w: string;
  stem: string;
  ndoc: number;
  variants: string[] | null;
  pieces: VocabularyWord[] | null;
  similar: VocabularyWord[] | null;
  /** Compounds in the vocabulary that end in the word (its kinds: werkrelatie for relatie). */
  heads?: VocabularyWord[] | null;
}

export interface WordExpansion {
  /** Forms that count as the word itself: its lexeme, inflections, corrections of an unknown word. */
  exact: string[];
  /** Ranked lower: prefix, compound parts, the frequent neighbour of a rare word. */
  related: string[];
  info: { w: string; stem: string; stopword?: boolean; parts?: string[]; typos?: string[]; compounds?: string[] };
}

export function expandWord(row: AnalysedWord): WordExpansion {
  const { w, stem } = row;
  const exact = new Set<string>();
  const related = new Set<string>();
  const info: WordExpansion['info'] = { w, stem };
  if (!stem) return { exact: [], related: [], info: { ...info, stopword: true } };
  exact.add(operand(stem));
  for (const v of row.variants ?? []) exact.add(operand(v));
  // Prefix (gezin → gezinscoach, or a word typed half) only for rare words: a common word's prefix family
  // is large, and every extra match costs ranking and facet work.
  if (stem.length >= 5 && row.ndoc < PREFIX_MAX_NDOC) related.add(operand(stem, true));
  const pieces = new Map((row.pieces ?? []).map((p) => [p.word, { lexeme: p.lexeme, ndoc: p.ndoc }]));
  const parts = w.length >= 8 ? splitCompound(w, pieces) : [];
  // Parts: the lexeme and its -s plural (the stemmer keeps "relaties"), never a prefix of a part.
  for (const p of parts) {
    related.add(operand(p.lexeme!));
    if (/[aeiou]$/.test(p.lexeme!)) related.add(operand(`${p.lexeme}s`));
  }
  if (parts.length) info.parts = parts.map((p) => p.word);
  // Compounds headed by the word are kinds of it (werkrelatie is a relatie): related, ranked lower.
  const heads = (row.heads ?? []).filter((h) => h.lexeme !== stem);
  for (const h of heads) related.add(operand(h.lexeme));
  if (heads.length) info.compounds = heads.map((h) => h.word);
  const known = row.ndoc > 0 || (row.variants ?? []).length > 0;
  const maxDist = w.length <= 5 ? 1 : 2;
  const candidates = (row.similar ?? [])
    .map((c) => ({ ...c, dist: osa(w, c.word) }))
    .filter((c) => c.dist <= maxDist)
    .sort((a, b) => a.dist - b.dist || b.ndoc - a.ndoc || (a.word < b.word ? -1 : 1));
  const typos = !known ? candidates.slice(0, 3) : candidates.filter((c) => c.dist === 1 && c.ndoc >= 3 && c.ndoc >= 5 * row.ndoc).slice(0, 2);
  // An unknown word is most likely a typo: its corrections count as exact. For a known but rare word
  // the much more frequent neighbour is only related.
  for (const c of typos) (known ? related : exact).add(operand(c.lexeme));
  if (typos.length) info.typos = typos.map((c) => c.word);
  for (const e of exact) related.delete(e);
  return { exact: [...exact], related: [...related], info };
}

export interface RewrittenQuery {
  /** Every clause with all its expansions, AND-ed, with the negations. */
  tsquery: string;
  /** Per clause, only the exact forms: how many of them a document matches is the first sort key. */
  exactQueries: string[];
  /** Every term OR-ed, for highlighting: a snippet marks what it contains even when the other words are in the title. */
  highlightQuery: string;
  explain: WordExpansion['info'][];
}

/** Builds the tsquery from the parsed query and the analysis rows. null: nothing searchable (stopwords only). */
export function buildQuery(parsed: ParsedQuery, byWord: Map<string, AnalysedWord>, byPhrase: Map<string, string>): RewrittenQuery | null {
  const termQuery = (t: QueryTerm): WordExpansion | null => {
    if (t.kind === 'phrase') {
      const p = byPhrase.get(t.text);
      return p ? { exact: [`(${p})`], related: [], info: { w: t.text, stem: '' } } : null;
    }
    const row = byWord.get(t.text);
    if (!row) return null;
    const e = expandWord(row);
    return e.exact.length ? e : null;
  };
  const all: string[] = [];
  const exact: string[] = [];
  const explain: WordExpansion['info'][] = [];
  for (const clause of parsed.clauses) {
    const alts = clause.map(termQuery).filter((a): a is WordExpansion => !!a);
    if (!alts.length) continue; // stopwords only
    all.push(`(${alts.flatMap((a) => [...a.exact, ...a.related]).join(' | ')})`);
    exact.push(`(${alts.flatMap((a) => a.exact).join(' | ')})`);
    explain.push(...alts.map((a) => a.info));
  }
  if (!all.length) return null;
  const nots = parsed.negations
    .map(termQuery)
    .filter((a): a is WordExpansion => !!a)
    .map((a) => `!(${a.exact.join(' | ')})`);
  return { tsquery: [...all, ...nots].join(' & '), exactQueries: exact, highlightQuery: all.join(' | '), explain };
}

/** The words and phrases the analysis query needs. */
export function analysisInput(parsed: ParsedQuery): { words: string[]; phrases: string[] } {
  const all = [...parsed.clauses.flat(), ...parsed.negations];
  return {
    words: [...new Set(all.filter((t) => t.kind === 'word').map((t) => t.text))],
    phrases: [...new Set(all.filter((t) => t.kind === 'phrase').map((t) => t.text))],
  };
}

/** Safe HTML from a ts_headline made with sentinel characters: escape everything, then mark. */
export const headlineToHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\uE000/g, '<mark>').replace(/\uE001/g, '</mark>');
