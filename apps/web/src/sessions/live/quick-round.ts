/** One answer per line; blank lines and spaces around an answer do not count. */
export function pollOptionsFrom(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Whole-number percentages per option (0 when nobody answered yet). */
export function pollShares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((n) => (total ? Math.round((n / total) * 100) : 0));
}
