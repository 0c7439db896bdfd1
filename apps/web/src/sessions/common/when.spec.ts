import { amsterdamDate, differsFromAmsterdam, durationMinutes, formatSpan, formatTime } from './when';

describe('when a session is', () => {
  it('says the day and both times with the zone', () => {
    expect(formatSpan('2026-11-10T18:30:00.000Z', '2026-11-10T20:00:00.000Z', 'Europe/Amsterdam')).toBe('dinsdag 10 november 2026, 19:30 – 21:00 CET');
  });

  it('names both days for a session past midnight', () => {
    expect(formatSpan('2026-11-10T22:30:00.000Z', '2026-11-11T00:30:00.000Z', 'Europe/Amsterdam')).toBe(
      'dinsdag 10 november 2026 23:30 – woensdag 11 november 2026 01:30 CET',
    );
  });

  it('knows when the viewer’s clock differs from the Dutch one', () => {
    expect(differsFromAmsterdam('2026-11-10T18:30:00.000Z', 'Europe/Amsterdam')).toBe(false);
    expect(differsFromAmsterdam('2026-11-10T18:30:00.000Z', 'Europe/Brussels')).toBe(false);
    expect(differsFromAmsterdam('2026-11-10T18:30:00.000Z', 'Europe/London')).toBe(true);
  });

  it('gives short times, file dates and durations', () => {
    expect(formatTime('2026-07-01T17:05:00.000Z', 'Europe/Amsterdam')).toBe('19:05');
    expect(amsterdamDate('2026-11-10T23:30:00.000Z')).toBe('2026-11-11');
    // The night the clocks go back: 01:30 to 03:30 Dutch time is three real hours.
    expect(durationMinutes('2026-10-24T23:30:00.000Z', '2026-10-25T02:30:00.000Z')).toBe(180);
  });
});
