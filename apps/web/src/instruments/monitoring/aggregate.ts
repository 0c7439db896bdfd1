// The researchers' view of a version: per session number the counts and, per scope, mean and SD,
// as table rows and as chart rows (means per session, one line per scope).
import type { InstrumentAggregateQuery } from '@kennislijn/web-graphql';

export type Aggregate = InstrumentAggregateQuery['instrumentAggregate'];

export const scopeKey = (scope: string) => `s_${scope.replace(/[^A-Za-z0-9_]/g, '_')}`;

export interface AggregateChartRow {
  session: string;
  [scopeKey: string]: number | string | null;
}

export function aggregateChartRows(aggregate: Aggregate): AggregateChartRow[] {
  return aggregate.sessions.map((s) => {
    const row: AggregateChartRow = { session: String(s.sessionNumber) };
    for (const scope of aggregate.scopes) row[scopeKey(scope.id)] = s.scopes.find((x) => x.scope === scope.id)?.mean ?? null;
    return row;
  });
}

export interface AggregateCell {
  n: number;
  mean: number | null;
  sd: number | null;
}

/** Cell per session and scope, in the order of `aggregate.scopes`. */
export function aggregateTable(aggregate: Aggregate): { sessionNumber: number; tracks: number; responses: number; cells: AggregateCell[] }[] {
  return aggregate.sessions.map((s) => ({
    sessionNumber: s.sessionNumber,
    tracks: s.tracks,
    responses: s.responses,
    cells: aggregate.scopes.map((scope) => {
      const hit = s.scopes.find((x) => x.scope === scope.id);
      return { n: hit?.n ?? 0, mean: hit?.mean ?? null, sd: hit?.sd ?? null };
    }),
  }));
}

/** A file name for the export: the instrument's title in plain letters, the version, and no case code. */
export function csvFileName(title: string, versionNumber: number): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'instrument';
  return `${slug}-v${versionNumber}-gepseudonimiseerd.csv`;
}
