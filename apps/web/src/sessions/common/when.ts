import { AMSTERDAM, utcToZoned } from '@kennislijn/shared-sessions';

// When a session is, in words: in the viewer's time zone, and the Dutch time too when the viewer's
// zone shows another clock. Pure: see when.spec.ts.

/** The viewer's IANA time zone (the browser's). */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || AMSTERDAM;
  } catch {
    return AMSTERDAM;
  }
}

function parts(iso: string, timeZone: string, locale: string) {
  const date = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  const zone =
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return { date, time, zone, day: utcToZoned(iso, timeZone).date };
}

/** "dinsdag 10 november 2026, 19:30 – 21:00 CET"; a session past midnight names both days. */
export function formatSpan(startsAt: string, endsAt: string, timeZone: string, locale = 'nl-NL'): string {
  const a = parts(startsAt, timeZone, locale);
  const b = parts(endsAt, timeZone, locale);
  if (a.day === b.day) return `${a.date}, ${a.time} – ${b.time} ${b.zone}`;
  return `${a.date} ${a.time} – ${b.date} ${b.time} ${b.zone}`;
}

/** Whether the zone shows a different clock than Amsterdam at that instant. */
export function differsFromAmsterdam(iso: string, timeZone: string): boolean {
  const here = utcToZoned(iso, timeZone);
  const nl = utcToZoned(iso, AMSTERDAM);
  return here.date !== nl.date || here.time !== nl.time;
}

/** Short, for cards and calendar cells: "19:30". */
export function formatTime(iso: string, timeZone: string, locale = 'nl-NL'): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** The Amsterdam date of a session, for a file name: "2026-11-10". */
export function amsterdamDate(iso: string): string {
  return utcToZoned(iso, AMSTERDAM).date;
}

/** Minutes between start and end (real minutes, across a clock change too). */
export function durationMinutes(startsAt: string, endsAt: string): number {
  return Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000);
}
