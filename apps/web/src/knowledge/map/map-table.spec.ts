import { csvFileName, shapeMap, splitLevelName, type MapCellInput, type MapQualification } from './map-table';

const qualifications: MapQualification[] = [
  { code: 'M1', degree: 'MASTER', number: 1, text: 'beheerst' },
  { code: 'B2', degree: 'BACHELOR', number: 2, text: 'kent onderzoek' },
  { code: 'B1', degree: 'BACHELOR', number: 1, text: 'kent het belang' },
];
const levels = [4, 2, 3, 1].map((number) => ({ number, name: `Niveau ${number}` }));
const cell = (qualificationCode: string, level: number, knowledgeCount: number, caseCount = 0, instrumentCount = 0, sessionCount = 0): MapCellInput => ({
  qualificationCode,
  level,
  knowledgeCount,
  caseCount,
  instrumentCount,
  sessionCount,
  gap: knowledgeCount + caseCount + instrumentCount + sessionCount === 0,
});

describe('shapeMap', () => {
  const cells = [cell('B2', 3, 5, 1, 2, 3), cell('B2', 1, 0), cell('B1', 1, 2), cell('M1', 4, 0, 1)];
  const table = shapeMap(qualifications, levels, cells);

  it('puts bachelor before master, qualifications by number and levels 1-4 as columns', () => {
    expect(table.levels.map((l) => l.number)).toEqual([1, 2, 3, 4]);
    expect(table.groups.map((g) => g.degree)).toEqual(['BACHELOR', 'MASTER']);
    expect(table.groups[0].rows.map((r) => r.code)).toEqual(['B1', 'B2']);
  });

  it('keeps the counts of a cell and links it to the filtered knowledge list', () => {
    const b2 = table.groups[0].rows[1];
    expect(b2.cells[2]).toEqual({ level: 3, knowledge: 5, cases: 1, instruments: 2, sessions: 3, gap: false, href: '/kennisbank?qualification=B2&level=3' });
  });

  it('marks a cell with nothing, or that the API did not send, as a gap, and counts them', () => {
    const b2 = table.groups[0].rows[1];
    expect(b2.cells[0].gap).toBe(true);
    expect(b2.cells[1].gap).toBe(true);
    expect(b2.gaps).toBe(3);
    // A case alone is enough to cover a cell.
    expect(table.groups[1].rows[0].cells[3].gap).toBe(false);
    expect(table.cellCount).toBe(12);
    expect(table.gapCount).toBe(3 + 3 + 3);
  });

  it('leaves out a degree without qualifications', () => {
    expect(shapeMap(qualifications.filter((q) => q.degree === 'BACHELOR'), levels, cells).groups.map((g) => g.degree)).toEqual(['BACHELOR']);
  });
});

describe('helpers', () => {
  it('splits a level name into a short heading and its note', () => {
    expect(splitLevelName('Niveau 1 — bachelor, eerste fase')).toEqual(['Niveau 1', 'bachelor, eerste fase']);
    expect(splitLevelName('Level 4')).toEqual(['Level 4', '']);
  });

  it('names the CSV with the day', () => {
    expect(csvFileName(new Date(2025, 2, 4))).toBe('leerlijn-kaart-2025-03-04.csv');
  });
});
