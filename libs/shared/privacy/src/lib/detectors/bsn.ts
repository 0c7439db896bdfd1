// BSN (burgerservicenummer): 9 digits, or 8 with the leading zero dropped, passing the 11-check;
// written plain or grouped ("123456782", "1234.56.782", "123 456 782").
import { elevenCheck } from '../checksums';
import type { Candidate } from '../types';

// Digit groups joined by one separator each; a chain is judged as a whole first.
const CHAIN_RE = /\d+(?:[ .\-\u00a0]\d+)*/g;
const SEP_RE = /[ .\-\u00a0]/;
const BSN_CUE_RE = /\b(?:bsn|burgerservice\s?nummer|burgerservicenr|sofi\s?-?\s?nummer|sofinr|sofi)\b[^\n]{0,30}$/i;
const MONEY_BEFORE_RE = /(?:€|eur|euro|kvk|kvk-nummer|kvk-nr\.?)\s*:?\s*$/i;
const MONEY_AFTER_RE = /^\s*(?:,\d|euro\b|eur\b|,-)/i;
const PHONE_PREFIX_RE = /(?:(?:\+|\b00)\d{1,3}[\s-]*(?:\(\s?0\s?\)[\s-]*)?|\(\s?0\d{0,3}\s?\)[\s-]*)$/;
const DATE_8_RE = /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d$|^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

interface Group {
  digits: string;
  start: number;
  end: number;
  /** The separator before this group ('' for the first). */
  sep: string;
}

export function detectBsn(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CHAIN_RE)) {
    const start = m.index ?? 0;
    const chain = m[0];
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(start + chain.length, start + chain.length + 8);
    // Part of a code or word ("NL91ABNA0417164300", "v123456782"), an amount, or an international phone number.
    if ((/[\p{L}+]$/u.test(before) && !/\bbsn$/i.test(before)) || /^\p{L}/u.test(after)) continue;
    if (MONEY_BEFORE_RE.test(before) || MONEY_AFTER_RE.test(after)) continue;
    // The subscriber part of "+31 (0)6 12345678" or "(06) 12345678" is not a BSN.
    if (PHONE_PREFIX_RE.test(before)) continue;
    const groups = splitGroups(chain, start);
    const all = groups.map((g) => g.digits).join('');
    if (all.length === 9 || all.length === 8) {
      if (acceptWhole(all, groups, before)) out.push({ kind: 'BSN', start, end: start + chain.length });
      continue;
    }
    if (all.length <= 40) findInside(groups, firstAfterPhone(groups), out);
  }
  return out;
}

function acceptWhole(all: string, groups: Group[], before: string): boolean {
  if (!elevenCheck(all)) return false;
  if (all.length === 9) return true;
  // Eight digits: only plain ("12345674") or with a BSN cue, and not a date written without separators.
  if (BSN_CUE_RE.test(before)) return true;
  return groups.length === 1 && !DATE_8_RE.test(all);
}

// A 9-digit run of whole groups inside a longer space-separated chain ("BSN 123 456 782 12 jaar").
function findInside(groups: Group[], from: number, out: Candidate[]): void {
  for (let i = from; i < groups.length; i++) {
    if (i > 0 && groups[i].sep !== ' ') continue;
    let digits = '';
    for (let j = i; j < groups.length; j++) {
      if (j > i && groups[j].sep !== groups[i + 1]?.sep) break;
      digits += groups[j].digits;
      if (digits.length > 9) break;
      const endsAtSpace = j === groups.length - 1 || groups[j + 1].sep === ' ';
      if (digits.length === 9 && endsAtSpace && elevenCheck(digits)) {
        out.push({ kind: 'BSN', start: groups[i].start, end: groups[j].end });
        i = j;
        break;
      }
    }
  }
}

// A chain that starts like a phone number ("06 12345678 ...") is not searched inside the phone number.
function firstAfterPhone(groups: Group[]): number {
  if (!groups[0].digits.startsWith('0')) return 0;
  let n = 0;
  for (let k = 0; k < groups.length; k++) {
    n += groups[k].digits.length;
    if (n >= 10) return k + 1;
  }
  return groups.length;
}

function splitGroups(chain: string, offset: number): Group[] {
  const groups: Group[] = [];
  let cur = '';
  let curStart = 0;
  let sep = '';
  for (let k = 0; k < chain.length; k++) {
    const ch = chain[k];
    if (SEP_RE.test(ch)) {
      groups.push({ digits: cur, start: offset + curStart, end: offset + k, sep });
      sep = ch === '\u00a0' ? ' ' : ch;
      cur = '';
      curStart = k + 1;
    } else cur += ch;
  }
  groups.push({ digits: cur, start: offset + curStart, end: offset + chain.length, sep });
  return groups;
}
