// What the track page draws: one line per respondent, the signals their scores raise, and how far
// apart the respondents are in each session (the "split alliance").
import { round2 } from './scoring';
import { TOTAL } from './types';
import type {
  ChartPoint,
  ChartSeries,
  InstrumentDefinition,
  ScoredResponse,
  ScoreScope,
  Scores,
  SessionSpread,
  Signal,
  TrackChart,
  TrackRespondent,
} from './types';

export const TOTAL_NAME = 'Totaal';
export const SPLIT_LABEL = 'Gespleten alliantie';

function scoreIn(scores: Scores, scope: ScoreScope): number | null {
  if (scope === TOTAL) return scores.total ?? null;
  const v = scores.subscales[scope];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A signal with its sort position: session, then respondent order, then threshold order. */
interface Keyed {
  signal: Signal;
  respondent: number;
  threshold: number;
}

/**
 * Builds the chart of a track. Responses of respondents not in `respondents` are ignored; when a
 * respondent has two responses in one session the later one in `responses` counts.
 * `splitSpreadOverride` (the track's own setting) wins over the instrument's unless it is null or
 * undefined. Runs in O(n log n) over the responses.
 */
export function buildTrackChart(
  def: InstrumentDefinition,
  respondents: TrackRespondent[],
  responses: ScoredResponse[],
  splitSpreadOverride?: number | null,
): TrackChart {
  const hasTotal = def.scoring.total !== null;
  const scopes: { id: ScoreScope; name: string }[] = [];
  if (hasTotal) scopes.push({ id: TOTAL, name: TOTAL_NAME });
  for (const s of def.subscales) scopes.push({ id: s.id, name: s.name });

  const thresholds = def.scoring.thresholds;
  const splitSpread = splitSpreadOverride !== undefined && splitSpreadOverride !== null ? splitSpreadOverride : def.scoring.splitSpread;

  // Group once: respondent id → (session → response), then sort each respondent's sessions.
  const order = new Map<string, number>();
  respondents.forEach((r, i) => order.set(r.id, i));
  const byRespondent: Map<number, ScoredResponse>[] = respondents.map(() => new Map());
  const sessionSet = new Set<number>();
  for (const r of responses) {
    const idx = order.get(r.respondentId);
    if (idx === undefined) continue;
    byRespondent[idx].set(r.sessionNumber, r);
    sessionSet.add(r.sessionNumber);
  }
  const sessions = [...sessionSet].sort((a, b) => a - b);
  const sorted = byRespondent.map((m) => [...m.values()].sort((a, b) => a.sessionNumber - b.sessionNumber));

  const series: ChartSeries[] = respondents.map((resp, i) => ({
    respondentId: resp.id,
    label: resp.label,
    kind: resp.kind,
    points: sorted[i].map(
      (r): ChartPoint => ({
        sessionNumber: r.sessionNumber,
        sessionDate: r.sessionDate,
        total: r.scores.total ?? null,
        subscales: { ...r.scores.subscales },
      }),
    ),
  }));

  // Threshold signals, walking each respondent's sessions in order. `previous` per scope is the
  // last non-null score, so a session without a response (or with a null score) is skipped over.
  const keyed: Keyed[] = [];
  const thresholdScopes = [...new Set(thresholds.map((t) => t.scope))];
  sorted.forEach((list, ri) => {
    const respondentId = respondents[ri].id;
    const previous = new Map<ScoreScope, number>();
    for (const r of list) {
      thresholds.forEach((t, ti) => {
        const score = scoreIn(r.scores, t.scope);
        if (score === null) return;
        let hit = false;
        let prev: number | null = null;
        if (t.kind === 'BELOW') hit = score < t.value;
        else if (t.kind === 'ABOVE') hit = score > t.value;
        else if (t.kind === 'DROP') {
          const p = previous.get(t.scope);
          // Rounded, so 7.3 → 5.3 is a drop of exactly 2 and not 1.9999999999999996.
          if (p !== undefined && round2(p - score) >= t.value) {
            hit = true;
            prev = p;
          }
        }
        if (hit) {
          keyed.push({
            respondent: ri,
            threshold: ti,
            signal: { kind: t.kind, thresholdId: t.id, scope: t.scope, sessionNumber: r.sessionNumber, respondentId, value: score, previous: prev, spread: null, label: t.label },
          });
        }
      });
      for (const scope of thresholdScopes) {
        const score = scoreIn(r.scores, scope);
        if (score !== null) previous.set(scope, score);
      }
    }
  });

  // Spreads on the split scope: the total, else the first subscale.
  const spreads: SessionSpread[] = [];
  const splitScope: ScoreScope | null = hasTotal ? TOTAL : (def.subscales[0]?.id ?? null);
  if (splitScope !== null) {
    // Session → scores in respondent order (respondents are visited in order, so ties keep the first).
    const perSession = new Map<number, { respondentId: string; value: number }[]>();
    sorted.forEach((list, ri) => {
      for (const r of list) {
        const value = scoreIn(r.scores, splitScope);
        if (value === null) continue;
        let entries = perSession.get(r.sessionNumber);
        if (!entries) perSession.set(r.sessionNumber, (entries = []));
        entries.push({ respondentId: respondents[ri].id, value });
      }
    });
    for (const sessionNumber of sessions) {
      const entries = perSession.get(sessionNumber);
      if (!entries || entries.length < 2) continue;
      let min = entries[0];
      let max = entries[0];
      for (const e of entries) {
        if (e.value < min.value) min = e;
        if (e.value > max.value) max = e;
      }
      const spread = round2(max.value - min.value);
      const split = splitSpread !== null && spread > splitSpread;
      spreads.push({ sessionNumber, scope: splitScope, spread, min: { ...min }, max: { ...max }, split });
      if (split) {
        keyed.push({
          respondent: respondents.length, // after the respondents' own signals in this session
          threshold: 0,
          signal: { kind: 'SPLIT', thresholdId: null, scope: splitScope, sessionNumber, respondentId: null, value: spread, previous: null, spread, label: SPLIT_LABEL },
        });
      }
    }
  }

  keyed.sort((a, b) => a.signal.sessionNumber - b.signal.sessionNumber || a.respondent - b.respondent || a.threshold - b.threshold);

  return {
    scopes,
    series,
    sessions,
    signals: keyed.map((k) => k.signal),
    spreads,
    thresholds: [...thresholds],
    referenceLines: [...def.scoring.referenceLines],
    splitSpread,
  };
}
