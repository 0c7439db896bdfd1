// The live room's timer: how long the current step still has, for the eye (every second) and for
// screen readers (only when the whole minutes change, so they are not flooded). Pure: see countdown.spec.ts.

/** Seconds left in a step that started at `stepStartedAt` and lasts `minutes`; negative when over time. */
export function secondsLeft(stepStartedAt: string | null, minutes: number, now: number): number | null {
  if (!stepStartedAt) return null;
  const start = Date.parse(stepStartedAt);
  if (!Number.isFinite(start)) return null;
  return Math.ceil((start + minutes * 60_000 - now) / 1000);
}

/** "4:05" for 245 seconds; "0:00" from the end on (the caller says "tijd om"). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, seconds);
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

export type Announcement = { kind: 'over' } | { kind: 'minutes'; count: number } | { kind: 'lastMinute' };

/**
 * What a screen reader hears: whole minutes left (rounded up, so "4 minuten" from 4:00 down to 3:01),
 * "less than a minute" in the last minute, then "time is up". Equal announcements are not repeated.
 */
export function announcement(seconds: number): Announcement {
  if (seconds <= 0) return { kind: 'over' };
  if (seconds <= 60) return { kind: 'lastMinute' };
  return { kind: 'minutes', count: Math.ceil(seconds / 60) };
}

export function sameAnnouncement(a: Announcement, b: Announcement): boolean {
  return a.kind === b.kind && (a.kind !== 'minutes' || (b.kind === 'minutes' && a.count === b.count));
}
