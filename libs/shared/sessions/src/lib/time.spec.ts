import {
  AMSTERDAM,
  LocalTimeError,
  TIME_MESSAGES,
  amsterdamToUtc,
  formatInZone,
  isAmbiguousLocalTime,
  isNonexistentLocalTime,
  isValidTimeZone,
  minutesBetween,
  utcToAmsterdam,
  utcToZoned,
  zoneOffsetMinutes,
  zonedToUtc,
} from './time';

/** The error thrown by fn (fails the test when nothing is thrown). */
function thrown(fn: () => unknown): LocalTimeError {
  try {
    fn();
  } catch (e) {
    return e as LocalTimeError;
  }
  throw new Error('expected an error');
}

describe('amsterdamToUtc', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(amsterdamToUtc('2026-01-15', '10:00')).toBe('2026-01-15T09:00:00.000Z');
    expect(amsterdamToUtc('2026-07-01', '10:00')).toBe('2026-07-01T08:00:00.000Z');
    expect(amsterdamToUtc('2026-12-31', '23:30')).toBe('2026-12-31T22:30:00.000Z');
    expect(amsterdamToUtc('2026-01-01', '00:30')).toBe('2025-12-31T23:30:00.000Z');
  });

  it('plans a session from 2026-10-24 20:00 to 2026-10-25 22:00 across the change to winter time', () => {
    const start = amsterdamToUtc('2026-10-24', '20:00');
    const end = amsterdamToUtc('2026-10-25', '22:00');
    expect(start).toBe('2026-10-24T18:00:00.000Z'); // still CEST (+2)
    expect(end).toBe('2026-10-25T21:00:00.000Z'); // CET (+1)
    // 26 hours on the wall clock, 27 real hours: the night had an extra hour.
    expect(minutesBetween(start, end)).toBe(27 * 60);
  });

  it('counts one hour less across the change to summer time', () => {
    const start = amsterdamToUtc('2026-03-28', '20:00');
    const end = amsterdamToUtc('2026-03-29', '20:00');
    expect(start).toBe('2026-03-28T19:00:00.000Z');
    expect(end).toBe('2026-03-29T18:00:00.000Z');
    expect(minutesBetween(start, end)).toBe(23 * 60);
  });

  it('handles the minutes around 2026-03-29 02:00, when the clocks jump to 03:00', () => {
    expect(amsterdamToUtc('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(amsterdamToUtc('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(amsterdamToUtc('2026-03-29', '03:01')).toBe('2026-03-29T01:01:00.000Z');
  });

  it('rejects the non-existent 02:00-02:59 on 2026-03-29 with a clear error in both languages', () => {
    for (const time of ['02:00', '02:30', '02:59']) {
      expect(() => amsterdamToUtc('2026-03-29', time)).toThrow(LocalTimeError);
      expect(isNonexistentLocalTime('2026-03-29', time)).toBe(true);
    }
    const e = thrown(() => amsterdamToUtc('2026-03-29', '02:30'));
    expect(e.key).toBe('time.nonexistent');
    expect(e.params).toEqual({ date: '2026-03-29', time: '02:30', zone: 'Europe/Amsterdam' });
    expect(e.nl).toBe('Op 2026-03-29 bestaat 02:30 niet in Europe/Amsterdam: de klok gaat dan een uur vooruit (zomertijd). Kies een andere tijd.');
    expect(e.message).toBe('On 2026-03-29, 02:30 does not exist in Europe/Amsterdam: the clocks go forward an hour (summer time). Choose another time.');
    expect(e.en).toBe(e.message);
    // The same wall time a day earlier or later is fine.
    expect(amsterdamToUtc('2026-03-28', '02:30')).toBe('2026-03-28T01:30:00.000Z');
    expect(amsterdamToUtc('2026-03-30', '02:30')).toBe('2026-03-30T00:30:00.000Z');
  });

  it('picks the first (summer time) occurrence of the repeated hour on 2026-10-25', () => {
    // 02:00-02:59 happens twice: first at +02:00 (00:xxZ), then at +01:00 (01:xxZ).
    expect(amsterdamToUtc('2026-10-25', '02:00')).toBe('2026-10-25T00:00:00.000Z');
    expect(amsterdamToUtc('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(amsterdamToUtc('2026-10-25', '02:59')).toBe('2026-10-25T00:59:00.000Z');
    expect(isAmbiguousLocalTime('2026-10-25', '02:30')).toBe(true);
    // Just outside the repeated hour.
    expect(amsterdamToUtc('2026-10-25', '01:59')).toBe('2026-10-24T23:59:00.000Z');
    expect(amsterdamToUtc('2026-10-25', '03:00')).toBe('2026-10-25T02:00:00.000Z');
    expect(isAmbiguousLocalTime('2026-10-25', '01:59')).toBe(false);
    expect(isAmbiguousLocalTime('2026-10-25', '03:00')).toBe(false);
    expect(isNonexistentLocalTime('2026-10-25', '02:30')).toBe(false);
  });

  it('rejects malformed or impossible dates and times', () => {
    expect(thrown(() => amsterdamToUtc('2026-02-29', '10:00')).key).toBe('time.invalidDate'); // 2026 is no leap year
    expect(amsterdamToUtc('2028-02-29', '10:00')).toBe('2028-02-29T09:00:00.000Z');
    expect(thrown(() => amsterdamToUtc('2026-13-01', '10:00')).key).toBe('time.invalidDate');
    expect(thrown(() => amsterdamToUtc('2026-04-31', '10:00')).key).toBe('time.invalidDate');
    expect(thrown(() => amsterdamToUtc('2026-4-1', '10:00')).key).toBe('time.invalidDate');
    expect(thrown(() => amsterdamToUtc('24-10-2026', '10:00')).key).toBe('time.invalidDate');
    expect(thrown(() => amsterdamToUtc('2026-10-24', '24:00')).key).toBe('time.invalidTime');
    expect(thrown(() => amsterdamToUtc('2026-10-24', '20:60')).key).toBe('time.invalidTime');
    expect(thrown(() => amsterdamToUtc('2026-10-24', '8:00')).key).toBe('time.invalidTime');
    expect(thrown(() => amsterdamToUtc('2026-10-24', '20:00:00')).key).toBe('time.invalidTime');
    expect(amsterdamToUtc('2026-10-24', '23:59')).toBe('2026-10-24T21:59:00.000Z');
    expect(amsterdamToUtc('2026-10-24', '00:00')).toBe('2026-10-23T22:00:00.000Z');
  });

  it('works for other zones too', () => {
    expect(zonedToUtc('2026-10-24', '20:00', 'America/New_York')).toBe('2026-10-25T00:00:00.000Z');
    expect(zonedToUtc('2026-10-24', '20:00', 'UTC')).toBe('2026-10-24T20:00:00.000Z');
    expect(zonedToUtc('2026-10-24', '20:00', 'Asia/Kolkata')).toBe('2026-10-24T14:30:00.000Z');
  });
});

describe('utcToAmsterdam', () => {
  it('gives the Dutch wall-clock date and time', () => {
    expect(utcToAmsterdam('2026-10-24T18:00:00.000Z')).toEqual({ date: '2026-10-24', time: '20:00' });
    expect(utcToAmsterdam('2026-10-25T21:00:00Z')).toEqual({ date: '2026-10-25', time: '22:00' });
    expect(utcToAmsterdam('2026-10-24T22:00:00Z')).toEqual({ date: '2026-10-25', time: '00:00' });
    expect(utcToAmsterdam('2026-12-31T23:30:00Z')).toEqual({ date: '2027-01-01', time: '00:30' });
    expect(utcToAmsterdam(new Date('2026-07-01T08:00:59.999Z'))).toEqual({ date: '2026-07-01', time: '10:00' });
    expect(utcToAmsterdam('2026-10-24T20:00:00+02:00')).toEqual({ date: '2026-10-24', time: '20:00' });
  });

  it('shows both occurrences of the repeated hour as 02:30', () => {
    expect(utcToAmsterdam('2026-10-25T00:30:00Z')).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(utcToAmsterdam('2026-10-25T01:30:00Z')).toEqual({ date: '2026-10-25', time: '02:30' });
  });

  it('jumps from 01:59 to 03:00 in March', () => {
    expect(utcToAmsterdam('2026-03-29T00:59:00Z')).toEqual({ date: '2026-03-29', time: '01:59' });
    expect(utcToAmsterdam('2026-03-29T01:00:00Z')).toEqual({ date: '2026-03-29', time: '03:00' });
  });

  it('round-trips every quarter of an hour on both change days', () => {
    for (const date of ['2026-03-29', '2026-10-25']) {
      for (let m = 0; m < 24 * 60; m += 15) {
        const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        if (isNonexistentLocalTime(date, time)) {
          expect(date === '2026-03-29' && time.startsWith('02:')).toBe(true);
          continue;
        }
        expect(utcToAmsterdam(amsterdamToUtc(date, time))).toEqual({ date, time });
      }
    }
  });

  it('refuses a date-time without a zone (it would be read in the machine zone) and garbage', () => {
    expect(thrown(() => utcToAmsterdam('2026-10-24T20:00:00')).key).toBe('time.invalidInstant');
    expect(thrown(() => utcToAmsterdam('gisteren')).key).toBe('time.invalidInstant');
    expect(thrown(() => utcToAmsterdam(new Date(NaN))).key).toBe('time.invalidInstant');
  });

  it('converts to other zones', () => {
    expect(utcToZoned('2026-10-24T18:00:00Z', 'Asia/Tokyo')).toEqual({ date: '2026-10-25', time: '03:00' });
    expect(utcToZoned('2026-10-24T18:00:00Z', 'America/New_York')).toEqual({ date: '2026-10-24', time: '14:00' });
  });
});

describe('zoneOffsetMinutes and minutesBetween', () => {
  it('knows the offset on both sides of each change', () => {
    expect(zoneOffsetMinutes('2026-03-29T00:59:59Z')).toBe(60);
    expect(zoneOffsetMinutes('2026-03-29T01:00:00Z')).toBe(120);
    expect(zoneOffsetMinutes('2026-10-25T00:59:59Z')).toBe(120);
    expect(zoneOffsetMinutes('2026-10-25T01:00:00Z')).toBe(60);
    expect(zoneOffsetMinutes('2026-10-25T01:00:00Z', 'America/New_York')).toBe(-240);
  });

  it('measures real time, also for a negative span', () => {
    expect(minutesBetween('2026-10-25T00:00:00Z', '2026-10-25T02:00:00Z')).toBe(120);
    // 00:00 to 04:00 on the wall clock on 2026-10-25 is five real hours.
    expect(minutesBetween(amsterdamToUtc('2026-10-25', '00:00'), amsterdamToUtc('2026-10-25', '04:00'))).toBe(300);
    expect(minutesBetween('2026-10-25T02:00:00Z', '2026-10-25T00:00:00Z')).toBe(-120);
  });
});

describe('formatInZone', () => {
  const start = '2026-10-24T18:00:00.000Z';

  it('shows a Dutch viewer in Amsterdam the planned time with the zone name', () => {
    const text = formatInZone(start, AMSTERDAM, 'nl-NL');
    expect(text).toContain('zaterdag');
    expect(text).toContain('24 oktober 2026');
    expect(text).toContain('20:00');
    expect(text).toContain('CEST');
    const after = formatInZone('2026-10-25T21:00:00Z', AMSTERDAM, 'nl-NL');
    expect(after).toContain('zondag');
    expect(after).toContain('22:00');
    expect(after).toMatch(/\bCET\b/);
  });

  it('defaults to Dutch', () => {
    expect(formatInZone(start, AMSTERDAM)).toBe(formatInZone(start, AMSTERDAM, 'nl-NL'));
  });

  it("shows other viewers the same instant in their own zone and language", () => {
    const ny = formatInZone(start, 'America/New_York', 'en-US');
    expect(ny).toContain('Saturday');
    expect(ny).toContain('October 24, 2026');
    expect(ny).toContain('2:00');
    expect(ny).toContain('PM');
    expect(ny).toContain('EDT');
    const tokyo = formatInZone(start, 'Asia/Tokyo', 'en-GB');
    expect(tokyo).toContain('Sunday');
    expect(tokyo).toContain('25 October 2026');
    expect(tokyo).toContain('03:00');
  });

  it('throws for an unknown zone, which isValidTimeZone detects beforehand', () => {
    expect(() => formatInZone(start, 'Europe/Atlantis', 'nl-NL')).toThrow(RangeError);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
  });
});

describe('TIME_MESSAGES', () => {
  it('has Dutch and English for every key', () => {
    for (const texts of Object.values(TIME_MESSAGES)) {
      expect(texts.nl.length).toBeGreaterThan(0);
      expect(texts.en.length).toBeGreaterThan(0);
    }
  });
});
