import { aggregateChartRows, aggregateTable, csvFileName, scopeKey, type Aggregate } from './aggregate';

const aggregate: Aggregate = {
  versionNumber: 2,
  tracks: 2,
  responses: 5,
  scopes: [
    { id: 'TOTAL', name: 'Totaal' },
    { id: 'taak-1', name: 'Taak' },
  ],
  sessions: [
    {
      sessionNumber: 1,
      tracks: 2,
      responses: 3,
      scopes: [
        { scope: 'TOTAL', n: 3, mean: 6.5, sd: 1.2 },
        { scope: 'taak-1', n: 2, mean: 5, sd: null },
      ],
    },
    { sessionNumber: 2, tracks: 1, responses: 2, scopes: [{ scope: 'TOTAL', n: 2, mean: 7, sd: 0.5 }] },
  ],
};

describe('aggregate', () => {
  it('makes chart rows of the means per session', () => {
    expect(aggregateChartRows(aggregate)).toEqual([
      { session: '1', [scopeKey('TOTAL')]: 6.5, [scopeKey('taak-1')]: 5 },
      { session: '2', [scopeKey('TOTAL')]: 7, [scopeKey('taak-1')]: null },
    ]);
    expect(scopeKey('taak-1')).toBe('s_taak_1');
  });

  it('makes table rows with a cell per scope, empty where no score', () => {
    const rows = aggregateTable(aggregate);
    expect(rows[0]).toEqual({
      sessionNumber: 1,
      tracks: 2,
      responses: 3,
      cells: [
        { n: 3, mean: 6.5, sd: 1.2 },
        { n: 2, mean: 5, sd: null },
      ],
    });
    expect(rows[1].cells[1]).toEqual({ n: 0, mean: null, sd: null });
  });

  it('names the export file after the instrument and version', () => {
    expect(csvFileName('Samenwerkingsthermometer', 1)).toBe('samenwerkingsthermometer-v1-gepseudonimiseerd.csv');
    expect(csvFileName('Méér dan één: "check"!', 3)).toBe('meer-dan-een-check-v3-gepseudonimiseerd.csv');
    expect(csvFileName('***', 1)).toBe('instrument-v1-gepseudonimiseerd.csv');
  });
});
