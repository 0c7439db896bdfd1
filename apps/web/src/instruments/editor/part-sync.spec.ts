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
    expect(during).toBe(saving);
    const done = reduce(during, { type: 'saved', value: item('Nieuw'), rev: 2 });
    expect(done).toEqual({ baseRev: 2, base: item('Nieuw'), draft: null, saving: null, conflict: null });
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
});
