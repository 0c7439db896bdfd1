import { EmailFrequency } from './notification-preference.entity';

/** Digests follow Dutch clock time, summer and winter alike. */
export const DIGEST_TIME_ZONE = 'Europe/Amsterdam';
/** Local hour from which the day's (and on Monday the week's) digest goes out. */
export const DIGEST_HOUR = 7;

export type DigestFrequency = EmailFrequency.DAILY | EmailFrequency.WEEKLY;
export const DIGEST_FREQUENCIES: readonly DigestFrequency[] = [EmailFrequency.DAILY, EmailFrequency.WEEKLY];

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: DIGEST_TIME_ZONE,
  hourCycle: 'h23',
  weekday: 'short',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

/** The clock time in Amsterdam at an instant (plain Intl: no time-zone library needed). */
export function wallTime(at: Date): WallTime {
  const parts: Record<string, string> = {};
  for (const p of formatter.formatToParts(at)) parts[p.type] = p.value;
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']) % 24,
    minute: Number(parts['minute']),
    second: Number(parts['second']),
    weekday: WEEKDAYS.indexOf(parts['weekday'] ?? ''),
  };
}

// How far Amsterdam's clock is ahead of UTC at an instant (+1 h in winter, +2 h in summer).
function offsetMs(at: Date): number {
  const w = wallTime(at);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant at which Amsterdam's clock shows this date and hour (DST-aware). */
export function amsterdamTime(year: number, month: number, day: number, hour: number): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour);
  const first = asUtc - offsetMs(new Date(asUtc));
  // A second pass corrects the guess when the offset at the result differs (days DST changes).
  return new Date(asUtc - offsetMs(new Date(first)));
}

/**
 * The start of the digest period `now` falls in: the latest 07:00 Amsterdam time (DAILY) or the
 * latest Monday 07:00 (WEEKLY) at or before `now`. A person gets at most one digest of a frequency
 * per period.
 */
export function digestPeriodStart(frequency: DigestFrequency, now: Date): Date {
  const w = wallTime(now);
  const beforeHour = w.hour < DIGEST_HOUR;
  let back: number;
  if (frequency === EmailFrequency.WEEKLY) {
    back = w.weekday;
    if (back === 0 && beforeHour) back = 7;
  } else {
    back = beforeHour ? 1 : 0;
  }
  const day = new Date(Date.UTC(w.year, w.month - 1, w.day) - back * DAY_MS);
  return amsterdamTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), DIGEST_HOUR);
}
