// Dates of birth: a full date (12-03-2015, 12/3/2015, 12 maart 2015, 2015-03-12) with something that
// marks it as a birth date: "geboren", "geb.", "geboortedatum", "DOB", "*", an age right next to it
// ("(8 jaar)"), or a date in brackets after a name ("Sem (12-03-2015)"). Meeting dates stay unflagged.
import { MONTH_SOURCE } from '../lexicon/months';
import { FIRST_NAMES } from '../lexicon/first-names';
import { NOT_NAME_CAPS, isRelation } from '../lexicon/name-context';
import { fold } from '../text/tokenize';
import type { Candidate } from '../types';

const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH_NUM = '(?:0?[1-9]|1[0-2])';
const YEAR = "(?:(?:19|20)\\d{2}|'?\\d{2})";
const DATE_RES: readonly RegExp[] = [
  new RegExp(`(?<![\\d\\-./])${DAY}\\s?([\\-/.])\\s?${MONTH_NUM}\\s?\\1\\s?${YEAR}(?!\\d|[\\-/.]\\d)`, 'g'),
  new RegExp(`(?<![\\d\\-./])(?:19|20)\\d{2}-${MONTH_NUM}-${DAY}(?![\\d\\-])`, 'g'),
  new RegExp(`(?<![\\d\\p{L}])${DAY}(?:e|ste|de)?\\s+${MONTH_SOURCE}(?:,)?\\s+${YEAR}(?!\\d)`, 'giu'),
  new RegExp(`(?<![\\p{L}])${MONTH_SOURCE}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}(?!\\d)`, 'giu'),
];
// Month and year alone ("geboren in maart 2015") count only right after a birth cue.
const MONTH_YEAR_RE = new RegExp(`(?<!\\d\\s?)(?<![\\p{L}])${MONTH_SOURCE}\\s+(?:19|20)\\d{2}(?!\\d)`, 'giu');

const CUE_RE = /(?:\bgeboren\b|\bbevallen\b|\bbevalling\b|\bgeb\b\.?|\bgeboortedatum\b|\bgeboortedag\b|\bgebdatum\b|\bgeboorte\b|\bd\.?o\.?b\b\.?|\bdate of birth\b|\bborn\b|\bbirthday\b|\bgeb\.?\s?datum\b|\bgeboren\s+op\b)|[°*]\s*$/i;
const AGE_BEFORE_RE = /\b\d{1,2}\s?(?:jaar|jr\.?|j)\s*[,;(]\s*$/i;
// "... op 12 maart 2015 geboren", "12-03-2015 (geboortedatum)"
const CUE_AFTER_RE = /^\s*(?:\)\s*)?(?:\(\s*)?(?:geboren|geboortedatum|geb\.|is geboren|werd geboren|ter wereld|(?:\p{L}+\s){1,2}ter wereld)/iu;
// "dochter (12-03-2015)", "de jongste (12-03-2015)"
const RELATION_PAREN_RE = /(\p{L}+)\s?\(\s?$/u;
const AGE_AFTER_RE = /^\s*(?:[,;]\s*|\(\s*)?(?:\d{1,2}\s?(?:jaar|jr\b|j\b)|is\s+(?:nu\s+)?\d{1,2}\b|wordt\s+\d{1,2}\b)/i;
const NAME_PAREN_RE = /(?<!\b(?:de|het|een|De|Het|Een)\s)(\p{Lu}[\p{Ll}'’-]+)\s?\(\s?$/u;
const NAME_COMMA_RE = /(\p{Lu}[\p{Ll}'’-]+),\s?$/u;

export function detectBirthdate(text: string): Candidate[] {
  if (!/\d/.test(text)) return [];
  const out: Candidate[] = [];
  const seen = new Set<number>();
  for (const re of DATE_RES) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (seen.has(start)) continue;
      const end = start + m[0].length;
      if (looksLikeBirth(text, start, end)) {
        out.push({ kind: 'BIRTHDATE', start, end });
        seen.add(start);
      }
    }
  }
  for (const m of text.matchAll(MONTH_YEAR_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((c) => c.start <= start && c.end >= end)) continue;
    if (/\bgeboren\s+(?:in\s+|op\s+)?$|\bgeb\.?\s*$|\bgeboortedatum:?\s*$/i.test(clause(text, start, 25))) out.push({ kind: 'BIRTHDATE', start, end });
  }
  return out;
}

// The text before `start`, back to the start of its clause (a sentence end, semicolon or line break).
function clause(text: string, start: number, max: number): string {
  const before = text.slice(Math.max(0, start - max), start);
  const cut = Math.max(before.lastIndexOf('\n'), before.lastIndexOf(';'), lastSentenceEnd(before));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

// A dot that ends a sentence: followed by a space and a capital, and not the dot of "geb." or "mw.".
function lastSentenceEnd(s: string): number {
  let found = -1;
  for (const m of s.matchAll(/[.!?](?=\s+\p{Lu})/gu)) {
    const idx = m.index ?? 0;
    const word = /(\p{L}+)$/u.exec(s.slice(0, idx))?.[1] ?? '';
    if (m[0] === '.' && /^(?:geb|mw|mevr|dhr|dd|d\.d|ca|nr|tel)$/i.test(word)) continue;
    found = idx;
  }
  return found;
}

function looksLikeBirth(text: string, start: number, end: number): boolean {
  const before = clause(text, start, 50);
  if (CUE_RE.test(before)) return true;
  if (AGE_BEFORE_RE.test(before)) return true;
  const after = text.slice(end, end + 30);
  if (AGE_AFTER_RE.test(after) || CUE_AFTER_RE.test(after)) return true;
  // "Sem (12-03-2015)" and "Sem, 12-03-2015, ...": a date right after a name.
  const paren = NAME_PAREN_RE.exec(before);
  if (paren && /^\s?[),;]/.test(after) && !NOT_NAME_CAPS.has(fold(paren[1]))) return true;
  const relation = RELATION_PAREN_RE.exec(before);
  if (relation && /^\s?[),;]/.test(after) && (isRelation(fold(relation[1])) || /^(?:jongste|oudste|middelste)$/i.test(relation[1]))) return true;
  const comma = NAME_COMMA_RE.exec(before);
  if (comma && FIRST_NAMES.has(fold(comma[1])) && /^\s?[),;]/.test(after)) return true;
  return false;
}
