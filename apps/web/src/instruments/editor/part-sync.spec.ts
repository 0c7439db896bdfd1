import { newItem, type InstrumentItem } from '@kennislijn/shared-instruments';
import { deepEqual } from '@kennislijn/shared-instruments';
import { normalizeItem } from '../common/definition';
import { initialPartState, isDirty, partReducer, shownValue, type PartState } from './part-sync';

const same = (a: InstrumentItem, b: InstrumentItem) => deepEqual(normalizeItem(a), normalizeItem(b));
const reduce = partReducer(same);
const item = (text: string): InstrumentItem => ({ ...newItem('LIKERT', 'i1'), text });

function run(state: PartState<InstrumentItem>, ...actions: Parameters<typeof reduce>[1][]) {
  return actions.reduce(reduce, state);
}

describe('co-editing one part of a draft', () => {
  const start = initialPartState(item('Oud'), 1);

  it('applies somebody else’s change at once when I changed nothing', () => {
    const next = run(start, { type: 'server', value: item('Van Dana'), rev: 2, byName: 'Dana' });
    expect(shownValue(next).text).toBe('Van Dana');
    expect(next.baseRev).toBe(2);
    expect(next.conflict).toBeNull();
  });

  it('also when I am in the field but typed nothing new (or only spaces)', () => {
    const next = run(start, { type: 'edit', value: item('Oud  ') }, { type: 'server', value: item('Van Dana'), rev: 2, byName: 'Dana' });
    expect(shownValue(next).text).toBe('Van Dana');
    expect(next.conflict).toBeNull();
  });

  it('never overwrites unsaved typing: it keeps mine and names the other change', () => {
    const next = run(start, { type: 'edit', value: item('Mijn tekst') }, { type: 'server', value: item('Van Dana'), rev: 2, byName: 'Dana' });
    expect(shownValue(next).text).toBe('Mijn tekst');
    expect(next.conflict).toEqual({ theirs: item('Van Dana'), rev: 2, byName: 'Dana', message: null });
    // Still based on the old revision: saving now would be refused, so the person must choose.
    expect(next.baseRev).toBe(1);
  });

  it('takes theirs: my typing is dropped and the new revision becomes the base', () => {
    const next = run(start, { type: 'edit', value: item('Mijn tekst') }, { type: 'server', value: item('Van Dana'), rev: 2, byName: 'Dana' }, { type: 'takeTheirs' });
    expect(shownValue(next).text).toBe('Van Dana');
    expect(next.baseRev).toBe(2);
    expect(isDirty(next, same)).toBe(false);
  });

  it('keeps mine: my typing stays, based on their revision, ready to be sent again', () => {
    const next = run(start, { type: 'edit', value: item('Mijn tekst') }, { type: 'server', value: item('Van Dana'), rev: 2, byName: 'Dana' }, { type: 'keepMine' });
    expect(shownValue(next).text).toBe('Mijn tekst');
    expect(next.baseRev).toBe(2);
    expect(next.conflict).toBeNull();
    expect(isDirty(next, same)).toBe(true);
  });

  it('is no conflict when the other person made the very same change', () => {
    const next = run(start, { type: 'edit', value: item('Zelfde ') }, { type: 'server', value: item('Zelfde'), rev: 2, byName: 'Dana' });
    expect(next.conflict).toBeNull();
    expect(next.baseRev).toBe(2);
    expect(next.draft).toBeNull();
  });

  it('shows the server’s CONFLICT message first and their version once it is read', () => {
    const refused = run(start, { type: 'edit', value: item('Mijn tekst') }, { type: 'saveStart' }, { type: 'conflict', message: 'Dana heeft dit onderdeel net gewijzigd.' });
    expect(refused.saving).toBeNull();
    expect(refused.conflict).toEqual({ theirs: null, rev: null, byName: null, message: 'Dana heeft dit onderdeel net gewijzigd.' });
    // Keeping mine needs their version: until it is read, nothing happens.
    expect(reduce(refused, { type: 'keepMine' })).toBe(refused);
    const read = reduce(refused, { type: 'server', value: item('Van Dana'), rev: 2, byName: 'Dana' });
    expect(read.conflict).toEqual({ theirs: item('Van Dana'), rev: 2, byName: 'Dana', message: 'Dana heeft dit onderdeel net gewijzigd.' });
    expect(shownValue(read).text).toBe('Mijn tekst');
  });

  it('ignores what it reads while a save is on its way, and takes the save’s answer', () => {
    const saving = run(start, { type: 'edit', value: item('Nieuw ') }, { type: 'saveStart' });
    const during = reduce(saving, { type: 'server', value: item('Nieuw'), rev: 2, byName: 'Ik' });
    expect(shownValue(during)).toEqual(shownValue(saving));
    expect(during.saving).toEqual(saving.saving);
    const done = reduce(during, { type: 'saved', value: item('Nieuw'), rev: 2 });
    expect(done).toEqual({ baseRev: 2, base: item('Nieuw'), draft: null, saving: null, conflict: null, pending: null });
    // Reading our own change back afterwards changes nothing.
    expect(reduce(done, { type: 'server', value: item('Nieuw'), rev: 2, byName: 'Ik' }).draft).toBeNull();
  });

  it('keeps typing that happened during the save as a new unsaved change', () => {
    const done = run(start, { type: 'edit', value: item('Eerste') }, { type: 'saveStart' }, { type: 'edit', value: item('Eerste en meer') }, { type: 'saved', value: item('Eerste'), rev: 2 });
    expect(shownValue(done).text).toBe('Eerste en meer');
    expect(done.baseRev).toBe(2);
    expect(isDirty(done, same)).toBe(true);
  });

  it('ignores an older read that arrives late', () => {
    const now = run(start, { type: 'server', value: item('Rev 3'), rev: 3, byName: 'Dana' });
    expect(reduce(now, { type: 'server', value: item('Rev 2'), rev: 2, byName: 'Dana' })).toBe(now);
  });

  it('restores typing kept across a reload, and flags it when the part changed meanwhile', () => {
    expect(shownValue(initialPartState(item('Server'), 4, { baseRev: 4, draft: item('Bewaard') })).text).toBe('Bewaard');
    const changed = initialPartState(item('Server'), 5, { baseRev: 4, draft: item('Bewaard') }, 'Olaf');
    expect(shownValue(changed).text).toBe('Bewaard');
    expect(changed.conflict).toEqual({ theirs: item('Server'), rev: 5, byName: 'Olaf', message: null });
    // A stored draft from the future (another tab saved it) is not trusted.
    expect(initialPartState(item('Server'), 3, { baseRev: 4, draft: item('Bewaard') }).draft).toBeNull();
  });

  describe('what is read while a save is on its way', () => {
    // Dana's client is at rev 4. Olaf saves (rev 5); Dana blurs before her refetch is back, so her
    // save is sent with rev 4 and the refetch arrives while it is on its way.
    const atFour = initialPartState(item('Oud'), 4);
    const danaSaving = run(atFour, { type: 'edit', value: item('Van Dana') }, { type: 'saveStart' });
    const olaf = { type: 'server' as const, value: item('Van Olaf'), rev: 5, byName: 'Olaf' };

    it('server update during save, then conflict: theirs is the newer server value', () => {
      const during = reduce(danaSaving, olaf);
      // Nothing changes on screen while the save runs.
      expect(shownValue(during).text).toBe('Van Dana');
      expect(during.conflict).toBeNull();
      // The refusal arrives; the refetch it causes brings the same data, so no new server action.
      const refused = reduce(during, { type: 'conflict', message: 'Olaf heeft dit onderdeel net gewijzigd.' });
      expect(refused.saving).toBeNull();
      expect(refused.pending).toBeNull();
      expect(refused.conflict).toEqual({ theirs: item('Van Olaf'), rev: 5, byName: 'Olaf', message: 'Olaf heeft dit onderdeel net gewijzigd.' });
      expect(shownValue(refused).text).toBe('Van Dana');
      expect(refused.baseRev).toBe(4);

      // "Hun versie overnemen" shows Olaf's text, not Dana's old rev-4 base.
      const taken = reduce(refused, { type: 'takeTheirs' });
      expect(shownValue(taken).text).toBe('Van Olaf');
      expect(taken.baseRev).toBe(5);

      // "Mijn versie houden" is possible and sends Dana's text with rev 5 (what usePartSync sends as expectedRev).
      const kept = reduce(refused, { type: 'keepMine' });
      expect(kept).not.toBe(refused);
      expect(kept.baseRev).toBe(5);
      expect(shownValue(kept).text).toBe('Van Dana');
      const resent = run(kept, { type: 'saveStart' }, { type: 'saved', value: item('Van Dana'), rev: 6 });
      expect(resent).toEqual({ baseRev: 6, base: item('Van Dana'), draft: null, saving: null, conflict: null, pending: null });
    });

    it('a version read after the refusal that is newer still replaces the one read during the save', () => {
      const refused = run(danaSaving, olaf, { type: 'conflict', message: 'Gewijzigd.' });
      const newer = reduce(refused, { type: 'server', value: item('Van Priya'), rev: 6, byName: 'Priya' });
      expect(newer.conflict).toEqual({ theirs: item('Van Priya'), rev: 6, byName: 'Priya', message: 'Gewijzigd.' });
      // An older read arriving late does not push theirs back.
      expect(reduce(newer, olaf).conflict?.rev).toBe(6);
    });

    it('is no conflict when what was read during the refused save is what I typed', () => {
      const refused = run(danaSaving, { type: 'server', value: item('Van Dana '), rev: 5, byName: 'Olaf' }, { type: 'conflict', message: 'Gewijzigd.' });
      expect(refused.conflict).toBeNull();
      expect(refused.baseRev).toBe(5);
      expect(isDirty(refused, same)).toBe(false);
    });

    it('keeps only the newest of several reads during a save', () => {
      const during = run(danaSaving, { type: 'server', value: item('Van Priya'), rev: 6, byName: 'Priya' }, olaf);
      expect(during.pending).toEqual({ value: item('Van Priya'), rev: 6, byName: 'Priya' });
    });

    it('server update during a successful save by a third person: the newer value is shown afterwards', () => {
      // Dana's save is accepted (rev 5); Olaf saves on top of it (rev 6) before her answer is back.
      const third = { type: 'server' as const, value: item('Van Olaf'), rev: 6, byName: 'Olaf' };
      const done = run(danaSaving, third, { type: 'saved', value: item('Van Dana'), rev: 5 });
      expect(shownValue(done).text).toBe('Van Olaf');
      expect(done.baseRev).toBe(6);
      expect(done.conflict).toBeNull();
      expect(isDirty(done, same)).toBe(false);
      // The later refetch brings the same rev 6: nothing changes.
      expect(reduce(done, third)).toEqual(done);
    });

    it('server update during a successful save by a third person: typing during the save is not lost', () => {
      const third = { type: 'server' as const, value: item('Van Olaf'), rev: 6, byName: 'Olaf' };
      const done = run(danaSaving, { type: 'edit', value: item('Van Dana, en meer') }, third, { type: 'saved', value: item('Van Dana'), rev: 5 });
      expect(shownValue(done).text).toBe('Van Dana, en meer');
      expect(done.conflict).toEqual({ theirs: item('Van Olaf'), rev: 6, byName: 'Olaf', message: null });
      // Keeping mine saves on top of Olaf's rev 6.
      const kept = reduce(done, { type: 'keepMine' });
      expect(kept.baseRev).toBe(6);
      expect(shownValue(kept).text).toBe('Van Dana, en meer');
    });

    it('drops reading our own saved change back during the save', () => {
      const done = run(danaSaving, { type: 'server', value: item('Van Dana'), rev: 5, byName: 'Dana' }, { type: 'saved', value: item('Van Dana'), rev: 5 });
      expect(done).toEqual({ baseRev: 5, base: item('Van Dana'), draft: null, saving: null, conflict: null, pending: null });
    });

    it('applies what was read when the save fails for another reason', () => {
      const failed = run(danaSaving, olaf, { type: 'saveFailed' });
      expect(failed.saving).toBeNull();
      expect(shownValue(failed).text).toBe('Van Dana');
      expect(failed.conflict).toEqual({ theirs: item('Van Olaf'), rev: 5, byName: 'Olaf', message: null });
    });
  });
});
