// Phone numbers: Dutch mobiles and landlines (06-12345678, 020 123 4567, 0513-123456), +31/0031 forms
// (+31 6 12345678, +31 (0)6 ...), 0800/0900/088 numbers, and other international numbers (+32 470 ...).
import type { Candidate } from '../types';

// Digit groups, optionally with a leading + or in brackets, joined by a space, dash, dot or slash.
const GROUP = String.raw`(?:\(\s?\+?\d{1,5}\s?\)|\+?\d+)`;
const SEP = String.raw`(?:\s?[\-–.\/]\s?|[ \u00a0]{1,2})?`;
const CHAIN_RE = new RegExp(String.raw`(?<![\p{L}\p{N}+,])${GROUP}(?:${SEP}${GROUP})*`, 'gu');
const GROUP_RE = new RegExp(GROUP, 'gu');
// A date or time at the start of a chain ("01-03-2024 10.30") is never part of a phone number.
const DATE_START_RE = /^(?:\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}[.:]\d{2})(?![-./]?\d)/;
const IBAN_BEFORE_RE = /[A-Za-z]{2}\d{2}[ \u00a0]?[A-Za-z]{4}[ \u00a0]?$/;

interface Group {
  raw: string;
  start: number;
  end: number;
}

export function detectPhone(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CHAIN_RE)) {
    const chainStart = m.index ?? 0;
    if (!/^[(+0]/.test(m[0]) && !/[ \-–./]0/.test(m[0])) continue;
    if (IBAN_BEFORE_RE.test(text.slice(Math.max(0, chainStart - 12), chainStart))) continue;
    const groups: Group[] = [];
    for (const g of m[0].matchAll(GROUP_RE)) {
      const s = chainStart + (g.index ?? 0);
      groups.push({ raw: g[0], start: s, end: s + g[0].length });
    }
    scanChain(text, groups, out);
  }
  return out;
}

// Try each group that can begin a number and extend it group by group; keep the longest valid number.
function scanChain(text: string, groups: Group[], out: Candidate[]): void {
  for (let i = 0; i < groups.length; i++) {
    if (!/^(?:\(?\s?\+|\(?0)/.test(groups[i].raw)) continue;
    // Inside a chain a number starts only after a space: not at "03" of "01-03-2024 10.30".
    if (i > 0 && /^[-–./]$/.test(text.slice(groups[i - 1].end, groups[i].start))) continue;
    if (DATE_START_RE.test(text.slice(groups[i].start, groups[i].start + 12))) continue;
    let raw = '';
    let best = -1;
    for (let j = i; j < groups.length && j < i + 8; j++) {
      raw += groups[j].raw;
      const verdict = judge(raw);
      if (verdict === 'no') break;
      if (verdict === 'yes') best = j;
    }
    if (best >= 0) {
      out.push({ kind: 'PHONE', start: groups[i].start, end: groups[best].end });
      i = best;
    }
  }
}

type Verdict = 'yes' | 'no' | 'more';

// raw: the groups concatenated without separators, e.g. "+31(0)612345678" or "0201234567".
function judge(raw: string): Verdict {
  const s = raw.replace(/[\s()]/g, '');
  const nl = /^(?:\+|00)31/.exec(s);
  if (nl) {
    let rest = s.slice(nl[0].length);
    // +31 (0)6 ... or +31 06 ...: the trunk zero is dropped.
    if (rest.startsWith('0')) rest = rest.slice(1);
    if (rest === '') return 'more';
    return national(`0${rest}`);
  }
  if (s.startsWith('+') || s.startsWith('00')) {
    const digits = s.replace(/^\+|^00/, '');
    if (/\D/.test(digits) || digits.length > 15) return 'no';
    return digits.length >= 9 ? 'yes' : 'more';
  }
  return national(s);
}

function national(s: string): Verdict {
  if (/\D/.test(s) || !s.startsWith('0') || s.startsWith('00')) return 'no';
  if (s.length >= 2 && s[1] === '0') return 'no';
  // 0800/0900/0906/0909: four or seven digits after the prefix; no other number starts with 09.
  if (/^0(?:800|900|906|909)/.test(s)) return s.length === 8 || s.length === 11 ? 'yes' : s.length < 11 ? 'more' : 'no';
  if (s[1] === '9' && (s.length < 4 || !/^09(?:00|06|09)/.test(s))) return s.length < 4 ? 'more' : 'no';
  if (s.length === 10) return 'yes';
  return s.length < 10 ? 'more' : 'no';
}
