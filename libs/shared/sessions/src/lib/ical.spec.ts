import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { AMSTERDAM_VTIMEZONE, ICS_PRODID, calendarToIcs, escapeText, foldLine, sessionToIcs } from './ical';
import type { CalendarSession } from './ical';
import { amsterdamToUtc } from './time';

// ical.js is an ES module with a CommonJS build; jest runs CommonJS, so this loads that build.
const ICAL: typeof ICALModule = require('ical.js');

const NOW = '2026-09-01T08:15:30.000Z';

/** 200 characters with Dutch diacritics, commas, semicolons, a backslash and line breaks. */
const DESCRIPTION = (
  'Casusbespreking over één gezin; drie hulpverleners, één doel.\n' +
  'We gebruiken de incidentmethode, daarna evalueren we.\r\n' +
  'Neem je eigen casus mee: geen namen\\BSN. Coördinatie: Anaïs & Zoë, “samen” ' +
  'werken'
).padEnd(200, '.');

const SESSION: CalendarSession = {
  id: 'ses-42',
  title: 'Themasessie: één casus, twee perspectieven; ‘betekenisvol’ samenwerken',
  description: DESCRIPTION,
  location: 'Lokaal 2.14, HAN Nijmegen; ingang Kapittelweg',
  url: 'https://kennislijn.example/g/swag/sessies/ses-42?tab=agenda&x=1,2',
  startsAt: amsterdamToUtc('2026-10-24', '20:00'), // 18:00Z, CEST
  endsAt: amsterdamToUtc('2026-10-25', '22:00'), // 21:00Z, CET
  sequence: 3,
  updatedAt: '2026-08-31T12:00:00Z',
};

/** The physical lines (without their CRLF). */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics.slice(0, -2).split('\r\n');
}

function parse(ics: string): ICALModule.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

function events(ics: string): ICALModule.Component[] {
  return parse(ics).getAllSubcomponents('vevent');
}

/** The UTC instant (ISO) ical.js computes for a date-time property, resolving TZID via the VTIMEZONE. */
function utcOf(event: ICALModule.Component, prop: string): string {
  const time = event.getFirstPropertyValue(prop) as ICALModule.Time;
  return new Date(time.toUnixTime() * 1000).toISOString();
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('geen: dubbele punt "of" aanhalingstekens')).toBe('geen: dubbele punt "of" aanhalingstekens');
  });

  it('drops control characters but keeps a tab', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });
});

describe('foldLine', () => {
  const unfold = (s: string) => s.replace(/\r\n /g, '');

  it('leaves a line of 75 octets alone and folds at 75 octets, continuation lines counting the space', () => {
    expect(foldLine('X:' + 'a'.repeat(73))).toBe('X:' + 'a'.repeat(73));
    const folded = foldLine('X:' + 'a'.repeat(200));
    const lines = folded.split('\r\n');
    // 202 characters: 75 on the first line, then a space + 74, then a space + the last 53.
    expect(lines.map((l) => l.length)).toEqual([75, 75, 54]);
    expect(lines[1].startsWith(' a')).toBe(true);
    expect(unfold(folded)).toBe('X:' + 'a'.repeat(200));
  });

  it('never splits a multi-byte character', () => {
    // é is 2 octets: "X:" + 36 é = 74 octets (a 37th would make 76), then " " + 37 é = 75, then " " + 27 é = 55.
    const two = foldLine('X:' + 'é'.repeat(100)).split('\r\n');
    expect(two.map((l) => Buffer.byteLength(l))).toEqual([74, 75, 55]);
    // 🙂 is 4 octets (a surrogate pair in JavaScript): "X:" + 18 = 74, " " + 18 = 73, " " + 4 = 17.
    const four = foldLine('X:' + '🙂'.repeat(40)).split('\r\n');
    expect(four.map((l) => Buffer.byteLength(l))).toEqual([74, 73, 17]);
    for (const l of [...two, ...four]) {
      expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
      expect(l).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])|\uFFFD/u);
    }
    expect(unfold(foldLine('X:' + '🙂'.repeat(40)))).toBe('X:' + '🙂'.repeat(40));
  });
});

describe('sessionToIcs', () => {
  const ics = sessionToIcs(SESSION, { now: NOW });

  it('uses CRLF everywhere and keeps every physical line within 75 octets', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = physicalLines(ics);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // The long description really was folded.
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(2);
  });

  it('writes the calendar header, the time zone and the times in Amsterdam wall-clock time', () => {
    const unfolded = physicalLines(ics.replace(/\r\n /g, ''));
    expect(unfolded.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(unfolded).toContain('DTSTART;TZID=Europe/Amsterdam:20261024T200000');
    expect(unfolded).toContain('DTEND;TZID=Europe/Amsterdam:20261025T220000');
    expect(unfolded).toContain('DTSTAMP:20260901T081530Z');
    expect(unfolded).toContain('UID:ses-42@kennislijn');
    expect(unfolded).toContain('SUMMARY:Themasessie: één casus\\, twee perspectieven\\; ‘betekenisvol’ samenwerken');
    expect(unfolded.join('\n')).toContain(AMSTERDAM_VTIMEZONE.join('\n'));
    expect(unfolded.some((l) => l.startsWith('X-WR-CALNAME'))).toBe(false);
    expect(unfolded[unfolded.length - 1]).toBe('END:VCALENDAR');
  });

  it('round-trips every field through ical.js', () => {
    const cal = parse(ics);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBe(ICS_PRODID);
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    const [event] = events(ics);
    expect(events(ics)).toHaveLength(1);
    expect(event.getFirstPropertyValue('uid')).toBe('ses-42@kennislijn');
    expect(event.getFirstPropertyValue('summary')).toBe(SESSION.title);
    // Line breaks come back as \n (CRLF in the input is one break).
    expect(event.getFirstPropertyValue('description')).toBe(DESCRIPTION.replace(/\r\n/g, '\n'));
    expect(DESCRIPTION).toHaveLength(200);
    expect(event.getFirstPropertyValue('location')).toBe(SESSION.location);
    expect(event.getFirstPropertyValue('url')).toBe(SESSION.url);
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.getFirstPropertyValue('sequence')).toBe(3);
    expect(utcOf(event, 'dtstamp')).toBe(NOW);
    expect(utcOf(event, 'last-modified')).toBe('2026-08-31T12:00:00.000Z');
  });

  it('gets the right UTC times across the DST change when ical.js resolves the TZID with our VTIMEZONE', () => {
    // Make sure ical.js cannot fall back on a built-in definition.
    expect(ICAL.TimezoneService.has('Europe/Amsterdam')).toBe(false);
    const [event] = events(ics);
    const start = event.getFirstPropertyValue('dtstart') as ICALModule.Time;
    expect(start.zone?.tzid).toBe('Europe/Amsterdam');
    expect(utcOf(event, 'dtstart')).toBe('2026-10-24T18:00:00.000Z');
    expect(utcOf(event, 'dtend')).toBe('2026-10-25T21:00:00.000Z');
    const ev = new ICAL.Event(event);
    expect(ev.duration.toSeconds()).toBe(27 * 3600);
  });

  it('gets the right UTC times across the change to summer time, and in plain winter and summer', () => {
    const cases: [string, string, string, string][] = [
      ['2026-03-28', '20:00', '2026-03-28T19:00:00.000Z', 'DTSTART;TZID=Europe/Amsterdam:20260328T200000'],
      ['2026-03-29', '03:00', '2026-03-29T01:00:00.000Z', 'DTSTART;TZID=Europe/Amsterdam:20260329T030000'],
      ['2026-01-15', '09:30', '2026-01-15T08:30:00.000Z', 'DTSTART;TZID=Europe/Amsterdam:20260115T093000'],
      ['2027-07-01', '14:00', '2027-07-01T12:00:00.000Z', 'DTSTART;TZID=Europe/Amsterdam:20270701T140000'],
    ];
    for (const [date, time, utc, line] of cases) {
      const startsAt = amsterdamToUtc(date, time);
      expect(startsAt).toBe(utc);
      const out = sessionToIcs({ ...SESSION, startsAt, endsAt: new Date(Date.parse(startsAt) + 90 * 60_000).toISOString() }, { now: NOW });
      expect(out.split('\r\n')).toContain(line);
      const [event] = events(out);
      expect(utcOf(event, 'dtstart')).toBe(utc);
      expect(new ICAL.Event(event).duration.toSeconds()).toBe(90 * 60);
    }
  });

  it('writes instants in the repeated hour of October in UTC, so no client can pick the wrong occurrence', () => {
    // ical.js reads a wall-clock 02:30 on 2026-10-25 as the second occurrence (01:30Z), whereas
    // RFC 5545 says the first (00:30Z): proof that the TZID form is not safe in that hour.
    const wallClock = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//NL', ...AMSTERDAM_VTIMEZONE,
      'BEGIN:VEVENT', 'UID:x', 'DTSTAMP:20260901T000000Z', 'DTSTART;TZID=Europe/Amsterdam:20261025T023000', 'END:VEVENT', 'END:VCALENDAR',
    ].join('\r\n');
    expect(utcOf(events(wallClock)[0], 'dtstart')).toBe('2026-10-25T01:30:00.000Z');

    const out = sessionToIcs({ ...SESSION, startsAt: '2026-10-25T00:30:00Z', endsAt: '2026-10-25T01:30:00Z' }, { now: NOW });
    const lines = out.split('\r\n');
    expect(lines).toContain('DTSTART:20261025T003000Z');
    expect(lines).toContain('DTEND:20261025T013000Z');
    const [event] = events(out);
    expect(utcOf(event, 'dtstart')).toBe('2026-10-25T00:30:00.000Z');
    expect(utcOf(event, 'dtend')).toBe('2026-10-25T01:30:00.000Z');
    // Just outside that hour the wall-clock form is used again.
    const edge = sessionToIcs({ ...SESSION, startsAt: '2026-10-24T23:59:00Z', endsAt: '2026-10-25T02:00:00Z' }, { now: NOW }).split('\r\n');
    expect(edge).toContain('DTSTART;TZID=Europe/Amsterdam:20261025T015900');
    expect(edge).toContain('DTEND;TZID=Europe/Amsterdam:20261025T030000');
  });

  it('marks a cancelled session and leaves out empty fields', () => {
    const out = sessionToIcs({ id: 'ses-7', title: 'Vervalt', startsAt: '2026-11-02T18:00:00Z', endsAt: '2026-11-02T19:00:00Z', cancelled: true, description: '  ', location: null }, { now: new Date(NOW) });
    const [event] = events(out);
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    expect(event.hasProperty('description')).toBe(false);
    expect(event.hasProperty('location')).toBe(false);
    expect(event.hasProperty('url')).toBe(false);
    expect(event.hasProperty('last-modified')).toBe(false);
    expect(utcOf(event, 'dtstart')).toBe('2026-11-02T18:00:00.000Z');
  });

  it('keeps text that looks like iCalendar inside its property', () => {
    const sneaky = 'Titel\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:other';
    const out = sessionToIcs({ ...SESSION, title: sneaky, id: 'a;b,c\nd' }, { now: NOW });
    const evs = events(out);
    expect(evs).toHaveLength(1);
    expect(evs[0].getFirstPropertyValue('summary')).toBe(sneaky.replace(/\r\n/g, '\n'));
    expect(evs[0].getFirstPropertyValue('uid')).toBe('a;b,c\nd@kennislijn');
  });

  it('refuses impossible sessions', () => {
    const now = { now: NOW };
    expect(() => sessionToIcs({ ...SESSION, endsAt: SESSION.startsAt }, now)).toThrow(RangeError);
    expect(() => sessionToIcs({ ...SESSION, startsAt: '2026-10-24T20:00:00' }, now)).toThrow(RangeError);
    expect(() => sessionToIcs({ ...SESSION, url: 'https://x.example/a\r\nATTACH:evil' }, now)).toThrow(RangeError);
    expect(() => sessionToIcs({ ...SESSION, sequence: -1 }, now)).toThrow(RangeError);
    expect(() => sessionToIcs({ ...SESSION, id: '' }, now)).toThrow(RangeError);
    expect(() => sessionToIcs(SESSION, { now: 'nu' })).toThrow(RangeError);
  });
});

describe('calendarToIcs', () => {
  const second: CalendarSession = {
    id: 'ses-43',
    title: 'Moreel beraad',
    startsAt: amsterdamToUtc('2026-11-12', '15:00'),
    endsAt: amsterdamToUtc('2026-11-12', '16:30'),
    cancelled: true,
    sequence: 1,
  };
  const name = 'SWAG, Nijmegen; themasessies – één agenda';
  const ics = calendarToIcs([SESSION, second], { name, now: NOW });

  // RFC 5545 3.8.8.2: an X- property is TEXT unless it says otherwise, so X-WR-CALNAME is escaped
  // like SUMMARY. ical.js does not know the property and would return it raw: teach it for these tests.
  const props = ICAL.design.icalendar.property as Record<string, unknown>;
  beforeAll(() => {
    props['x-wr-calname'] = { defaultType: 'text' };
  });
  afterAll(() => {
    delete props['x-wr-calname'];
  });

  it('names the feed and holds every session, cancelled ones included', () => {
    const cal = parse(ics);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(name);
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(cal.getAllSubcomponents('vtimezone')).toHaveLength(1);
    const evs = events(ics);
    expect(evs.map((e) => e.getFirstPropertyValue('uid'))).toEqual(['ses-42@kennislijn', 'ses-43@kennislijn']);
    expect(evs.map((e) => e.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(evs.map((e) => utcOf(e, 'dtstart'))).toEqual(['2026-10-24T18:00:00.000Z', '2026-11-12T14:00:00.000Z']);
    expect(evs.map((e) => utcOf(e, 'dtstamp'))).toEqual([NOW, NOW]);
  });

  it('keeps lines short and CRLF-terminated', () => {
    for (const line of physicalLines(ics)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives the same UID for the same session every time, so calendars update instead of duplicating', () => {
    const later = calendarToIcs([{ ...SESSION, sequence: 4, title: 'Nieuwe titel' }], { name, now: '2026-09-02T00:00:00Z' });
    const [event] = events(later);
    expect(event.getFirstPropertyValue('uid')).toBe('ses-42@kennislijn');
    expect(event.getFirstPropertyValue('sequence')).toBe(4);
  });

  it('makes a valid empty feed', () => {
    const empty = calendarToIcs([], { name: 'Leeg', now: NOW });
    const cal = parse(empty);
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Leeg');
  });
});
