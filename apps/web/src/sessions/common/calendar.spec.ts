import { buildMonthGrid, gridRange, parseMonthKey, sessionsByDay, shiftMonth, todayIn } from './calendar';

describe('month calendar', () => {
  it('builds whole weeks, Monday first, with the days around the month marked', () => {
    // November 2026 starts on a Sunday and ends on a Monday: six rows.
    const weeks = buildMonthGrid(2026, 11);
    expect(weeks).toHaveLength(6);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0][0]).toEqual({ date: '2026-10-26', day: 26, inMonth: false });
    expect(weeks[0][6]).toEqual({ date: '2026-11-01', day: 1, inMonth: true });
    expect(weeks[5][0]).toEqual({ date: '2026-11-30', day: 30, inMonth: true });
    expect(weeks[5][6]).toEqual({ date: '2026-12-06', day: 6, inMonth: false });
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(30);
  });

  it('has exactly four rows for a February that starts on a Monday', () => {
    const weeks = buildMonthGrid(2027, 2);
    expect(weeks).toHaveLength(4);
    expect(weeks[0][0].date).toBe('2027-02-01');
    expect(weeks[3][6].date).toBe('2027-02-28');
  });

  it('handles leap years and year boundaries', () => {
    expect(buildMonthGrid(2028, 2).flat().filter((d) => d.inMonth)).toHaveLength(29);
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-05', -17)).toBe('2024-12');
    expect(parseMonthKey('2026-13')).toBeNull();
    expect(parseMonthKey('2026-04')).toEqual({ year: 2026, month: 4 });
    expect(parseMonthKey(null)).toBeNull();
  });

  it('asks for a range that covers the whole grid', () => {
    const range = gridRange(buildMonthGrid(2026, 11));
    expect(range.from).toBe('2026-10-25T00:00:00.000Z');
    expect(range.to).toBe('2026-12-08T00:00:00.000Z');
  });

  it('puts sessions on the day they start in the viewer’s zone, in start order', () => {
    const sessions = [
      { id: 'late', startsAt: '2026-11-10T23:30:00.000Z' },
      { id: 'early', startsAt: '2026-11-10T08:00:00.000Z' },
    ];
    const amsterdam = sessionsByDay(sessions, 'Europe/Amsterdam');
    // 23:30 UTC is 00:30 the next day in Amsterdam (winter time).
    expect(amsterdam.get('2026-11-10')?.map((s) => s.id)).toEqual(['early']);
    expect(amsterdam.get('2026-11-11')?.map((s) => s.id)).toEqual(['late']);
    const newYork = sessionsByDay(sessions, 'America/New_York');
    expect(newYork.get('2026-11-10')?.map((s) => s.id)).toEqual(['early', 'late']);
  });

  it('knows today in a zone', () => {
    expect(todayIn('Europe/Amsterdam', new Date('2026-11-10T23:30:00Z'))).toBe('2026-11-11');
    expect(todayIn('UTC', new Date('2026-11-10T23:30:00Z'))).toBe('2026-11-10');
  });
});
