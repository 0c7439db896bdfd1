import { knowledgeListHref } from '../common/filters';

// The learning-line map as a table: qualifications (B1-B9, then M1-M9) as rows, levels 1-4 as columns.

export interface MapQualification {
  code: string;
  degree: 'BACHELOR' | 'MASTER';
  number: number;
  text: string;
}

export interface MapLevel {
  number: number;
  name: string;
}

export interface MapCellInput {
  qualificationCode: string;
  level: number;
  knowledgeCount: number;
  caseCount: number;
  instrumentCount: number;
  sessionCount: number;
  gap: boolean;
}

export interface MapCell {
  level: number;
  knowledge: number;
  cases: number;
  instruments: number;
  sessions: number;
  gap: boolean;
  /** The knowledge list filtered on this qualification and level. */
  href: string;
}

export interface MapRow {
  code: string;
  text: string;
  cells: MapCell[];
  /** Levels of this qualification with nothing yet. */
  gaps: number;
}

export interface MapGroup {
  degree: 'BACHELOR' | 'MASTER';
  rows: MapRow[];
}

export interface MapTable {
  levels: MapLevel[];
  groups: MapGroup[];
  gapCount: number;
  cellCount: number;
}

const DEGREES = ['BACHELOR', 'MASTER'] as const;

/** Shapes the API's cells into rows; a cell the API did not send counts as a gap (nothing known covers it). */
export function shapeMap(qualifications: readonly MapQualification[], levels: readonly MapLevel[], cells: readonly MapCellInput[]): MapTable {
  const sortedLevels = [...levels].sort((a, b) => a.number - b.number);
  const byKey = new Map(cells.map((c) => [`${c.qualificationCode}:${c.level}`, c]));
  let gapCount = 0;
  let cellCount = 0;
  const groups: MapGroup[] = [];
  for (const degree of DEGREES) {
    const rows = qualifications
      .filter((q) => q.degree === degree)
      .sort((a, b) => a.number - b.number)
      .map((q): MapRow => {
        const rowCells = sortedLevels.map((level): MapCell => {
          const c = byKey.get(`${q.code}:${level.number}`);
          const knowledge = c?.knowledgeCount ?? 0;
          const cases = c?.caseCount ?? 0;
          const instruments = c?.instrumentCount ?? 0;
          const sessions = c?.sessionCount ?? 0;
          return {
            level: level.number,
            knowledge,
            cases,
            instruments,
            sessions,
            gap: c ? c.gap : true,
            href: knowledgeListHref({ qualification: q.code, level: String(level.number) }),
          };
        });
        const gaps = rowCells.filter((c) => c.gap).length;
        gapCount += gaps;
        cellCount += rowCells.length;
        return { code: q.code, text: q.text, cells: rowCells, gaps };
      });
    if (rows.length) groups.push({ degree, rows });
  }
  return { levels: sortedLevels, groups, gapCount, cellCount };
}

/** "Niveau 1 — bachelor, eerste fase" → ["Niveau 1", "bachelor, eerste fase"]: a short column heading and its note. */
export function splitLevelName(name: string): [string, string] {
  const match = /^(.*?)\s+[—–-]\s+(.*)$/.exec(name);
  return match ? [match[1], match[2]] : [name, ''];
}

/** A file name for the CSV download, with the day: leerlijn-kaart-2025-03-14.csv. */
export function csvFileName(now: Date, prefix = 'leerlijn-kaart'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
