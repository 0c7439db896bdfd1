import { RSVP_STATUS_LABELS, applyRsvp, rsvpSummary, setCapacity, waitlistPosition } from './rsvp';
import type { Rsvp, RsvpChoice, RsvpState } from './rsvp';

/** The n-th minute after 10:00 on 2026-10-01 (UTC), as the time someone asked. */
const t = (n: number) => `2026-10-01T10:${String(n).padStart(2, '0')}:00.000Z`;

/** Compact view of a list: "user:STATUS". */
const view = (rsvps: readonly Rsvp[]) => rsvps.map((r) => `${r.userId}:${r.status}`);

/** Applies answers one after another (minute 1, 2, 3, ...) and returns the final state and every result. */
function play(capacity: number | null, answers: [string, RsvpChoice][], rsvps: Rsvp[] = []) {
  let state: RsvpState = { capacity, rsvps };
  const results = answers.map(([user, wanted], i) => {
    const r = applyRsvp(state, user, wanted, t(i + 1));
    state = { capacity, rsvps: r.rsvps };
    return r;
  });
  return { state, results };
}

describe('applyRsvp', () => {
  it('seats people until full, then queues them; a freed seat goes to the first in the queue', () => {
    const { state, results } = play(2, [
      ['ann', 'GOING'],
      ['bas', 'GOING'],
      ['cor', 'GOING'],
      ['dewi', 'GOING'],
      ['ann', 'NOT_GOING'],
    ]);
    expect(results.map((r) => r.status)).toEqual(['GOING', 'GOING', 'WAITLIST', 'WAITLIST', 'NOT_GOING']);
    expect(results.map((r) => r.promoted)).toEqual([[], [], [], [], ['cor']]);
    expect(view(state.rsvps)).toEqual(['bas:GOING', 'cor:GOING', 'dewi:WAITLIST', 'ann:NOT_GOING']);
    // Cor keeps the time she asked; Ann's answer is new.
    expect(state.rsvps.map((r) => r.at)).toEqual([t(2), t(3), t(4), t(5)]);
  });

  it('does not give MAYBE a seat', () => {
    const { state, results } = play(1, [
      ['ann', 'MAYBE'],
      ['bas', 'MAYBE'],
      ['cor', 'GOING'],
      ['dewi', 'GOING'],
    ]);
    expect(results.map((r) => r.status)).toEqual(['MAYBE', 'MAYBE', 'GOING', 'WAITLIST']);
    expect(rsvpSummary(state)).toEqual({ going: 1, maybe: 2, notGoing: 0, waitlist: 1, seatsLeft: 0, full: true });
  });

  it('frees the seat of someone who changes GOING into MAYBE', () => {
    const { state, results } = play(1, [
      ['ann', 'GOING'],
      ['bas', 'GOING'],
      ['cor', 'GOING'],
      ['ann', 'MAYBE'],
    ]);
    expect(results[3]).toMatchObject({ status: 'MAYBE', promoted: ['bas'], changed: true });
    expect(view(state.rsvps)).toEqual(['bas:GOING', 'cor:WAITLIST', 'ann:MAYBE']);
    // Changing her mind again puts Ann at the back of the queue.
    const back = applyRsvp(state, 'ann', 'GOING', t(9));
    expect(back.status).toBe('WAITLIST');
    expect(view(back.rsvps)).toEqual(['bas:GOING', 'cor:WAITLIST', 'ann:WAITLIST']);
    expect(waitlistPosition({ capacity: 1, rsvps: back.rsvps }, 'ann')).toBe(2);
  });

  it('promotes first come, first served by the time people asked, not by list position', () => {
    const state: RsvpState = {
      capacity: 1,
      rsvps: [
        { userId: 'ann', status: 'GOING', at: t(1) },
        { userId: 'dewi', status: 'WAITLIST', at: t(4) },
        { userId: 'cor', status: 'WAITLIST', at: t(3) },
        { userId: 'bas', status: 'WAITLIST', at: '2026-10-01T12:02:00+02:00' }, // = 10:02Z, earliest in the queue
      ],
    };
    expect(waitlistPosition(state, 'bas')).toBe(1);
    expect(waitlistPosition(state, 'cor')).toBe(2);
    expect(waitlistPosition(state, 'dewi')).toBe(3);
    expect(waitlistPosition(state, 'ann')).toBeNull();
    const r = applyRsvp(state, 'ann', 'NOT_GOING', t(10));
    expect(r.promoted).toEqual(['bas']);
    expect(view(r.rsvps)).toEqual(['bas:GOING', 'cor:WAITLIST', 'dewi:WAITLIST', 'ann:NOT_GOING']);
  });

  it('keeps a waiting member’s place when they ask again', () => {
    const { state } = play(1, [
      ['ann', 'GOING'],
      ['bas', 'GOING'],
      ['cor', 'GOING'],
    ]);
    const again = applyRsvp(state, 'bas', 'GOING', t(30));
    expect(again).toEqual({ rsvps: state.rsvps, promoted: [], status: 'WAITLIST', changed: false });
    expect(again.rsvps.find((r) => r.userId === 'bas')?.at).toBe(t(2));
    const sameGoing = applyRsvp(state, 'ann', 'GOING', t(31));
    expect(sameGoing.changed).toBe(false);
    expect(sameGoing.rsvps.find((r) => r.userId === 'ann')?.at).toBe(t(1));
  });

  it('lets someone leave the waiting list; coming back means the back of the queue', () => {
    const { state, results } = play(1, [
      ['ann', 'GOING'],
      ['bas', 'GOING'],
      ['cor', 'GOING'],
      ['bas', 'NOT_GOING'],
      ['bas', 'GOING'],
      ['ann', 'NOT_GOING'],
    ]);
    expect(results.map((r) => r.status)).toEqual(['GOING', 'WAITLIST', 'WAITLIST', 'NOT_GOING', 'WAITLIST', 'NOT_GOING']);
    expect(results[3].promoted).toEqual([]);
    expect(results[5].promoted).toEqual(['cor']);
    expect(view(state.rsvps)).toEqual(['cor:GOING', 'bas:WAITLIST', 'ann:NOT_GOING']);
  });

  it('lets everyone in when the capacity is unlimited (null)', () => {
    const answers: [string, RsvpChoice][] = Array.from({ length: 50 }, (_, i) => [`u${i}`, 'GOING']);
    const { state, results } = play(null, answers);
    expect(results.every((r) => r.status === 'GOING' && r.promoted.length === 0)).toBe(true);
    expect(rsvpSummary(state)).toEqual({ going: 50, maybe: 0, notGoing: 0, waitlist: 0, seatsLeft: null, full: false });
  });

  it('puts everyone on the waiting list when the capacity is 0', () => {
    const { state } = play(0, [
      ['ann', 'GOING'],
      ['bas', 'MAYBE'],
    ]);
    expect(view(state.rsvps)).toEqual(['ann:WAITLIST', 'bas:MAYBE']);
    expect(rsvpSummary(state)).toMatchObject({ seatsLeft: 0, full: true });
  });

  it('never removes people who are GOING when the capacity is lowered, and waits with promotions until there is room', () => {
    let { state } = play(3, [
      ['ann', 'GOING'],
      ['bas', 'GOING'],
      ['cor', 'GOING'],
    ]);
    const lowered = setCapacity(state, 1);
    expect(lowered).toEqual({ rsvps: state.rsvps, promoted: [], changed: false });
    state = { capacity: 1, rsvps: lowered.rsvps };
    expect(rsvpSummary(state)).toEqual({ going: 3, maybe: 0, notGoing: 0, waitlist: 0, seatsLeft: 0, full: true });

    const steps: [string, RsvpChoice][] = [
      ['dewi', 'GOING'],
      ['ann', 'NOT_GOING'],
      ['bas', 'NOT_GOING'],
      ['cor', 'MAYBE'],
    ];
    const results = steps.map(([user, wanted], i) => {
      const r = applyRsvp(state, user, wanted, t(10 + i));
      state = { capacity: 1, rsvps: r.rsvps };
      return r;
    });
    expect(results.map((r) => [r.status, r.promoted])).toEqual([
      ['WAITLIST', []], // 3 going, capacity 1
      ['NOT_GOING', []], // 2 going: still over
      ['NOT_GOING', []], // 1 going: exactly full
      ['MAYBE', ['dewi']], // 0 going: room for one
    ]);
    expect(view(state.rsvps)).toEqual(['dewi:GOING', 'ann:NOT_GOING', 'bas:NOT_GOING', 'cor:MAYBE']);
  });

  it('serves people already waiting before a newcomer when seats are free (e.g. after raising the capacity outside setCapacity)', () => {
    const state: RsvpState = {
      capacity: 1,
      rsvps: [{ userId: 'ann', status: 'WAITLIST', at: t(1) }],
    };
    const r = applyRsvp(state, 'bas', 'GOING', t(5));
    expect(r.promoted).toEqual(['ann']);
    expect(r.status).toBe('WAITLIST');
    expect(view(r.rsvps)).toEqual(['ann:GOING', 'bas:WAITLIST']);
  });

  it('does not change its input', () => {
    const rsvps: Rsvp[] = [
      { userId: 'ann', status: 'GOING', at: t(1) },
      { userId: 'bas', status: 'WAITLIST', at: t(2) },
    ];
    const frozen = Object.freeze(rsvps.map((r) => Object.freeze({ ...r })));
    const r = applyRsvp({ capacity: 1, rsvps: frozen }, 'ann', 'NOT_GOING', t(3));
    expect(view(r.rsvps)).toEqual(['bas:GOING', 'ann:NOT_GOING']);
    expect(view(frozen)).toEqual(['ann:GOING', 'bas:WAITLIST']);
  });

  it('refuses bad input', () => {
    const ok: RsvpState = { capacity: 2, rsvps: [] };
    expect(() => applyRsvp({ capacity: -1, rsvps: [] }, 'ann', 'GOING', t(1))).toThrow(RangeError);
    expect(() => applyRsvp({ capacity: 1.5, rsvps: [] }, 'ann', 'GOING', t(1))).toThrow(RangeError);
    expect(() => applyRsvp(ok, 'ann', 'WAITLIST' as never, t(1))).toThrow(RangeError);
    expect(() => applyRsvp(ok, '', 'GOING', t(1))).toThrow(RangeError);
    expect(() => applyRsvp(ok, 'ann', 'GOING', '2026-10-01T10:00:00')).toThrow(RangeError); // no zone
    expect(() => applyRsvp(ok, 'ann', 'GOING', 'morgen')).toThrow(RangeError);
    const twice: RsvpState = {
      capacity: 2,
      rsvps: [
        { userId: 'ann', status: 'GOING', at: t(1) },
        { userId: 'ann', status: 'MAYBE', at: t(2) },
      ],
    };
    expect(() => applyRsvp(twice, 'bas', 'GOING', t(3))).toThrow('duplicate RSVP for user ann');
  });
});

describe('setCapacity', () => {
  const waiting: RsvpState = {
    capacity: 1,
    rsvps: [
      { userId: 'ann', status: 'GOING', at: t(1) },
      { userId: 'bas', status: 'MAYBE', at: t(2) },
      { userId: 'cor', status: 'WAITLIST', at: t(3) },
      { userId: 'dewi', status: 'WAITLIST', at: t(4) },
      { userId: 'eva', status: 'WAITLIST', at: t(5) },
    ],
  };

  it('promotes waiting members in order when the capacity goes up', () => {
    const r = setCapacity(waiting, 3);
    expect(r.promoted).toEqual(['cor', 'dewi']);
    expect(view(r.rsvps)).toEqual(['ann:GOING', 'bas:MAYBE', 'cor:GOING', 'dewi:GOING', 'eva:WAITLIST']);
    expect(r.changed).toBe(true);
  });

  it('promotes everybody when the capacity is lifted', () => {
    expect(setCapacity(waiting, null).promoted).toEqual(['cor', 'dewi', 'eva']);
  });

  it('changes nothing when the capacity stays the same', () => {
    expect(setCapacity(waiting, 1)).toEqual({ rsvps: waiting.rsvps, promoted: [], changed: false });
  });

  it('refuses a negative or fractional capacity', () => {
    expect(() => setCapacity(waiting, -2)).toThrow(RangeError);
    expect(() => setCapacity(waiting, 2.5)).toThrow(RangeError);
  });
});

describe('rsvpSummary', () => {
  it('counts free seats', () => {
    const state: RsvpState = {
      capacity: 5,
      rsvps: [
        { userId: 'ann', status: 'GOING', at: t(1) },
        { userId: 'bas', status: 'MAYBE', at: t(2) },
        { userId: 'cor', status: 'NOT_GOING', at: t(3) },
      ],
    };
    expect(rsvpSummary(state)).toEqual({ going: 1, maybe: 1, notGoing: 1, waitlist: 0, seatsLeft: 4, full: false });
  });

  it('labels every status in Dutch and English', () => {
    expect(RSVP_STATUS_LABELS.WAITLIST).toEqual({ nl: 'Op de wachtlijst', en: 'On the waiting list' });
  });
});
