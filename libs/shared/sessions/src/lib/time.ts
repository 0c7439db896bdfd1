// Time zones for themed sessions (themasessies). Moderators plan a session in Dutch wall-clock time
// (Europe/Amsterdam); the API stores the instant in UTC; every viewer sees it in their own zone.
// Only `Intl` is used, so this runs the same in Node and in the browser.

/** The zone sessions are planned in. */
export const AMSTERDAM = 'Europe/Amsterdam';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Dutch and English texts for the `time.*` keys a LocalTimeError carries. `{name}` is filled from params. */
export const TIME_MESSAGES: Record<string, { nl: string; en: string }> = {
  'time.invalidDate': {
    nl: 'Vul de datum in als jjjj-mm-dd (bijvoorbeeld 2026-10-24).',
    en: 'Enter the date as yyyy-mm-dd (for example 2026-10-24).',
  },
  'time.invalidTime': {
    nl: 'Vul de tijd in als uu:mm, van 00:00 tot en met 23:59.',
    en: 'Enter the time as hh:mm, from 00:00 to 23:59.',
  },
  'time.nonexistent': {
    nl: 'Op {date} bestaat {time} niet in {zone}: de klok gaat dan een uur vooruit (zomertijd). Kies een andere tijd.',
    en: 'On {date}, {time} does not exist in {zone}: the clocks go forward an hour (summer time). Choose another time.',
  },
  'time.invalidInstant': {
    nl: 'Dit is geen geldig tijdstip.',
    en: 'This is not a valid point in time.',
  },
};

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** Thrown for a local date/time that cannot be turned into an instant. `message` is the English text. */
export class LocalTimeError extends Error {
  readonly key: string;
  readonly params: Record<string, string | number>;
  readonly nl: string;
  readonly en: string;

  constructor(key: string, params: Record<string, string | number> = {}) {
    const texts = TIME_MESSAGES[key] ?? { nl: key, en: key };
    const en = fill(texts.en, params);
    super(en);
    this.name = 'LocalTimeError';
    this.key = key;
    this.params = params;
    this.nl = fill(texts.nl, params);
    this.en = en;
  }
}

/** Wall-clock parts of a local time. */
interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone that gives the numeric wall-clock parts (24-hour clock). */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time in `timeZone` at the instant `ms` (milliseconds since the epoch). */
function wallTimeAt(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts['year'],
    month: parts['month'],
    day: parts['day'],
    // Some engines write midnight as 24 even with h23; normalise.
    hour: parts['hour'] === 24 ? 0 : parts['hour'],
    minute: parts['minute'],
    second: parts['second'],
  };
}

function wallAsUtcMs(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** The zone's offset from UTC at the instant `ms`, in minutes (Amsterdam: 60 in winter, 120 in summer). */
export function zoneOffsetMinutes(instant: string | number | Date, timeZone: string = AMSTERDAM): number {
  const ms = toMs(instant);
  // Whole seconds only: the formatter drops milliseconds.
  const whole = Math.floor(ms / 1000) * 1000;
  return Math.round((wallAsUtcMs(wallTimeAt(whole, timeZone)) - whole) / MINUTE_MS);
}

function toMs(instant: string | number | Date): number {
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (typeof instant === 'string' && !/(Z|[+-]\d{2}:?\d{2})$/i.test(instant.trim())) {
    // Without a zone designator, Date.parse reads a date-time as the machine's local time: refuse.
    throw new LocalTimeError('time.invalidInstant');
  }
  if (!Number.isFinite(ms)) throw new LocalTimeError('time.invalidInstant');
  return ms;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Reads 'YYYY-MM-DD' and 'HH:mm' strictly (a real calendar date, 00:00..23:59). */
function parseLocal(localDate: string, localTime: string): WallTime {
  const d = typeof localDate === 'string' ? DATE_PATTERN.exec(localDate) : null;
  if (!d) throw new LocalTimeError('time.invalidDate');
  const year = Number(d[1]);
  const month = Number(d[2]);
  const day = Number(d[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new LocalTimeError('time.invalidDate');
  }
  const t = typeof localTime === 'string' ? TIME_PATTERN.exec(localTime) : null;
  if (!t) throw new LocalTimeError('time.invalidTime');
  const hour = Number(t[1]);
  const minute = Number(t[2]);
  if (hour > 23 || minute > 59) throw new LocalTimeError('time.invalidTime');
  return { year, month, day, hour, minute, second: 0 };
}

/**
 * Every instant (ms) at which the wall clock in `timeZone` shows `wall`, earliest first: one for a
 * normal time, none for a time skipped when the clocks go forward, two for a time that happens
 * twice when the clocks go back.
 */
function instantsFor(wall: WallTime, timeZone: string): number[] {
  const asUtc = wallAsUtcMs(wall);
  // The offsets in force a day before and a day after cover both sides of any single transition.
  const offsets = new Set([zoneOffsetMinutes(asUtc - DAY_MS, timeZone), zoneOffsetMinutes(asUtc + DAY_MS, timeZone)]);
  const found = new Set<number>();
  for (const offset of offsets) {
    const candidate = asUtc - offset * MINUTE_MS;
    if (wallAsUtcMs(wallTimeAt(candidate, timeZone)) === asUtc) found.add(candidate);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The UTC instant (ISO string, e.g. "2026-10-24T18:00:00.000Z") of a wall-clock date and time in
 * `timeZone`.
 *
 * - A time that does not exist (skipped when the clocks go forward, e.g. 02:30 on 2026-03-29 in
 *   Amsterdam) throws a LocalTimeError with key `time.nonexistent`.
 * - A time that happens twice (when the clocks go back, e.g. 02:30 on 2026-10-25 in Amsterdam)
 *   gives the FIRST occurrence, still in summer time (00:30Z, not 01:30Z). This is also what
 *   RFC 5545 prescribes for ambiguous local times, so our .ics files and our database agree.
 *   Use `isAmbiguousLocalTime` to warn the moderator.
 */
export function zonedToUtc(localDate: string, localTime: string, timeZone: string): string {
  const wall = parseLocal(localDate, localTime);
  const instants = instantsFor(wall, timeZone);
  if (instants.length === 0) throw new LocalTimeError('time.nonexistent', { date: localDate, time: localTime, zone: timeZone });
  return new Date(instants[0]).toISOString();
}

/** `zonedToUtc` for Europe/Amsterdam, the zone sessions are planned in. */
export function amsterdamToUtc(localDate: string, localTime: string): string {
  return zonedToUtc(localDate, localTime, AMSTERDAM);
}

/** True when the wall-clock time happens twice in the zone (the hour the clocks go back). */
export function isAmbiguousLocalTime(localDate: string, localTime: string, timeZone: string = AMSTERDAM): boolean {
  return instantsFor(parseLocal(localDate, localTime), timeZone).length > 1;
}

/** True when the wall-clock time is skipped in the zone (the hour the clocks go forward). */
export function isNonexistentLocalTime(localDate: string, localTime: string, timeZone: string = AMSTERDAM): boolean {
  return instantsFor(parseLocal(localDate, localTime), timeZone).length === 0;
}

/** Wall-clock date ('YYYY-MM-DD') and time ('HH:mm', seconds dropped) of an instant in a zone. */
export function utcToZoned(iso: string | Date, timeZone: string): { date: string; time: string } {
  const w = wallTimeAt(toMs(iso), timeZone);
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** Wall-clock date and time in Amsterdam of a UTC instant, e.g. for the moderator's edit form. */
export function utcToAmsterdam(iso: string | Date): { date: string; time: string } {
  return utcToZoned(iso, AMSTERDAM);
}

/** Real elapsed minutes between two instants (a night across the clock change counts 60 more or less). */
export function minutesBetween(startIso: string | Date, endIso: string | Date): number {
  return (toMs(endIso) - toMs(startIso)) / MINUTE_MS;
}

/**
 * An instant for display in the viewer's zone and language, with the zone's short name so nobody
 * has to guess, e.g. "zaterdag 24 oktober 2026 om 20:00 CEST" (nl-NL, Europe/Amsterdam) or
 * "Saturday, October 24, 2026 at 2:00 PM EDT" (en-US, America/New_York). The exact words come
 * from the runtime's Intl data.
 */
export function formatInZone(iso: string | Date, timeZone: string, locale = 'nl-NL'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(toMs(iso)));
}

/** True when `timeZone` is an IANA zone this runtime knows (to check a viewer's stored preference). */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
