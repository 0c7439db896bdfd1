// Street name plus house number: "Kerkstraat 12", "Van Goghlaan 3a", "Oude Gracht 115-bis",
// "Burg. de Kockstraat 4", "Laan van Meerdervoort 12", and any street after "woont aan de ...".
import { LEADING_STREET_WORDS, NOT_STREETS, PARTICLES, STREET_PREFIX_ABBREVIATIONS, STREET_SUFFIXES } from '../lexicon/streets';
import { NOT_NAME_CAPS } from '../lexicon/name-context';
import { spaceOnly, type Token } from '../text/tokenize';
import type { Candidate } from '../types';

const SUFFIXES_BY_LENGTH = [...STREET_SUFFIXES].sort((a, b) => b.length - a.length);
const HOUSE_LETTERS_RE = /^(?:[a-z]{1,2}|[A-Z]|bis|hs|huis|boven|beneden|zw|rd|I{1,3}|IV|V|[a-z]\d?)$/;
const ORDINALS: ReadonlySet<string> = new Set(['eerste', 'tweede', 'derde', 'vierde', 'vijfde']);
const STREET_PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'der', 'den', "'t", 'ter', 'ten', 'la', 'le', 'du']);
const RESIDENCE_CUES: ReadonlySet<string> = new Set(['woont', 'wonen', 'woonde', 'woonachtig', 'wonend', 'verhuist', 'verhuisd', 'verhuizen', 'adres', 'huisadres', 'woonadres', 'postadres', 'verblijft', 'ingeschreven']);

export function detectAddress(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].start < lastEnd) continue;
    const found = streetAt(tokens, i);
    if (!found) continue;
    const end = houseNumberEnd(tokens, found.numberIndex);
    if (end < 0) continue;
    out.push({ kind: 'ADDRESS', start: tokens[found.startIndex].start, end });
    lastEnd = end;
  }
  return out;
}

interface Street {
  startIndex: number;
  numberIndex: number;
}

function streetAt(tokens: readonly Token[], i: number): Street | null {
  const t = tokens[i];
  if (t.type !== 'word') return null;
  // "Laan van Meerdervoort 12": a street word, particles and capitalised words, then the number.
  if (t.cap && LEADING_STREET_WORDS.has(t.key)) {
    const n = numberAfterNameWords(tokens, i + 1, true);
    if (n > 0) return { startIndex: i, numberIndex: n };
  }
  // "Kerkstr. 12": an abbreviated street.
  if (t.cap && t.key.length > 4 && t.key.endsWith('str') && tokens[i + 1]?.text === '.' && tokens[i + 1].gap === '') {
    const n = numberIndexAfter(tokens, i + 2);
    if (n > 0) return { startIndex: extendBack(tokens, i), numberIndex: n };
  }
  if (t.cap && isStreetWord(t.key)) {
    const n = numberIndexAfter(tokens, i + 1);
    if (n < 0) return null;
    const startIndex = extendBack(tokens, i);
    // A bare "Gracht", "Dijk" needs a word before it ("Oude Gracht"), not only a particle ("Van Dijk").
    if (isBareSuffix(t.key) && (startIndex === i || PARTICLES.has(tokens[i - 1].key))) return null;
    return { startIndex, numberIndex: n };
  }
  // "woont aan de Overtoom 12", "adres: Dorp 3": any capitalised street after a residence cue.
  if (RESIDENCE_CUES.has(t.key)) {
    let j = i + 1;
    while (j < tokens.length && j < i + 4 && !tokens[j].cap && ['aan', 'op', 'in', 'naar', 'de', 'het', ':'].includes(tokens[j].key)) j++;
    if (j < tokens.length && tokens[j].cap) {
      const n = numberAfterNameWords(tokens, j, false);
      if (n > 0) return { startIndex: j, numberIndex: n };
    }
  }
  return null;
}

export function isStreetWord(key: string): boolean {
  if (NOT_STREETS.has(key)) return false;
  for (const suffix of SUFFIXES_BY_LENGTH) {
    if (key === suffix) return true;
    if (key.endsWith(suffix) && key.length >= suffix.length + 3) return true;
  }
  return false;
}

function isBareSuffix(key: string): boolean {
  return STREET_SUFFIXES.includes(key);
}

// Capitalised words and particles from `from` (at most four), then a house number; returns the number's index.
function numberAfterNameWords(tokens: readonly Token[], from: number, allowLeadingParticle: boolean): number {
  let j = from;
  let words = 0;
  while (j < tokens.length && words < 5) {
    const t = tokens[j];
    if (j > from && !spaceOnly(t.gap)) return -1;
    if (t.type === 'num') return words > 0 && tokens[j - 1].type === 'word' && tokens[j - 1].cap ? numberIndexAfter(tokens, j) : -1;
    if (t.type !== 'word') return -1;
    // A known street ending is left to the suffix rule, which also finds the words before it.
    if (t.cap && isStreetWord(t.key)) return -1;
    if (PARTICLES.has(t.key)) {
      if (!allowLeadingParticle && words === 0 && !t.cap) return -1;
    } else if (!t.cap || NOT_NAME_CAPS.has(t.key)) return -1;
    words++;
    j++;
  }
  return -1;
}

// The index of a house number right after the street (optionally "nr." in between), or -1.
function numberIndexAfter(tokens: readonly Token[], j: number): number {
  if (j < tokens.length && tokens[j].key === 'nr' && spaceOnly(tokens[j].gap)) {
    j++;
    if (tokens[j]?.text === '.') j++;
  }
  const n = tokens[j];
  if (!n || n.type !== 'num' || !spaceOnly(n.gap) || n.text.length > 5 || /^0/.test(n.text)) return -1;
  return j;
}

// The end offset of the house number with its additions: "3a", "115-bis", "12-II", "4 hs", "12 A".
function houseNumberEnd(tokens: readonly Token[], n: number): number {
  let end = tokens[n].end;
  let k = n + 1;
  const next = tokens[k];
  // Not a house number but a fraction, decimal or time: "Kerkstraat 2,5", "12.30".
  if (next && next.gap === '' && (next.text === ',' || next.text === '.' || next.text === ':') && tokens[k + 1]?.type === 'num' && tokens[k + 1].gap === '') return -1;
  if (next && next.type === 'word' && next.gap === '' && HOUSE_LETTERS_RE.test(next.text)) {
    end = next.end;
    k++;
  } else if (next && next.type === 'word' && spaceOnly(next.gap)) {
    // "4 hs", "12 bis", "12 II"; a lone capital only when no word follows it ("12 A, 1234 AB").
    const after = tokens[k + 1];
    const lone = /^[A-Z]$/.test(next.text) && (!after || after.type !== 'word' || !spaceOnly(after.gap));
    if (lone || /^(?:bis|hs|huis|boven|beneden|I{1,3}|IV)$/.test(next.text)) {
      end = next.end;
      k++;
    }
  }
  const dash = tokens[k];
  const part = tokens[k + 1];
  if (dash && (dash.text === '-' || dash.text === '/') && dash.gap.length <= 1 && part && part.gap.length <= 1 && !part.gap.includes('\n')) {
    if ((part.type === 'num' && part.text.length <= 4) || (part.type === 'word' && HOUSE_LETTERS_RE.test(part.text))) end = part.end;
  }
  return end;
}

// Walk back over the words of a multi-word street: "Burg. de Kock|straat", "Oude Gracht", "Van Gogh|laan".
function extendBack(tokens: readonly Token[], i: number): number {
  let start = i;
  let j = i - 1;
  let steps = 0;
  while (j >= 0 && steps < 5) {
    const t = tokens[j];
    const joined = tokens[j + 1];
    if (t.text === '.' && j > 0 && STREET_PREFIX_ABBREVIATIONS.has(tokens[j - 1].key) && t.gap === '' && spaceOnly(joined.gap)) {
      start = j - 1;
      j -= 2;
      steps++;
      continue;
    }
    if (t.type !== 'word' || !spaceOnly(joined.gap)) break;
    if (STREET_PARTICLES.has(t.key)) {
      // "Van Goghlaan": a capitalised particle starts the street; "aan de Kerkstraat": a lower-case one may not.
      if (t.cap) start = j;
    } else if (t.cap && (!NOT_NAME_CAPS.has(t.key) || ORDINALS.has(t.key))) start = j;
    else break;
    j--;
    steps++;
  }
  // Leading lower-case particles belong to the sentence ("aan de Kerkstraat"), not to the street.
  while (start < i && !tokens[start].cap && tokens[start].text !== '.') start++;
  // "2e Jan Steenstraat": an ordinal written with digits.
  const suffix = tokens[start - 1];
  const digits = tokens[start - 2];
  if (suffix && digits && /^(?:e|de|ste)$/.test(suffix.text) && suffix.gap === '' && digits.type === 'num' && digits.text.length <= 2 && spaceOnly(tokens[start].gap)) {
    start -= 2;
  }
  return start;
}
