// A part of the learning line a curator can edit and whose history anyone can read:
// a qualification (B1..M9) or a level (1..4). As a string ("q:B2", "l:3") it fits a select and the address.

export type LineSubject = { kind: 'qualification'; code: string } | { kind: 'level'; number: number };

export function subjectKey(subject: LineSubject): string {
  return subject.kind === 'qualification' ? `q:${subject.code}` : `l:${subject.number}`;
}

export function parseSubject(key: string | null | undefined): LineSubject | null {
  const q = /^q:([BM][1-9])$/i.exec(key ?? '');
  if (q) return { kind: 'qualification', code: q[1].toUpperCase() };
  const l = /^l:([1-4])$/.exec(key ?? '');
  if (l) return { kind: 'level', number: Number(l[1]) };
  return null;
}

/** The learningLineHistory query's arguments. */
export function historyVariables(subject: LineSubject): { qualification?: string; level?: number } {
  return subject.kind === 'qualification' ? { qualification: subject.code } : { level: subject.number };
}
