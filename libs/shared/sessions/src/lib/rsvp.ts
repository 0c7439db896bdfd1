// Who comes to a themed session (aanmelden) and the waiting list (wachtlijst). Pure functions: the
// API loads the RSVPs, applies one change and stores the result in one transaction; the web app
// uses the same functions to show what will happen.
//
// Rules:
// - GOING takes a seat; MAYBE, NOT_GOING and WAITLIST do not.
// - capacity null means unlimited; 0 means everyone who wants to come waits.
// - Asking GOING when no seat is free puts you on the waiting list (WAITLIST).
// - Seats go first come, first served by the time people asked (`at`): whenever a seat is free,
//   the waiting person who asked earliest gets it (is promoted).
// - Lowering the capacity never removes people who are GOING; promotions just wait until the
//   number of people GOING is below the capacity again.
// - Asking the same thing again changes nothing and keeps your place (and your `at`).

export const RSVP_STATUSES = ['GOING', 'MAYBE', 'NOT_GOING', 'WAITLIST'] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];

/** What a member can ask for. WAITLIST is never asked for: it is what GOING becomes when full. */
export const RSVP_CHOICES = ['GOING', 'MAYBE', 'NOT_GOING'] as const;
export type RsvpChoice = (typeof RSVP_CHOICES)[number];

export const RSVP_STATUS_LABELS: Record<RsvpStatus, { nl: string; en: string }> = {
  GOING: { nl: 'Ik kom', en: 'Going' },
  MAYBE: { nl: 'Misschien', en: 'Maybe' },
  NOT_GOING: { nl: 'Ik kom niet', en: 'Not going' },
  WAITLIST: { nl: 'Op de wachtlijst', en: 'On the waiting list' },
};

export interface Rsvp {
  userId: string;
  status: RsvpStatus;
  /** When the member asked for this status (ISO 8601 with zone). Orders the waiting list. */
  at: string;
}

export interface RsvpState {
  /** Seats; null = unlimited. */
  capacity: number | null;
  /** One entry per member, in the order they asked. */
  rsvps: readonly Rsvp[];
}

export interface RsvpResult {
  /** The new list, ordered by `at` (ties keep their previous order). */
  rsvps: Rsvp[];
  /** Members moved from WAITLIST to GOING by this change, in the order they got their seat. */
  promoted: string[];
  /** The acting member's status afterwards (for setCapacity: absent). */
  status?: RsvpStatus;
  /** False when nothing changed at all (same answer again). */
  changed: boolean;
}

function checkCapacity(capacity: number | null): void {
  if (capacity !== null && (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0)) {
    throw new RangeError(`capacity must be null or a whole number ≥ 0, got ${String(capacity)}`);
  }
}

function timeOf(at: string): number {
  const ms = typeof at === 'string' && /(Z|[+-]\d{2}:?\d{2})$/i.test(at.trim()) ? Date.parse(at) : NaN;
  if (!Number.isFinite(ms)) throw new RangeError(`not an ISO 8601 instant with a zone: ${String(at)}`);
  return ms;
}

function checkList(rsvps: readonly Rsvp[]): void {
  const seen = new Set<string>();
  for (const r of rsvps) {
    if (seen.has(r.userId)) throw new Error(`duplicate RSVP for user ${r.userId}`);
    seen.add(r.userId);
    if (!(RSVP_STATUSES as readonly string[]).includes(r.status)) throw new RangeError(`unknown RSVP status ${String(r.status)}`);
    timeOf(r.at);
  }
}

/** Sorted by `at`, stable for ties (Array.prototype.sort is stable). */
function byTime(rsvps: Rsvp[]): Rsvp[] {
  return rsvps
    .map((r, i) => ({ r, i, t: timeOf(r.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.r);
}

/** Gives free seats to waiting members, earliest `at` first. Mutates the (sorted) list; returns who moved up. */
function fillSeats(rsvps: Rsvp[], capacity: number | null): string[] {
  const promoted: string[] = [];
  let going = rsvps.filter((r) => r.status === 'GOING').length;
  for (let i = 0; i < rsvps.length; i++) {
    if (capacity !== null && going >= capacity) break;
    if (rsvps[i].status === 'WAITLIST') {
      rsvps[i] = { ...rsvps[i], status: 'GOING' };
      promoted.push(rsvps[i].userId);
      going++;
    }
  }
  return promoted;
}

function sameList(a: readonly Rsvp[], b: readonly Rsvp[]): boolean {
  return a.length === b.length && a.every((r, i) => r.userId === b[i].userId && r.status === b[i].status && r.at === b[i].at);
}

/**
 * One member answers (`wanted`) at time `at`. Returns the new list, who was promoted from the waiting
 * list as a consequence, and the member's own status. The input is not changed.
 *
 * - GOING from GOING or WAITLIST keeps the member's place and `at`; from anything else it is a new
 *   request at `at`: a seat when one is free and nobody who asked earlier is waiting, else WAITLIST.
 * - MAYBE and NOT_GOING free the member's seat (if any), which goes to the first waiting member.
 * - Promoted members keep their own `at` (the time they asked), so the list order stays meaningful.
 */
export function applyRsvp(state: RsvpState, userId: string, wanted: RsvpChoice, at: string): RsvpResult {
  checkCapacity(state.capacity);
  checkList(state.rsvps);
  if (typeof userId !== 'string' || userId === '') throw new RangeError('userId is required');
  if (!(RSVP_CHOICES as readonly string[]).includes(wanted)) throw new RangeError(`cannot ask for RSVP status ${String(wanted)}`);
  timeOf(at);

  const before = byTime([...state.rsvps]);
  const previous = before.find((r) => r.userId === userId);
  const keepsPlace = previous !== undefined && (previous.status === wanted || (wanted === 'GOING' && previous.status === 'WAITLIST'));

  let list: Rsvp[];
  if (keepsPlace) {
    list = [...before];
  } else {
    // A new request: asking GOING always queues first; fillSeats then seats in order of `at`.
    const entry: Rsvp = { userId, status: wanted === 'GOING' ? 'WAITLIST' : wanted, at };
    list = byTime([...before.filter((r) => r.userId !== userId), entry]);
  }
  const wasWaiting = new Set(before.filter((r) => r.status === 'WAITLIST').map((r) => r.userId));
  const moved = fillSeats(list, state.capacity);
  // The acting member going straight to a seat was not on the waiting list: not a promotion.
  const promoted = moved.filter((id) => wasWaiting.has(id));
  const status = list.find((r) => r.userId === userId)?.status;
  return { rsvps: list, promoted, status, changed: !sameList(state.rsvps, list) };
}

/**
 * The moderator changes the capacity. Raising it promotes waiting members (earliest first); lowering
 * it keeps everybody who is GOING.
 */
export function setCapacity(state: RsvpState, capacity: number | null): RsvpResult {
  checkCapacity(capacity);
  checkList(state.rsvps);
  const list = byTime([...state.rsvps]);
  const promoted = fillSeats(list, capacity);
  return { rsvps: list, promoted, changed: !sameList(state.rsvps, list) };
}

export interface RsvpSummary {
  going: number;
  maybe: number;
  notGoing: number;
  waitlist: number;
  /** Free seats (0 when overbooked after lowering the capacity); null when unlimited. */
  seatsLeft: number | null;
  /** True when a new GOING would land on the waiting list. */
  full: boolean;
}

/** Counts for the session card. */
export function rsvpSummary(state: RsvpState): RsvpSummary {
  checkCapacity(state.capacity);
  const count = (s: RsvpStatus) => state.rsvps.filter((r) => r.status === s).length;
  const going = count('GOING');
  const waitlist = count('WAITLIST');
  const seatsLeft = state.capacity === null ? null : Math.max(0, state.capacity - going);
  return {
    going,
    maybe: count('MAYBE'),
    notGoing: count('NOT_GOING'),
    waitlist,
    seatsLeft,
    full: seatsLeft !== null && (seatsLeft === 0 || waitlist > 0),
  };
}

/** A member's place on the waiting list (1 = next to get a seat), or null when not waiting. */
export function waitlistPosition(state: RsvpState, userId: string): number | null {
  const waiting = byTime(state.rsvps.filter((r) => r.status === 'WAITLIST'));
  const i = waiting.findIndex((r) => r.userId === userId);
  return i === -1 ? null : i + 1;
}
