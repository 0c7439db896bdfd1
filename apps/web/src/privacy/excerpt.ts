// Where a finding sits in the current text: an excerpt around it, and its line and position (1-based).

export interface Excerpt {
  before: string;
  match: string;
  after: string;
  line: number;
  column: number;
}

const CONTEXT = 32;

/** Finds the flagged text nearest to where it was found (the text may have changed since the check). */
export function locate(text: string, flagged: string, start: number): number {
  if (text.slice(start, start + flagged.length) === flagged) return start;
  let best = -1;
  for (let i = text.indexOf(flagged); i >= 0; i = text.indexOf(flagged, i + 1)) {
    if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  return best;
}

export function excerptOf(text: string, flagged: string, start: number): Excerpt {
  const at = Math.max(0, locate(text, flagged, start));
  const end = at + flagged.length;
  const lines = text.slice(0, at).split('\n');
  let from = Math.max(0, at - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  // Cut at a space so no half words show.
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + clean(text.slice(from, at)),
    match: text.slice(at, end),
    after: clean(text.slice(end, to)) + (to < text.length ? '…' : ''),
    line: lines.length,
    column: (lines[lines.length - 1]?.length ?? 0) + 1,
  };
}

/** Puts the replacement where the flagged text is (nearest its old place); unchanged when it is gone. */
export function replaceFinding(text: string, flagged: string, start: number, replacement: string): string {
  const at = locate(text, flagged, start);
  if (at < 0) return text;
  return text.slice(0, at) + replacement + text.slice(at + flagged.length);
}
