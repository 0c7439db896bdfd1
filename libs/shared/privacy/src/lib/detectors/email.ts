// E-mail addresses, including plus-addressing, dots, subdomains and the "naam (at) domein.nl" spelling.
import type { Candidate } from '../types';

const LOCAL = String.raw`[\p{L}\p{N}_%+\-](?:[\p{L}\p{N}_%+\-.']*[\p{L}\p{N}_%+\-])?`;
const DOMAIN = String.raw`(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,24}`;
const AT = String.raw`(?:\s?@\s?|\s?[\[(]\s?(?:at|apenstaartje)\s?[\])]\s?)`;
const EMAIL_RE = new RegExp(String.raw`(?<![\p{L}\p{N}_%+\-.@])${LOCAL}${AT}${DOMAIN}(?![\p{L}\p{N}\-@]|\.[\p{L}\p{N}])`, 'giu');

export function detectEmail(text: string): Candidate[] {
  if (!/@|\(at\)|\[at\]|apenstaartje/i.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(EMAIL_RE)) {
    const start = m.index ?? 0;
    out.push({ kind: 'EMAIL', start, end: start + m[0].length });
  }
  return out;
}
