import { EmailFrequency } from './notification-preference.entity';
import { amsterdamTime, digestPeriodStart } from './digest-schedule';

const at = (iso: string) => new Date(iso);

describe('digest schedule (Europe/Amsterdam, 07:00)', () => {
  it('converts Amsterdam clock time to UTC in winter and summer', () => {
    expect(amsterdamTime(2026, 1, 15, 7).toISOString()).toBe('2026-01-15T06:00:00.000Z');
    expect(amsterdamTime(2026, 7, 15, 7).toISOString()).toBe('2026-07-15T05:00:00.000Z');
    // The days the clocks change (29 March and 25 October 2026).
    expect(amsterdamTime(2026, 3, 29, 7).toISOString()).toBe('2026-03-29T05:00:00.000Z');
    expect(amsterdamTime(2026, 10, 25, 7).toISOString()).toBe('2026-10-25T06:00:00.000Z');
  });

  it('daily: the latest 07:00 local time', () => {
    expect(digestPeriodStart(EmailFrequency.DAILY, at('2026-01-15T05:59:59Z')).toISOString()).toBe('2026-01-14T06:00:00.000Z');
    expect(digestPeriodStart(EmailFrequency.DAILY, at('2026-01-15T06:00:00Z')).toISOString()).toBe('2026-01-15T06:00:00.000Z');
    expect(digestPeriodStart(EmailFrequency.DAILY, at('2026-01-15T22:30:00Z')).toISOString()).toBe('2026-01-15T06:00:00.000Z');
    // 00:30 local time on the 16th (still the 15th in UTC) belongs to the 15th's digest.
    expect(digestPeriodStart(EmailFrequency.DAILY, at('2026-01-15T23:30:00Z')).toISOString()).toBe('2026-01-15T06:00:00.000Z');
    // Across the autumn change: 06:59 CET on Sunday 25 October belongs to Saturday's 07:00 CEST.
    expect(digestPeriodStart(EmailFrequency.DAILY, at('2026-10-25T05:59:00Z')).toISOString()).toBe('2026-10-24T05:00:00.000Z');
    expect(digestPeriodStart(EmailFrequency.DAILY, at('2026-10-25T06:00:00Z')).toISOString()).toBe('2026-10-25T06:00:00.000Z');
  });

  it('weekly: the latest Monday 07:00 local time, across the spring change', () => {
    // Monday 30 March 2026, the day after summer time began: 07:00 CEST is 05:00 UTC.
    expect(digestPeriodStart(EmailFrequency.WEEKLY, at('2026-03-30T04:59:59Z')).toISOString()).toBe('2026-03-23T06:00:00.000Z');
    expect(digestPeriodStart(EmailFrequency.WEEKLY, at('2026-03-30T05:00:00Z')).toISOString()).toBe('2026-03-30T05:00:00.000Z');
    // Sunday 23:59 local time still belongs to the previous Monday.
    expect(digestPeriodStart(EmailFrequency.WEEKLY, at('2026-04-05T21:59:00Z')).toISOString()).toBe('2026-03-30T05:00:00.000Z');
    // So does Monday 00:30 local time (Sunday 22:30 UTC): the new week starts at 07:00.
    expect(digestPeriodStart(EmailFrequency.WEEKLY, at('2026-04-05T22:30:00Z')).toISOString()).toBe('2026-03-30T05:00:00.000Z');
    expect(digestPeriodStart(EmailFrequency.WEEKLY, at('2026-04-06T05:00:00Z')).toISOString()).toBe('2026-04-06T05:00:00.000Z');
    // Wednesday in winter.
    expect(digestPeriodStart(EmailFrequency.WEEKLY, at('2026-01-14T12:00:00Z')).toISOString()).toBe('2026-01-12T06:00:00.000Z');
  });
});
