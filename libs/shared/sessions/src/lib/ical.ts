// iCalendar (RFC 5545) for themed sessions: one .ics file per session ("Zet in je agenda") and a
// feed per community or member. Written by hand so nothing extra ships at runtime.
//
// Times are written as Dutch wall-clock time with TZID=Europe/Amsterdam and a VTIMEZONE, so a
// calendar shows "20:00" to the moderator who planned 20:00, also when the EU changes its rules
// (update the VTIMEZONE then). The one exception is the hour that happens twice when the clocks go
// back (02:00-02:59 on the last Sunday of October): RFC 5545 reads such a wall-clock time as the
// first occurrence, but not every client does (ical.js, used by Thunderbird, takes the second), so
// any instant in that hour is written in UTC ("...Z"), which every client reads the same way.

import { AMSTERDAM, isAmbiguousLocalTime, utcToAmsterdam } from './time';

export const ICS_PRODID = '-//Kennislijn//Themasessies 1.0//NL';
/** The UID domain: a session's UID is `<sessionId>@kennislijn`, stable across updates. */
export const ICS_UID_DOMAIN = 'kennislijn';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

export interface CalendarSession {
  id: string;
  title: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  /** Start and end as UTC instants (ISO 8601), as the API stores them. */
  startsAt: string;
  endsAt: string;
  cancelled?: boolean;
  /** Raise by one for every change a calendar should pick up (RFC 5545 SEQUENCE). Default 0. */
  sequence?: number;
  /** When the session was last changed (ISO 8601); written as LAST-MODIFIED when given. */
  updatedAt?: string | null;
}

export interface IcsOptions {
  /** The moment the file is made (DTSTAMP). */
  now: Date | string;
}

export interface CalendarOptions extends IcsOptions {
  /** The feed's name, shown by calendar apps (X-WR-CALNAME). */
  name: string;
}

/**
 * Europe/Amsterdam with the EU rules in force since 1996: summer time (CEST, +02:00) from the last
 * Sunday of March 02:00 to the last Sunday of October 03:00, otherwise CET (+01:00).
 */
export const AMSTERDAM_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM}`,
  `X-LIC-LOCATION:${AMSTERDAM}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, and every line break as \n.
 * Other control characters are not allowed in a value and are dropped (a tab is kept).
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ''); // eslint-disable-line no-control-regex
}

/**
 * Folds one content line (RFC 5545 3.1): at most 75 octets of UTF-8 per physical line, the
 * continuation lines starting with one space (which counts towards the 75). Never splits a
 * character (iterating code points keeps multi-byte sequences and surrogate pairs whole).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** UTF-8 length of one code point, without depending on Buffer or TextEncoder. */
function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

function instantMs(iso: Date | string, what: string): number {
  const ms = iso instanceof Date ? iso.getTime() : typeof iso === 'string' && /(Z|[+-]\d{2}:?\d{2})$/i.test(iso.trim()) ? Date.parse(iso) : NaN;
  if (!Number.isFinite(ms)) throw new RangeError(`${what} is not an ISO 8601 instant with a zone: ${String(iso)}`);
  return ms;
}

/** 20261024T180000Z */
function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * A DTSTART/DTEND line: Amsterdam wall-clock time with TZID, or UTC within the repeated hour in
 * October (see the top of this file). Seconds are dropped, as sessions are planned in minutes.
 */
function dateTimeLine(name: string, ms: number): string {
  const minute = Math.floor(ms / 60_000) * 60_000;
  const local = utcToAmsterdam(new Date(minute));
  if (isAmbiguousLocalTime(local.date, local.time)) return `${name}:${utcStamp(minute)}`;
  return `${name};TZID=${AMSTERDAM}:${local.date.replace(/-/g, '')}T${local.time.replace(':', '')}00`;
}

/** A URI value is not escaped, so it must not be able to break out of its line. */
function checkUri(url: string): string {
  if (/[\u0000-\u001F\u007F\s]/.test(url)) throw new RangeError('url must not contain spaces or control characters'); // eslint-disable-line no-control-regex
  return url;
}

function present(v: string | null | undefined): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/** The VEVENT lines (unfolded) for one session. */
function eventLines(session: CalendarSession, dtstamp: string): string[] {
  if (typeof session.id !== 'string' || session.id === '') throw new RangeError('session id is required');
  const start = instantMs(session.startsAt, 'startsAt');
  const end = instantMs(session.endsAt, 'endsAt');
  if (end <= start) throw new RangeError(`session ${session.id} ends before it starts`);
  const sequence = session.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0) throw new RangeError('sequence must be a whole number ≥ 0');

  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${session.id}@${ICS_UID_DOMAIN}`)}`,
    `DTSTAMP:${dtstamp}`,
    dateTimeLine('DTSTART', start),
    dateTimeLine('DTEND', end),
    `SEQUENCE:${sequence}`,
    `STATUS:${session.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(session.title ?? '')}`,
  ];
  if (present(session.description)) lines.push(`DESCRIPTION:${escapeText(session.description)}`);
  if (present(session.location)) lines.push(`LOCATION:${escapeText(session.location)}`);
  if (present(session.url)) lines.push(`URL:${checkUri(session.url.trim())}`);
  if (present(session.updatedAt)) lines.push(`LAST-MODIFIED:${utcStamp(instantMs(session.updatedAt, 'updatedAt'))}`);
  lines.push('END:VEVENT');
  return lines;
}

function calendar(sessions: readonly CalendarSession[], opts: IcsOptions, name: string | null): string {
  const dtstamp = utcStamp(instantMs(opts.now, 'now'));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (name !== null) lines.push(`X-WR-CALNAME:${escapeText(name)}`, `X-WR-TIMEZONE:${AMSTERDAM}`);
  // Always present: it keeps an empty feed valid (a calendar needs at least one component).
  lines.push(...AMSTERDAM_VTIMEZONE);
  for (const session of sessions) lines.push(...eventLines(session, dtstamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A complete .ics file with one session, for "add to my calendar" and e-mail attachments. */
export function sessionToIcs(session: CalendarSession, opts: IcsOptions): string {
  return calendar([session], opts, null);
}

/** A calendar feed (subscription) with many sessions; cancelled ones stay in with STATUS:CANCELLED. */
export function calendarToIcs(sessions: readonly CalendarSession[], opts: CalendarOptions): string {
  return calendar(sessions, opts, opts.name);
}
