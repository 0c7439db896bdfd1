// IBANs of any country, with or without spaces, upper or lower case; only mod-97 valid ones count.
import { ibanLength, isValidIban } from '../checksums';
import type { Candidate } from '../types';

// Country code and check digits, then up to 30 letters/digits in groups separated by a space or dash.
const IBAN_RE = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ \u00a0\-]?[A-Za-z0-9]){11,32}/gu;

export function detectIban(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(IBAN_RE)) {
    const start = m.index ?? 0;
    const end = bestEnd(m[0]);
    if (end > 0) out.push({ kind: 'IBAN', start, end: start + end });
  }
  return out;
}

// The regex is greedy and may run into the next word ("NL91 ABNA 0417 1643 00 van moeder"), so
// try each prefix that ends on a character and has the country's length, longest first.
function bestEnd(s: string): number {
  const expected = ibanLength(s.slice(0, 2));
  let count = 0;
  const ends: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (/[A-Za-z0-9]/.test(s[i])) {
      count++;
      if (expected === undefined ? count >= 15 : count === expected) ends.push(i + 1);
    }
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k];
    // Must end at a word boundary: not in the middle of a group.
    if (/[A-Za-z0-9]/.test(s[end] ?? '')) continue;
    if (isValidIban(s.slice(0, end))) return end;
  }
  return 0;
}
