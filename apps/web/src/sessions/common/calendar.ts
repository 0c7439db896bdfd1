import { utcToZoned } from '@kennislijn/shared-sessions';

// The month calendar of the sessions page: a grid of whole weeks (Monday first, as in the
// Netherlands) and the sessions on each day, in the viewer's time zone. Pure: tested in calendar.spec.ts.

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  day: number;
  /** False for the days of the previous or next month that fill the first and last week. */
  inMonth: boolean;
}

/** A month as YYYY-MM. */
export type MonthKey = string;

const pad = (n: number) => String(n).padStart(2, '0');

export function monthKey(year: number, month: number): MonthKey {
  return `${year}-${pad(month)}`;
}

export function parseMonthKey(key: string | null | undefined): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** The month `delta` months from `key` (negative: earlier). */
export function shiftMonth(key: MonthKey, delta: number): MonthKey {
  const parsed = parseMonthKey(key);
  if (!parsed) throw new RangeError(`not a month: ${key}`);
  const index = parsed.year * 12 + (parsed.month - 1) + delta;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * The weeks (rows of seven days, Monday first) that show month `month` (1..12) of `year`: the first
 * row starts on the Monday on or before the 1st, the last ends on the Sunday on or after the last day.
 */
export function buildMonthGrid(year: number, month: number): CalendarDay[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay: 0 = Sunday. Days before the 1st to reach a Monday.
  const lead = (first.getUTCDay() + 6) % 7;
  const total = Math.ceil((lead + daysInMonth) / 7) * 7;
  const weeks: CalendarDay[][] = [];
  for (let i = 0; i < total; i++) {
    const d = new Date(Date.UTC(year, month - 1, 1 - lead + i));
    const day: CalendarDay = {
      date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
      day: d.getUTCDate(),
      inMonth: d.getUTCMonth() === month - 1,
    };
    if (i % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1].push(day);
  }
  return weeks;
}

/** The instant range to ask the API for: from the grid's first day to the day after its last, widened a day for zones. */
export function gridRange(weeks: CalendarDay[][]): { from: string; to: string } {
  const firstDay = weeks[0][0].date;
  const lastDay = weeks[weeks.length - 1][6].date;
  const from = new Date(`${firstDay}T00:00:00Z`).getTime() - 86_400_000;
  const to = new Date(`${lastDay}T00:00:00Z`).getTime() + 2 * 86_400_000;
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** Sessions by the day (YYYY-MM-DD, in `timeZone`) they start on, each day in start order. */
export function sessionsByDay<T extends { startsAt: string }>(sessions: readonly T[], timeZone: string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  const sorted = [...sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const s of sorted) {
    const day = utcToZoned(s.startsAt, timeZone).date;
    const list = out.get(day);
    if (list) list.push(s);
    else out.set(day, [s]);
  }
  return out;
}

/** Today's date (YYYY-MM-DD) in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return utcToZoned(now.toISOString(), timeZone).date;
}
