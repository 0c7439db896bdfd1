import {
  chartRows,
  formatScore,
  formatSessionDate,
  guideLines,
  latestSession,
  lineStyle,
  scoreTable,
  seriesInfo,
  seriesKey,
  signalSentence,
  splitFlags,
  yDomain,
  yTicks,
  type SignalWords,
  type TrackChartData,
} from './track-chart';

const M = '11111111-1111-1111-1111-111111111111';
const J = '22222222-2222-2222-2222-222222222222';
const respondents = [
  { id: M, label: 'moeder' },
  { id: J, label: 'jongere' },
];

const point = (sessionNumber: number, total: number | null, sub?: number) => ({
  sessionNumber,
  sessionDate: sessionNumber === 1 ? '2026-01-10' : null,
  scores: [...(total === null ? [] : [{ scope: 'TOTAL', value: total }]), ...(sub === undefined ? [] : [{ scope: 'taak', value: sub }])],
});

const chart: TrackChartData = {
  scopes: [
    { id: 'TOTAL', name: 'Totaal' },
    { id: 'taak', name: 'Taak' },
  ],
  series: [
    { respondentId: M, label: 'moeder', kind: 'PARENT', points: [point(1, 8, 7.5), point(2, 7.5), point(4, 5.5)] },
    { respondentId: J, label: 'jongere', kind: 'YOUTH', points: [point(1, 3, 2)] },
  ],
  sessions: [1, 2, 4],
  signals: [
    { kind: 'BELOW', scope: 'TOTAL', sessionNumber: 1, respondentId: J, value: 3, previous: null, spread: null, label: 'Samenwerking onder de 6', thresholdId: 't1' },
    { kind: 'SPLIT', scope: 'TOTAL', sessionNumber: 1, respondentId: null, value: 5, previous: null, spread: 5, label: 'Gespleten alliantie', thresholdId: null },
    { kind: 'DROP', scope: 'TOTAL', sessionNumber: 4, respondentId: M, value: 5.5, previous: 7.5, spread: null, label: 'Sterke daling', thresholdId: 't2' },
    { kind: 'BELOW', scope: 'taak', sessionNumber: 1, respondentId: J, value: 2, previous: null, spread: null, label: 'Taak laag', thresholdId: 't3' },
  ],
  spreads: [{ sessionNumber: 1, scope: 'TOTAL', spread: 5, minRespondentId: J, minValue: 3, maxRespondentId: M, maxValue: 8, split: true }],
  thresholds: [
    { id: 't1', kind: 'BELOW', label: 'Samenwerking onder de 6', scope: 'TOTAL', value: 6 },
    { id: 't2', kind: 'DROP', label: 'Sterke daling', scope: 'TOTAL', value: 2 },
    { id: 't3', kind: 'ABOVE', label: 'Taak hoog', scope: 'taak', value: 9 },
  ],
  referenceLines: [{ id: 'r1', label: 'Goede samenwerking', scope: 'TOTAL', value: 8 }],
  splitSpread: 2,
};

const nl: SignalWords = {
  locale: 'nl',
  session: (n) => `Sessie ${n}`,
  split: 'Gespleten alliantie',
  difference: (s) => `verschil ${s}`,
  scopeName: (id) => chart.scopes.find((s) => s.id === id)?.name ?? id,
};

describe('chartRows', () => {
  it('gives one row per session with each respondent in the scope, null where missing', () => {
    expect(chartRows(chart, 'TOTAL')).toEqual([
      { session: '1', sessionNumber: 1, [seriesKey(M)]: 8, [seriesKey(J)]: 3 },
      { session: '2', sessionNumber: 2, [seriesKey(M)]: 7.5, [seriesKey(J)]: null },
      { session: '4', sessionNumber: 4, [seriesKey(M)]: 5.5, [seriesKey(J)]: null },
    ]);
  });

  it('reads a subscale', () => {
    const rows = chartRows(chart, 'taak');
    expect(rows[0][seriesKey(M)]).toBe(7.5);
    expect(rows[1][seriesKey(M)]).toBeNull();
  });

  it('makes series keys without dashes', () => {
    expect(seriesKey(M)).toBe('r_11111111111111111111111111111111');
  });
});

describe('seriesInfo and lineStyle', () => {
  it('gives every respondent a distinct dash and marker, not only a colour', () => {
    const info = seriesInfo(chart, 'TOTAL');
    expect(info.map((s) => s.label)).toEqual(['moeder', 'jongere']);
    expect(info.map((s) => s.points)).toEqual([3, 1]);
    expect(info[0].style.marker).not.toBe(info[1].style.marker);
    expect(info[0].style.dash).not.toBe(info[1].style.dash);
    const styles = Array.from({ length: 6 }, (_, i) => lineStyle(i));
    expect(new Set(styles.map((s) => s.marker)).size).toBe(6);
    expect(new Set(styles.map((s) => `${s.dash}`)).size).toBe(6);
  });
});

describe('scoreTable', () => {
  it('lists sessions × respondents with the spread and split flag', () => {
    const table = scoreTable(chart, 'TOTAL');
    expect(table[0]).toEqual({
      sessionNumber: 1,
      sessionDate: '2026-01-10',
      cells: [
        { respondentId: M, value: 8 },
        { respondentId: J, value: 3 },
      ],
      spread: 5,
      split: true,
    });
    expect(table[2].cells[1].value).toBeNull();
    expect(table[2].spread).toBeNull();
  });
});

describe('guideLines and yDomain', () => {
  it('draws BELOW/ABOVE thresholds and reference lines of the scope, never a DROP', () => {
    expect(guideLines(chart, 'TOTAL')).toEqual([
      { id: 't1', value: 6, label: 'Samenwerking onder de 6', kind: 'THRESHOLD' },
      { id: 'r1', value: 8, label: 'Goede samenwerking', kind: 'REFERENCE' },
    ]);
    expect(guideLines(chart, 'taak').map((l) => l.id)).toEqual(['t3']);
  });

  it('keeps VAS-like scores on 0-10 and rounds larger sums up to a multiple of 5', () => {
    expect(yDomain(chartRows(chart, 'TOTAL'), guideLines(chart, 'TOTAL'))).toEqual([0, 10]);
    expect(yDomain([{ session: '1', sessionNumber: 1, r_a: 23 }], [])).toEqual([0, 25]);
    expect(yDomain([], [])).toEqual([0, 10]);
    expect(yDomain([{ session: '1', sessionNumber: 1, r_a: -2.5 }], [])).toEqual([-3, 10]);
  });
});

describe('formatScore', () => {
  it('uses a decimal comma in Dutch and a point in English', () => {
    expect(formatScore(7.5, 'nl')).toBe('7,5');
    expect(formatScore(8, 'nl')).toBe('8,0');
    expect(formatScore(7.25, 'nl')).toBe('7,25');
    expect(formatScore(4.3, 'en')).toBe('4.3');
    expect(formatScore(null, 'nl')).toBe('–');
  });
});

describe('signalSentence', () => {
  it('words a drop with before and after', () => {
    expect(signalSentence(chart.signals[2], respondents, nl)).toBe('Sessie 4 · moeder · Sterke daling (7,5 → 5,5)');
  });

  it('words a threshold with the value', () => {
    expect(signalSentence(chart.signals[0], respondents, nl)).toBe('Sessie 1 · jongere · Samenwerking onder de 6 (3,0)');
  });

  it('words a split alliance with the difference', () => {
    expect(signalSentence(chart.signals[1], respondents, nl)).toBe('Sessie 1 · Gespleten alliantie: verschil 5,0');
    expect(signalSentence({ ...chart.signals[1], spread: 4.3 }, respondents, nl)).toBe('Sessie 1 · Gespleten alliantie: verschil 4,3');
  });

  it('names a subscale, and words English', () => {
    expect(signalSentence(chart.signals[3], respondents, nl)).toBe('Sessie 1 · jongere · Taak · Taak laag (2,0)');
    const en: SignalWords = { ...nl, locale: 'en', session: (n) => `Session ${n}`, split: 'Split alliance', difference: (s) => `difference ${s}` };
    expect(signalSentence({ ...chart.signals[1], spread: 4.25 }, respondents, en)).toBe('Session 1 · Split alliance: difference 4.25');
  });
});

describe('splitFlags and latestSession', () => {
  it('names the lowest and highest respondent of a split session', () => {
    expect(splitFlags(chart, respondents)).toEqual([{ sessionNumber: 1, spread: 5, low: { label: 'jongere', value: 3 }, high: { label: 'moeder', value: 8 } }]);
    expect(splitFlags({ ...chart, spreads: [{ ...chart.spreads[0], split: false }] }, respondents)).toEqual([]);
  });

  it('finds the latest session', () => {
    expect(latestSession([1, 4, 2])).toBe(4);
    expect(latestSession([])).toBeNull();
  });
});

describe('formatSessionDate', () => {
  it('writes a short date without shifting the day', () => {
    expect(formatSessionDate('2026-09-20', 'nl')).toBe('20 sep 2026');
    expect(formatSessionDate('2026-01-01', 'en')).toMatch(/^1 Jan 2026$/);
    expect(formatSessionDate(null, 'nl')).toBe('–');
    expect(formatSessionDate('gisteren', 'nl')).toBe('–');
  });
});

describe('yTicks', () => {
  it('ticks every 2 on a 0-10 scale and in five steps otherwise', () => {
    expect(yTicks([0, 10])).toEqual([0, 2, 4, 6, 8, 10]);
    expect(yTicks([0, 25])).toEqual([0, 5, 10, 15, 20, 25]);
    expect(yTicks([-3, 10])).toEqual([-3, -0.4, 2.2, 4.8, 7.4, 10]);
  });
});
