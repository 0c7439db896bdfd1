// A small tokenizer shared by the word-based detectors (names, addresses): words, numbers and single
// punctuation marks, each with its UTF-16 offsets and a folded key for lexicon look-ups.

export type TokenType = 'word' | 'num' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  type: TokenType;
  /** Lower case without diacritics ("Cliënt" -> "client"), for lexicon look-ups. */
  key: string;
  /** Starts with a capital followed by a lower-case letter ("Jansen", "El"), or is one capital ("J"). */
  cap: boolean;
  /** The characters between the previous token and this one. */
  gap: string;
}

// Words may hold inner apostrophes and hyphens ("D'Souza", "El-Amrani", "Jansen-de"), but a possessive
// "'s" is split off ("Sophie's" -> "Sophie" "'" "s"); "'t" (as in "Van 't Hof") is one word.
const TOKEN_RE = /['’]t(?![\p{L}\p{M}])|[\p{L}\p{M}]+(?:(?:['’](?![sS](?![\p{L}\p{M}]))|-)[\p{L}\p{M}]+)*|\d+|\S/gu;
const MARKS_RE = /\p{M}/gu;
const CAP_RE = /^\p{Lu}(?:[\p{Ll}\p{M}'’]|$)/u;

const foldCache = new Map<string, string>();

/** Lower case without diacritics; cached because the same words recur on every keystroke pause. */
export function fold(s: string): string {
  let out = foldCache.get(s);
  if (out === undefined) {
    out = s.normalize('NFD').replace(MARKS_RE, '').toLowerCase().replace(/’/g, "'");
    if (foldCache.size > 20_000) foldCache.clear();
    foldCache.set(s, out);
  }
  return out;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = m.index ?? 0;
    const c = t.charCodeAt(0);
    const type: TokenType = c >= 48 && c <= 57 ? 'num' : t.length === 1 && !/\p{L}/u.test(t) ? 'punct' : 'word';
    tokens.push({
      text: t,
      start,
      end: start + t.length,
      type,
      key: type === 'word' ? fold(t) : t,
      cap: type === 'word' && CAP_RE.test(t),
      gap: text.slice(prevEnd, start),
    });
    prevEnd = start + t.length;
  }
  return tokens;
}

/** Only ordinary spaces (no line break, no punctuation) between two tokens. */
export function spaceOnly(gap: string): boolean {
  return gap.length > 0 && gap.length <= 3 && /^[ \t\u00a0]+$/.test(gap);
}

/** True when token i starts a sentence: start of text, a line break before it, or after . ! ? : ; or a bullet. */
export function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  if (tokens[i].gap.includes('\n')) return true;
  // Opening quotes and brackets do not end the look-back: "(Daarna ..." still starts a sentence.
  while (j >= 0 && /^["'“‘([]$/.test(tokens[j].text)) {
    if (tokens[j].gap.includes('\n')) return true;
    j--;
  }
  if (j < 0) return true;
  const prev = tokens[j];
  if (prev.type !== 'punct' || !/^[.!?:;•*\-–]$/.test(prev.text)) return false;
  // "mw. Jansen", "Burg. de Kock": a dot right after a known abbreviation does not end a sentence.
  if (prev.text === '.' && prev.gap === '' && j > 0 && ABBREVIATIONS.has(tokens[j - 1].key)) return false;
  return true;
}

/** Abbreviations that end with a dot without ending the sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mw', 'mevr', 'dhr', 'hr', 'fam', 'mr', 'mrs', 'ms', 'dr', 'drs', 'prof', 'ir', 'ing', 'burg', 'st', 'gen',
  'kon', 'pr', 'mgr', 'jhr', 'geb', 'tel', 'nr', 'bv', 'o.a', 'zgn', 'ca', 'vs', 'evt', 'incl', 'excl', 'jl',
]);
