// Building blocks of name detection: what a name word is and how far a name runs.
import { FIRST_NAMES } from '../lexicon/first-names';
import { FUNCTION_WORD_SET, NOT_NAME_CAPS, looksLikeNoun, looksLikeOrganisation } from '../lexicon/name-context';
import { PARTICLES } from '../lexicon/streets';
import { spaceOnly, type Token } from '../text/tokenize';

/** A name as token indexes, both inclusive. */
export interface Span {
  first: number;
  last: number;
}

// Initials, tussenvoegsels and capitalised words from `from`: "J.P. van der Berg", "El Amrani", "De Vries".
export function parseName(tokens: readonly Token[], from: number, allowInitials: boolean): Span | null {
  let k = from;
  let first = -1;
  let last = -1;
  if (allowInitials) {
    while (tokens[k] && /^\p{Lu}{1,2}$/u.test(tokens[k].text) && tokens[k + 1]?.text === '.' && tokens[k + 1].gap === '') {
      if (first < 0) first = k;
      last = k + 1;
      k += 2;
    }
  }
  let words = 0;
  while (k < tokens.length && words < 5) {
    const t = tokens[k];
    if (k > from && !spaceOnly(t.gap) && !(last === k - 1 && tokens[last].text === '.' && /^ ?$/.test(t.gap))) break;
    if (t.type !== 'word') break;
    if (PARTICLES.has(t.key) && !(t.cap && FIRST_NAMES.has(t.key))) {
      // Tussenvoegsels count only when a capitalised surname follows: "van der Berg", not "de moeder".
      let p = k;
      while (p < tokens.length && p < k + 3 && PARTICLES.has(tokens[p].key) && spaceOnly(tokens[p + 1]?.gap ?? '')) p++;
      const surname = tokens[p];
      if (!surname || p === k || !(isNameWord(surname) || isSurnameAfterParticle(surname))) break;
      if (first < 0) first = k;
      last = p;
      k = p + 1;
      words++;
      continue;
    }
    if (!t.cap || !isNameWord(t)) break;
    if (words > 0 && looksLikeOrganisation(t.key)) break;
    if (first < 0) first = k;
    last = k;
    k++;
    words++;
  }
  if (first < 0 || words === 0) return null;
  return { first, last };
}

// After "van der" even a function word is a surname: "Van der Meer", "De Wit".
export function isSurnameAfterParticle(t: Token): boolean {
  return t.type === 'word' && t.cap && t.text.length >= 2 && FUNCTION_WORD_SET.has(t.key) && !/^\p{Lu}+$/u.test(t.text);
}

// "Jan-Willem", "Anna-Lena": every part a first name.
export function isFirstName(key: string): boolean {
  return FIRST_NAMES.has(key) || (key.includes('-') && key.split('-').every((p) => FIRST_NAMES.has(p)));
}

export function isNameWord(t: Token): boolean {
  return t.type === 'word' && t.cap && t.text.length >= 2 && !NOT_NAME_CAPS.has(t.key) && !/^\p{Lu}+$/u.test(t.text);
}

// A span must hold at least one real word, not only initials: "mevrouw B." stays (already anonymous).
export function isWordy(tokens: readonly Token[], s: Span): boolean {
  for (let k = s.first; k <= s.last; k++) {
    if (isNameWord(tokens[k]) || (k > s.first && isSurnameAfterParticle(tokens[k]) && PARTICLES.has(tokens[k - 1].key))) return true;
  }
  return false;
}

// Back over the words of a name before token i: "Yvonne de Boer (41)", "zegt De Vries". A lower-case
// "van" or "de" is taken along only between name words ("van Mayla" is a preposition and a name).
export function extendBackOverName(tokens: readonly Token[], i: number): number {
  let first = i;
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && spaceOnly(tokens[k + 1].gap)) {
    const t = tokens[k];
    if (isNameWord(t) && !looksLikeNoun(t.key)) first = k;
    else if (PARTICLES.has(t.key) && t.cap) first = k;
    else if (!PARTICLES.has(t.key)) break;
    k--;
  }
  return first;
}
