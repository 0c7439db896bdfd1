// Dutch postcodes: "1234 AB" / "1234AB" (first digit not 0; never SA, SD or SS). Upper-case letter pairs
// count unless they are an ordinary word ("in 1500 EN ..."); lower-case pairs ("2024 en") only in an
// address-like context, so years followed by a word are not flagged.
import type { Candidate } from '../types';

const POSTCODE_RE = /(?<![\p{L}\p{N}€.,/-])([1-9]\d{3})([ \u00a0]{0,2})([A-Za-z]{2})(?![\p{L}\p{N}])/gu;

// Upper-case pairs that are also words or abbreviations in ordinary text.
const UPPER_WORDS = new Set([
  'EN', 'DE', 'IN', 'OP', 'OF', 'TE', 'IS', 'NB', 'EU', 'VS', 'AM', 'PM', 'KM', 'KG', 'GB', 'MB', 'CM', 'MM',
  'ZO', 'NA', 'OM', 'AL', 'NU', 'ER', 'HET', 'TO', 'ON', 'AT', 'BY', 'OR', 'AN', 'AS', 'IT', 'NO', 'BC', 'AD',
  'HZ', 'KB', 'TB', 'ML', 'MG', 'CA', 'EX', 'UK', 'US', 'VO', 'PO', 'MA', 'DI', 'WO', 'DO', 'VR', 'ZA', 'JA',
  'NL', 'BV', 'NV', 'VN', 'OK', 'TV', 'ID', 'HR', 'PR', 'IB', 'MR', 'ZZ', 'VE', 'GO', 'ME', 'WE', 'HE', 'SO',
  'MT', 'OR', 'OC', 'DB', 'AB', 'GS', 'PS', 'BW', 'SV', 'JZ', 'JB', 'VT', 'SW', 'MW', 'BO', 'HO', 'LO', 'CV', 'PA',
  'OV', 'NS', 'UU', 'VU', 'PC', 'KW', 'KJ', 'WW', 'AI', 'ICT', 'JGZ', 'BSO', 'KDV',
]);
// Lower-case pairs that are words or units; after a number these are prose, not postcodes.
const LOWER_WORDS = new Set([
  'en', 'de', 'in', 'op', 'of', 'te', 'is', 'om', 'na', 'al', 'nu', 'zo', 'ze', 'je', 'we', 'ik', 'er', 'ga',
  'ja', 'an', 'at', 'as', 'be', 'by', 'do', 'go', 'he', 'if', 'it', 'me', 'my', 'no', 'on', 'or', 'so', 'to',
  'up', 'us', 'cm', 'km', 'kg', 'mg', 'ml', 'mm', 'gb', 'mb', 'kb', 'pm', 'am', 'ct', 'pp', 'px', 'pt', 'st',
  'nd', 'rd', 'th', 'ha', 'hl', 'cl', 'dl', 'uu', 'ms', 'eu', 'wo', 'di', 'vr', 'za', 'ma', 'jr', 'nr', 'bv',
]);
const POSTCODE_CUE_RE = /\b(?:postcode|postcd|pc)\b\s*:?\s*$/i;
const CUE_BEFORE_RE = /\b(?:adres|woont|wonen|woonachtig|wonend|woonplaats|verhuisd|verhuizen|gevestigd)\b[^.\n]{0,60}$/i;
// "Lange Weide 12, " or "Dorp 3a\n" right before the postcode (a street the address detector may not know).
const HOUSE_NUMBER_BEFORE_RE = /\p{Lu}\p{Ll}{2,}\.?\s+\d{1,5}\s?(?:[a-zA-Z]\b)?(?:\s?-\s?[\p{L}\d]{1,4})?\s*[,\n]\s*$/u;
// "1234 ab Amsterdam", "1234AB  UTRECHT", "2582 EN Den Haag", "5211 AB 's-Hertogenbosch": a place right after.
const PLACE_AFTER_RE =
  /^[ \u00a0]{1,2}(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}{3,}|'s-\p{Lu}\p{Ll}+)(?:[ \u00a0-](?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}{3,}|aan|den|de|op|bij|in|ter|ten|het)){0,3}[ \u00a0]*(?:[,.;:)\n]|$)/u;

/** `addresses`: ADDRESS candidates found before; a postcode right after one is always accepted. */
export function detectPostcode(text: string, addresses: readonly Candidate[] = []): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(POSTCODE_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const letters = m[3];
    const upper = letters.toUpperCase();
    if (upper === 'SA' || upper === 'SD' || upper === 'SS') continue;
    const afterAddress = addresses.some((a) => a.end <= start && start - a.end <= 3 && /^[\s,]*$/.test(text.slice(a.end, start)));
    if (afterAddress || sameSentenceAsAddress(text, start, letters, addresses) || accept(text, start, end, letters, m[2] === '')) {
      out.push({ kind: 'POSTCODE', start, end });
    }
  }
  return out;
}

// "nieuw adres: Parkweg 66 in Groningen, 9746 ab." or "Adres: kerkstraat 12, 1234 ab utrecht": an address
// earlier in the same sentence, or an address cue with a house number right before, makes any pair that is
// not an ordinary lower-case word a postcode (also pairs like "ab" or "mw" that are abbreviations in capitals).
function sameSentenceAsAddress(text: string, start: number, letters: string, addresses: readonly Candidate[]): boolean {
  if (LOWER_WORDS.has(letters.toLowerCase())) return false;
  const near = addresses.some((a) => a.end <= start && start - a.end <= 60 && !/[.!?;\n]/.test(text.slice(a.end, start)));
  if (near) return true;
  const before = text.slice(Math.max(0, start - 80), start);
  return CUE_BEFORE_RE.test(before) && /\d{1,5}\s?[a-z]?\s*,\s*$/i.test(before);
}

function accept(text: string, start: number, end: number, letters: string, glued: boolean): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 40);
  if (POSTCODE_CUE_RE.test(before)) return true;
  // "woont sinds 2019 in Deventer": after an address cue, a lower-case pair that is also a word needs more.
  const isUpper = letters === letters.toUpperCase();
  const ordinary = LOWER_WORDS.has(letters.toLowerCase()) || (!isUpper && UPPER_WORDS.has(letters.toUpperCase()));
  if (!ordinary && (CUE_BEFORE_RE.test(before) || HOUSE_NUMBER_BEFORE_RE.test(before))) return true;
  if (isUpper) {
    // In a run of capitals ("ZORGPLAN 2024 DEEL 2") the pair is just another word.
    if (shouting(before, after)) return false;
    return UPPER_WORDS.has(letters) ? PLACE_AFTER_RE.test(after) : true;
  }
  const lower = letters.toLowerCase();
  if (LOWER_WORDS.has(lower)) return false;
  if (letters === lower || /^[A-Z][a-z]$/.test(letters)) {
    // "1234ab" glued, or "1234 ab Utrecht": postcode-like enough.
    return glued || PLACE_AFTER_RE.test(after);
  }
  return false;
}

function shouting(before: string, after: string): boolean {
  // "KERKSTRAAT 12, 1234 AB AMSTERDAM": a house number right before makes it an address in capitals.
  if (/\d{1,5}\s?[A-Za-z]?\s*[,\n]?\s*$/.test(before)) return false;
  const prev = /(\p{L}+)[^\p{L}]*$/u.exec(before)?.[1] ?? '';
  const next = /^[^\p{L}]*(\p{L}+)/u.exec(after)?.[1] ?? '';
  const caps = (w: string) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
  return caps(prev) && (caps(next) || next === '');
}
