import { buildTrackChart } from './chart';
import type { InstrumentDefinition, ScoredResponse, Threshold, TrackRespondent } from './types';
import { emptyDefinition } from './validate';

const MOEDER: TrackRespondent = { id: 'moeder', label: 'moeder', kind: 'PARENT' };
const JONGERE: TrackRespondent = { id: 'jongere', label: 'jongere', kind: 'YOUTH' };
const WERKER: TrackRespondent = { id: 'werker', label: 'gezinswerker', kind: 'PROFESSIONAL' };

function definition(thresholds: Threshold[], splitSpread: number | null = 2, total: 'MEAN' | null = 'MEAN'): InstrumentDefinition {
  const d = emptyDefinition('Thermometer');
  return {
    ...d,
    subscales: [
      { id: 'A', name: 'Band', method: 'MEAN' },
      { id: 'B', name: 'Doelen', method: 'MEAN' },
    ],
    scoring: { total, thresholds, referenceLines: [{ id: 'r', scope: 'TOTAL', value: 8, label: 'Goed' }], splitSpread },
  };
}

/** A response with the given total; subscale A defaults to the total, B to null. */
function resp(respondentId: string, sessionNumber: number, total: number | null, A: number | null = total, B: number | null = null): ScoredResponse {
  return { respondentId, sessionNumber, sessionDate: `2025-01-${String(sessionNumber).padStart(2, '0')}`, scores: { total, subscales: { A, B } } };
}

const BELOW: Threshold = { id: 't-laag', scope: 'TOTAL', kind: 'BELOW', value: 6, label: 'Onder de 6' };
const ABOVE: Threshold = { id: 't-hoog', scope: 'A', kind: 'ABOVE', value: 9, label: 'Boven de 9' };
const DROP: Threshold = { id: 't-daling', scope: 'TOTAL', kind: 'DROP', value: 2, label: 'Sterke daling' };

describe('buildTrackChart: structure', () => {
  it('lists scopes, series per respondent in order, points sorted, distinct sessions', () => {
    const chart = buildTrackChart(definition([]), [WERKER, MOEDER], [resp('moeder', 3, 7), resp('moeder', 1, 8), resp('werker', 2, 9), resp('onbekend', 5, 1)]);
    expect(chart.scopes).toEqual([
      { id: 'TOTAL', name: 'Totaal' },
      { id: 'A', name: 'Band' },
      { id: 'B', name: 'Doelen' },
    ]);
    expect(chart.series.map((s) => [s.respondentId, s.label, s.kind, s.points.map((p) => p.sessionNumber)])).toEqual([
      ['werker', 'gezinswerker', 'PROFESSIONAL', [2]],
      ['moeder', 'moeder', 'PARENT', [1, 3]],
    ]);
    expect(chart.series[1].points[0]).toEqual({ sessionNumber: 1, sessionDate: '2025-01-01', total: 8, subscales: { A: 8, B: null } });
    // Session 5 only has a response of someone not on the track.
    expect(chart.sessions).toEqual([1, 2, 3]);
    expect(chart.referenceLines).toEqual([{ id: 'r', scope: 'TOTAL', value: 8, label: 'Goed' }]);
    expect(chart.splitSpread).toBe(2);
  });

  it('leaves TOTAL out of the scopes when the instrument has no total', () => {
    const chart = buildTrackChart(definition([], 2, null), [MOEDER], []);
    expect(chart.scopes.map((s) => s.id)).toEqual(['A', 'B']);
    expect(chart).toMatchObject({ series: [{ respondentId: 'moeder', points: [] }], sessions: [], signals: [], spreads: [] });
  });
});

describe('buildTrackChart: threshold signals', () => {
  it('BELOW fires below the value, not at it; ABOVE fires above the value, not at it', () => {
    const chart = buildTrackChart(definition([BELOW, ABOVE], null), [MOEDER], [
      resp('moeder', 1, 6, 9), // total 6 = value: no BELOW; A 9 = value: no ABOVE
      resp('moeder', 2, 5.99, 9.01), // 5.99 < 6: BELOW; 9.01 > 9: ABOVE
      resp('moeder', 3, null, null), // nothing to compare
    ]);
    expect(chart.signals).toEqual([
      { kind: 'BELOW', thresholdId: 't-laag', scope: 'TOTAL', sessionNumber: 2, respondentId: 'moeder', value: 5.99, previous: null, spread: null, label: 'Onder de 6' },
      { kind: 'ABOVE', thresholdId: 't-hoog', scope: 'A', sessionNumber: 2, respondentId: 'moeder', value: 9.01, previous: null, spread: null, label: 'Boven de 9' },
    ]);
  });

  it('DROP fires at exactly the value, not 0.01 less, and compares with the last earlier score', () => {
    const chart = buildTrackChart(definition([DROP], null), [MOEDER, JONGERE, WERKER], [
      // moeder: 8 in session 1, no response in session 2, 6 in session 3: 8 - 6 = 2 ≥ 2 → DROP, previous 8.
      resp('moeder', 1, 8),
      resp('moeder', 3, 6),
      // jongere: 8 → 6.01 is a drop of 1.99 < 2: nothing. Then 6.01 → 4.01 = 2: DROP, previous 6.01.
      resp('jongere', 1, 8),
      resp('jongere', 2, 6.01),
      resp('jongere', 3, 4.01),
      // werker: 9, then a null total (skipped), then 7: 9 - 7 = 2 → DROP with previous 9.
      resp('werker', 1, 9),
      resp('werker', 2, null),
      resp('werker', 3, 7),
    ]);
    expect(chart.signals.map((s) => [s.sessionNumber, s.respondentId, s.kind, s.value, s.previous])).toEqual([
      [3, 'moeder', 'DROP', 6, 8],
      [3, 'jongere', 'DROP', 4.01, 6.01],
      [3, 'werker', 'DROP', 7, 9],
    ]);
  });

  it('DROP is not fooled by binary fractions: 7.3 → 5.3 is a drop of 2', () => {
    // In floating point 7.3 - 5.3 = 1.9999999999999996; rounded to 2 decimals it is 2.
    const chart = buildTrackChart(definition([DROP], null), [MOEDER], [resp('moeder', 1, 7.3), resp('moeder', 2, 5.3)]);
    expect(chart.signals).toHaveLength(1);
    expect(chart.signals[0]).toMatchObject({ kind: 'DROP', value: 5.3, previous: 7.3 });
  });

  it('sorts by session, then respondent order, then threshold order', () => {
    // Respondents in the order werker, moeder; thresholds BELOW, DROP. Responses shuffled.
    const chart = buildTrackChart(definition([BELOW, DROP], null), [WERKER, MOEDER], [
      resp('moeder', 2, 3), // BELOW (3 < 6) and DROP (8 - 3 = 5)
      resp('werker', 2, 5), // BELOW and DROP (9 - 5 = 4)
      resp('moeder', 1, 8),
      resp('werker', 1, 9),
      resp('werker', 3, 5.5), // BELOW only
    ]);
    expect(chart.signals.map((s) => `${s.sessionNumber} ${s.respondentId} ${s.kind}`)).toEqual([
      '2 werker BELOW',
      '2 werker DROP',
      '2 moeder BELOW',
      '2 moeder DROP',
      '3 werker BELOW',
    ]);
  });

  it('takes the later response when a respondent has two in one session', () => {
    const chart = buildTrackChart(definition([BELOW], null), [MOEDER], [resp('moeder', 1, 5), resp('moeder', 1, 7)]);
    expect(chart.series[0].points.map((p) => p.total)).toEqual([7]);
    expect(chart.signals).toEqual([]);
  });
});

describe('buildTrackChart: spread and split alliance', () => {
  const responses = [
    // Session 1: 6 and 8 → spread 2, equal to splitSpread 2: no split.
    resp('moeder', 1, 6),
    resp('jongere', 1, 8),
    // Session 2: 5.5, 8 and 7 → spread 8 - 5.5 = 2.5 > 2: split.
    resp('moeder', 2, 5.5),
    resp('jongere', 2, 8),
    resp('werker', 2, 7),
    // Session 3: only one respondent: no spread at all.
    resp('werker', 3, 4),
    // Session 4: 7, 7 and 5: spread 2; ties go to the first respondent (moeder for max).
    resp('moeder', 4, 7),
    resp('jongere', 4, 7),
    resp('werker', 4, 5),
  ];

  it('computes max - min per session and flags only a spread above splitSpread', () => {
    const chart = buildTrackChart(definition([]), [MOEDER, JONGERE, WERKER], responses);
    expect(chart.spreads).toEqual([
      { sessionNumber: 1, scope: 'TOTAL', spread: 2, min: { respondentId: 'moeder', value: 6 }, max: { respondentId: 'jongere', value: 8 }, split: false },
      { sessionNumber: 2, scope: 'TOTAL', spread: 2.5, min: { respondentId: 'moeder', value: 5.5 }, max: { respondentId: 'jongere', value: 8 }, split: true },
      { sessionNumber: 4, scope: 'TOTAL', spread: 2, min: { respondentId: 'werker', value: 5 }, max: { respondentId: 'moeder', value: 7 }, split: false },
    ]);
    expect(chart.signals).toEqual([
      { kind: 'SPLIT', thresholdId: null, scope: 'TOTAL', sessionNumber: 2, respondentId: null, value: 2.5, previous: null, spread: 2.5, label: 'Gespleten alliantie' },
    ]);
  });

  it('lets the track override splitSpread, unless the override is null or undefined', () => {
    // 1.5: sessions 1 (2), 2 (2.5) and 4 (2) are split.
    const low = buildTrackChart(definition([]), [MOEDER, JONGERE, WERKER], responses, 1.5);
    expect(low.splitSpread).toBe(1.5);
    expect(low.signals.map((s) => [s.sessionNumber, s.spread])).toEqual([
      [1, 2],
      [2, 2.5],
      [4, 2],
    ]);
    // 3: nothing is split.
    const high = buildTrackChart(definition([]), [MOEDER, JONGERE, WERKER], responses, 3);
    expect(high.spreads.map((s) => s.split)).toEqual([false, false, false]);
    expect(high.signals).toEqual([]);
    // null falls back to the instrument's 2: only session 2.
    expect(buildTrackChart(definition([]), [MOEDER, JONGERE, WERKER], responses, null).signals.map((s) => s.sessionNumber)).toEqual([2]);
    // The instrument without a splitSpread: spreads are still computed, never split.
    const off = buildTrackChart(definition([], null), [MOEDER, JONGERE, WERKER], responses);
    expect(off.splitSpread).toBeNull();
    expect(off.spreads.map((s) => [s.spread, s.split])).toEqual([
      [2, false],
      [2.5, false],
      [2, false],
    ]);
  });

  it('puts a SPLIT after the respondents’ own signals of that session', () => {
    const chart = buildTrackChart(definition([BELOW]), [MOEDER, JONGERE, WERKER], responses);
    // Session 1: moeder 6 is not below 6. Session 2: moeder 5.5 < 6, then the split. Session 3: werker 4.
    // Session 4: werker 5.
    expect(chart.signals.map((s) => `${s.sessionNumber} ${s.respondentId ?? '-'} ${s.kind}`)).toEqual([
      '2 moeder BELOW',
      '2 - SPLIT',
      '3 werker BELOW',
      '4 werker BELOW',
    ]);
  });

  it('uses the first subscale without a total, and respondents with a null score do not count', () => {
    const chart = buildTrackChart(definition([], 1, null), [MOEDER, JONGERE, WERKER], [
      resp('moeder', 1, null, 2),
      resp('jongere', 1, null, 3.5),
      resp('werker', 1, null, null),
    ]);
    // A: 2 and 3.5 → spread 1.5 > 1: split.
    expect(chart.spreads).toEqual([
      { sessionNumber: 1, scope: 'A', spread: 1.5, min: { respondentId: 'moeder', value: 2 }, max: { respondentId: 'jongere', value: 3.5 }, split: true },
    ]);
    expect(chart.signals[0]).toMatchObject({ kind: 'SPLIT', scope: 'A', value: 1.5 });
  });

  it('has no spreads without a total and without subscales', () => {
    const d = { ...emptyDefinition('Leeg'), scoring: { total: null, thresholds: [], referenceLines: [], splitSpread: 1 } };
    expect(buildTrackChart(d, [MOEDER, JONGERE], [resp('moeder', 1, null), resp('jongere', 1, null)]).spreads).toEqual([]);
  });

  it('rounds the spread to 2 decimals', () => {
    // 7.3 - 5.2 = 2.0999999999999996 → 2.1.
    const chart = buildTrackChart(definition([]), [MOEDER, JONGERE], [resp('moeder', 1, 7.3), resp('jongere', 1, 5.2)]);
    expect(chart.spreads[0].spread).toBe(2.1);
  });
});

describe('buildTrackChart: speed', () => {
  it('handles 50 sessions × 6 respondents with 3 thresholds in well under 5 ms', () => {
    const respondents: TrackRespondent[] = Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, label: `rol ${i}`, kind: 'PARENT' }));
    const responses: ScoredResponse[] = [];
    for (let s = 1; s <= 50; s++) {
      for (let r = 0; r < 6; r++) {
        // A deterministic zig-zag so every kind of signal occurs.
        const total = Math.round((5 + 4.5 * Math.sin(s * 1.7 + r)) * 100) / 100;
        responses.push(resp(`r${r}`, s, total, total, total));
      }
    }
    const d = definition([BELOW, ABOVE, DROP], 2);
    const chart = buildTrackChart(d, respondents, responses);
    expect(chart.sessions).toHaveLength(50);
    expect(chart.spreads).toHaveLength(50);
    expect(new Set(chart.signals.map((s) => s.kind))).toEqual(new Set(['BELOW', 'ABOVE', 'DROP', 'SPLIT']));

    for (let i = 0; i < 20; i++) buildTrackChart(d, respondents, responses); // warm up
    const runs = 100;
    const start = performance.now();
    for (let i = 0; i < runs; i++) buildTrackChart(d, respondents, responses);
    const perRun = (performance.now() - start) / runs;
    expect(perRun).toBeLessThan(5);
  });
});
