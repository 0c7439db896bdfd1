// Replacing findings in the text: one at a time (the author clicks "vervang") or all at once.
import { checkPrivacy } from './check-privacy';
import type { PrivacyFinding } from './types';

/**
 * Replaces one finding with its suggested replacement. When the text changed since the check, the
 * finding's text is looked up nearest to its old place; if it is gone, the text is returned unchanged.
 */
export function applyReplacement(text: string, finding: PrivacyFinding): string {
  const at = locate(text, finding);
  if (at < 0) return text;
  return text.slice(0, at) + finding.replacement + text.slice(at + finding.text.length);
}

/** Replaces every finding (by default: everything `checkPrivacy` finds) with its suggested replacement. */
export function redact(text: string, findings: readonly PrivacyFinding[] = checkPrivacy(text)): string {
  // Right to left, so earlier offsets stay valid; overlapping or stale findings are skipped.
  const ordered = [...findings].sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const f of ordered) {
    if (f.end > limit || out.slice(f.start, f.end) !== f.text) continue;
    out = out.slice(0, f.start) + f.replacement + out.slice(f.end);
    limit = f.start;
  }
  return out;
}

function locate(text: string, f: PrivacyFinding): number {
  if (!f.text) return -1;
  if (text.slice(f.start, f.end) === f.text) return f.start;
  let best = -1;
  for (let i = text.indexOf(f.text); i >= 0; i = text.indexOf(f.text, i + 1)) {
    if (best < 0 || Math.abs(i - f.start) < Math.abs(best - f.start)) best = i;
  }
  return best;
}
