// IBANs of any country, with or without spaces, upper or lower case; only mod-97 valid ones count.
import { ibanLength, isValidIban } from '../checksums';
import type { Candidate } from '../types';

// Country code and check digits, then up to 30 letters/digits in groups separated by a space or dash.
const IBAN_RE = /(?<![\p{L}\p{N}])[A-Za-z]{2}[ \u00a0]?\d{2}(?:[ \u00a0-]?[A-Za-z0-9]){11,32}/gu;

export function detectIban(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(IBAN_RE.source, IBAN_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = bestEnd(m[0]);
    if (end > 0) out.push({ kind: 'IBAN', start, end: start + end });
    // The match may have run into the next IBAN ("... 00 en be68 5390 ..."): go on right after what was used.
    re.lastIndex = start + (end > 0 ? end : 1);
  }
  return out;
}

// The regex is greedy and may run into the next word ("NL91 ABNA 0417 1643 00 van moeder"), so
// try each prefix that ends on a character and has the country's length, longest first.
function bestEnd(s: string): number {
  const expected = ibanLength(s.slice(0, 2));
  if (expected === undefined) return 0;
  let count = 0;
  const ends: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (/[A-Za-z0-9]/.test(s[i])) {
      count++;
      if (count === expected) ends.push(i + 1);
    }
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k];
    // Must end at a word boundary: not in the middle of a group.
    if (/[A-Za-z0-9]/.test(s[end] ?? '')) continue;
    const candidate = s.slice(0, end);
    if (wellGrouped(candidate) && isValidIban(candidate)) return end;
  }
  return 0;
}

// Printed IBANs come in groups of four ("NL91 ABNA 0417 1643 00"); prose that happens to pass mod-97
// ("in 2019 naar 53 in ...") does not. The country code is all upper or all lower case.
function wellGrouped(s: string): boolean {
  const country = s.slice(0, 2);
  if (country !== country.toUpperCase() && country !== country.toLowerCase()) return false;
  // A Dutch IBAN has a strict shape (bank code, then ten digits), so any grouping will do.
  if (country.toUpperCase() === 'NL') return true;
  const groups = s.split(/[ \u00a0-]/);
  if (groups.length === 1) return true;
  const rest = groups[0].length === 2 ? groups.slice(2) : groups.slice(1);
  if (groups[0].length === 2 && groups[1].length !== 2) return false;
  return rest.every((g, i) => (i === rest.length - 1 ? g.length >= 1 && g.length <= 4 : g.length === 4));
}
