import { announcement, formatClock, sameAnnouncement, secondsLeft } from './countdown';

describe('step countdown', () => {
  const start = '2026-11-10T19:00:00.000Z';
  const at = (iso: string) => Date.parse(iso);

  it('counts down from the step’s start plus its minutes', () => {
    expect(secondsLeft(start, 5, at('2026-11-10T19:00:00.000Z'))).toBe(300);
    expect(secondsLeft(start, 5, at('2026-11-10T19:01:54.500Z'))).toBe(186);
    expect(secondsLeft(start, 5, at('2026-11-10T19:05:00.000Z'))).toBe(0);
    expect(secondsLeft(start, 5, at('2026-11-10T19:06:30.000Z'))).toBe(-90);
    expect(secondsLeft(null, 5, 0)).toBeNull();
    expect(secondsLeft('geen tijd', 5, 0)).toBeNull();
  });

  it('shows minutes and seconds, never below zero', () => {
    expect(formatClock(300)).toBe('5:00');
    expect(formatClock(245)).toBe('4:05');
    expect(formatClock(9)).toBe('0:09');
    expect(formatClock(3600)).toBe('60:00');
    expect(formatClock(-30)).toBe('0:00');
  });

  it('tells screen readers whole minutes, the last minute, and time up', () => {
    expect(announcement(300)).toEqual({ kind: 'minutes', count: 5 });
    expect(announcement(241)).toEqual({ kind: 'minutes', count: 5 });
    expect(announcement(240)).toEqual({ kind: 'minutes', count: 4 });
    expect(announcement(61)).toEqual({ kind: 'minutes', count: 2 });
    expect(announcement(60)).toEqual({ kind: 'lastMinute' });
    expect(announcement(1)).toEqual({ kind: 'lastMinute' });
    expect(announcement(0)).toEqual({ kind: 'over' });
    expect(announcement(-100)).toEqual({ kind: 'over' });
  });

  it('changes the announcement only when the minute changes', () => {
    expect(sameAnnouncement(announcement(299), announcement(241))).toBe(true);
    expect(sameAnnouncement(announcement(241), announcement(240))).toBe(false);
    expect(sameAnnouncement(announcement(30), announcement(10))).toBe(true);
    expect(sameAnnouncement(announcement(0), announcement(-5))).toBe(true);
    expect(sameAnnouncement(announcement(5), announcement(0))).toBe(false);
  });
});
