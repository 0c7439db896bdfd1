// Shaping a track's chart (as the API returns it) into what the page draws: LineChart rows per
// session, one series per respondent with its own colour, dash pattern and marker, the score table,
// the lines for thresholds and reference values, and the sentences for signals.
import type { TrackChartFieldsFragment } from '@kennislijn/web-graphql';

export type TrackChartData = TrackChartFieldsFragment;
export type Locale = 'nl' | 'en';

export const TOTAL_SCOPE = 'TOTAL';

/** Dark orange for text on a light orange background: 4.5:1 or more (Mantine's orange.9 is not). */
export const WARN_TEXT = '#8f3407';
/** Dark green for text on a light teal background (teal.9 on teal light is just under 4.5:1). */
export const OK_TEXT = '#0b5e45';

/** How a respondent's line looks: never colour alone (WCAG 1.4.1), also dashes and a marker shape. */
export interface LineStyle {
  color: string;
  dash: string | undefined;
  marker: MarkerShape;
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';

// Colours with at least 3:1 contrast on white (WCAG 1.4.11); the dashes and markers carry the meaning too.
const COLORS = ['blue.8', 'orange.9', 'teal.9', 'grape.8', 'red.9', 'indigo.9', 'lime.9', 'pink.9'];
const DASHES: (string | undefined)[] = [undefined, '8 4', '2 3', '10 3 2 3', '4 4', '12 6'];
const MARKERS: MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'];

export function lineStyle(index: number): LineStyle {
  return {
    color: COLORS[index % COLORS.length],
    dash: DASHES[index % DASHES.length],
    marker: MARKERS[index % MARKERS.length],
  };
}

/** A respondent's series key in the chart rows (ids are uuids; a prefix keeps them valid object keys for Recharts paths). */
export const seriesKey = (respondentId: string) => `r_${respondentId.replace(/-/g, '')}`;

export interface ChartRow {
  session: string;
  sessionNumber: number;
  [seriesKey: string]: number | string | null;
}

export function scoreOf(scores: readonly { scope: string; value?: number | null }[], scope: string): number | null {
  const hit = scores.find((s) => s.scope === scope);
  return typeof hit?.value === 'number' && Number.isFinite(hit.value) ? hit.value : null;
}

/** One row per session with a response, each respondent's score in `scope` (null when missing). */
export function chartRows(chart: TrackChartData, scope: string): ChartRow[] {
  return chart.sessions.map((sessionNumber) => {
    const row: ChartRow = { session: String(sessionNumber), sessionNumber };
    for (const s of chart.series) {
      const point = s.points.find((p) => p.sessionNumber === sessionNumber);
      row[seriesKey(s.respondentId)] = point ? scoreOf(point.scores, scope) : null;
    }
    return row;
  });
}

export interface SeriesInfo {
  key: string;
  respondentId: string;
  label: string;
  kind: string;
  style: LineStyle;
  /** Sessions with a score in the scope. */
  points: number;
}

export function seriesInfo(chart: TrackChartData, scope: string): SeriesInfo[] {
  return chart.series.map((s, i) => ({
    key: seriesKey(s.respondentId),
    respondentId: s.respondentId,
    label: s.label,
    kind: s.kind,
    style: lineStyle(i),
    points: s.points.filter((p) => scoreOf(p.scores, scope) !== null).length,
  }));
}

export interface TableCell {
  respondentId: string;
  value: number | null;
}

export interface TableRow {
  sessionNumber: number;
  sessionDate: string | null;
  cells: TableCell[];
  spread: number | null;
  split: boolean;
}

/** The text alternative of the chart: sessions × respondents, with the spread of the session. */
export function scoreTable(chart: TrackChartData, scope: string): TableRow[] {
  return chart.sessions.map((sessionNumber) => {
    let sessionDate: string | null = null;
    const cells = chart.series.map((s) => {
      const point = s.points.find((p) => p.sessionNumber === sessionNumber);
      if (point?.sessionDate && !sessionDate) sessionDate = point.sessionDate;
      return { respondentId: s.respondentId, value: point ? scoreOf(point.scores, scope) : null };
    });
    const spread = chart.spreads.find((sp) => sp.sessionNumber === sessionNumber && sp.scope === scope) ?? null;
    return { sessionNumber, sessionDate, cells, spread: spread?.spread ?? null, split: spread?.split ?? false };
  });
}

export interface GuideLine {
  id: string;
  value: number;
  label: string;
  kind: 'THRESHOLD' | 'REFERENCE';
}

/** Fixed lines in this scope: BELOW/ABOVE thresholds and reference lines (a DROP is relative, it has no line). */
export function guideLines(chart: TrackChartData, scope: string): GuideLine[] {
  const thresholds = chart.thresholds
    .filter((t) => t.scope === scope && (t.kind === 'BELOW' || t.kind === 'ABOVE'))
    .map((t) => ({ id: t.id, value: t.value, label: t.label, kind: 'THRESHOLD' as const }));
  const references = chart.referenceLines.filter((r) => r.scope === scope).map((r) => ({ id: r.id, value: r.value, label: r.label, kind: 'REFERENCE' as const }));
  return [...thresholds, ...references];
}

/** The y-axis range: from 0 (or lower) to 10 for VAS-like scores, or rounded up to a multiple of 5. */
export function yDomain(rows: readonly Record<string, number | string | null>[], lines: readonly GuideLine[]): [number, number] {
  const values: number[] = lines.map((l) => l.value);
  for (const row of rows) for (const [key, v] of Object.entries(row)) if (key !== 'sessionNumber' && typeof v === 'number') values.push(v);
  if (values.length === 0) return [0, 10];
  const lo = Math.min(0, Math.floor(Math.min(...values)));
  const hi = Math.max(...values);
  return [lo, hi <= 10 ? 10 : Math.ceil(hi / 5) * 5];
}

export function formatScore(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value);
}

export interface SignalWords {
  locale: Locale;
  /** "Sessie {{n}}" */
  session: (n: number) => string;
  /** Name of the split-alliance signal in the UI's language. */
  split: string;
  /** "verschil {{spread}}" */
  difference: (spread: string) => string;
  /** A scope's name in the UI's language. */
  scopeName: (scope: string) => string;
}

type Signal = TrackChartData['signals'][number];

/**
 * One line per signal: "Sessie 4 · moeder · Sterke daling (7,5 → 5,5)", "Sessie 2 · jongere ·
 * Samenwerking onder de 6 (3,0)", "Sessie 3 · Gespleten alliantie: verschil 4,3". The scope is
 * named when it is a subscale.
 */
export function signalSentence(signal: Signal, respondents: readonly { id: string; label: string }[], words: SignalWords): string {
  const parts = [words.session(signal.sessionNumber)];
  if (signal.respondentId) parts.push(respondents.find((r) => r.id === signal.respondentId)?.label ?? '?');
  if (signal.scope !== TOTAL_SCOPE) parts.push(words.scopeName(signal.scope));
  const f = (v: number | null | undefined) => formatScore(v, words.locale);
  let what: string;
  if (signal.kind === 'SPLIT') what = `${words.split}: ${words.difference(f(signal.spread ?? signal.value))}`;
  else if (signal.kind === 'DROP') what = `${signal.label} (${f(signal.previous)} → ${f(signal.value)})`;
  else what = `${signal.label} (${f(signal.value)})`;
  parts.push(what);
  return parts.join(' · ');
}

export interface SplitFlag {
  sessionNumber: number;
  spread: number;
  low: { label: string; value: number };
  high: { label: string; value: number };
}

/** Sessions where the respondents are further apart than the split spread ("gespleten alliantie"). */
export function splitFlags(chart: TrackChartData, respondents: readonly { id: string; label: string }[]): SplitFlag[] {
  const label = (id: string) => respondents.find((r) => r.id === id)?.label ?? '?';
  return chart.spreads
    .filter((s) => s.split)
    .map((s) => ({
      sessionNumber: s.sessionNumber,
      spread: s.spread,
      low: { label: label(s.minRespondentId), value: s.minValue },
      high: { label: label(s.maxRespondentId), value: s.maxValue },
    }));
}

/** Signals per track session count for a badge: how many signals there are in the latest session. */
export function latestSession(sessions: readonly number[]): number | null {
  return sessions.length ? Math.max(...sessions) : null;
}

/** A session date (yyyy-mm-dd) short enough for a table cell: "20 sep 2026" / "20 Sept 2026". */
export function formatSessionDate(isoDate: string | null | undefined, locale: Locale): string {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return '–';
  const [y, m, d] = isoDate.split('-').map(Number);
  // Built from the parts, so the day never shifts with the time zone.
  return new Date(y, m - 1, d).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** Even ticks for the y-axis: every 2 on 0-10, else five steps. */
export function yTicks([lo, hi]: [number, number]): number[] {
  const step = lo === 0 && hi === 10 ? 2 : (hi - lo) / 5;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  return ticks;
}
