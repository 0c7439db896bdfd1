// One part of a draft (an item, the heading, the scoring) as one person edits it while others may
// change it too. What the server has is applied at once unless the person has unsaved changes to
// that part: then nothing is overwritten, and they choose between their version and the other one.

export interface PartConflict<T> {
  /** The other version, once read (a CONFLICT answer arrives before the draft is read again). */
  theirs: T | null;
  rev: number | null;
  /** Who changed it, as the API names them. */
  byName: string | null;
  /** The API's own words from a CONFLICT answer; null when we noticed the change ourselves. */
  message: string | null;
}

export interface PartState<T> {
  /** The revision our edit started from: sent as expectedRev. */
  baseRev: number;
  /** The server's value at baseRev. */
  base: T;
  /** What the person typed and did not save yet (null: nothing). */
  draft: T | null;
  /** The value on its way to the server. */
  saving: T | null;
  conflict: PartConflict<T> | null;
  /**
   * The newest version read while a save was on its way. It cannot be judged until the save's
   * answer is known, and the same data will not be read again, so it waits here and is applied
   * when the save ends (saved, refused or failed).
   */
  pending: PartServerValue<T> | null;
}

export interface PartServerValue<T> {
  value: T;
  rev: number;
  byName: string | null;
}

export type PartAction<T> =
  | { type: 'server'; value: T; rev: number; byName: string | null }
  | { type: 'edit'; value: T }
  | { type: 'saveStart' }
  | { type: 'saved'; value: T; rev: number }
  | { type: 'saveFailed' }
  | { type: 'conflict'; message: string }
  | { type: 'takeTheirs' }
  | { type: 'keepMine' }
  | { type: 'discard' };

/** Compares two values as the API would store them (trimmed texts, ...). */
export type Same<T> = (a: T, b: T) => boolean;

export function initialPartState<T>(value: T, rev: number, stored?: { baseRev: number; draft: T } | null, byName: string | null = null): PartState<T> {
  const fresh: PartState<T> = { baseRev: rev, base: value, draft: null, saving: null, conflict: null, pending: null };
  if (!stored || stored.baseRev > rev) return fresh;
  if (stored.baseRev === rev) return { ...fresh, draft: stored.draft };
  // Typed before a reload, and changed by someone else since: their version is not known at the
  // old revision, so the current one stands in as the base and the person decides.
  return { ...fresh, baseRev: stored.baseRev, draft: stored.draft, conflict: { theirs: value, rev, byName, message: null } };
}

export function isDirty<T>(state: PartState<T>, same: Same<T>): boolean {
  return state.draft !== null && !same(state.draft, state.base);
}

/** What the fields show. */
export function shownValue<T>(state: PartState<T>): T {
  return state.draft ?? state.base;
}

export function partReducer<T>(same: Same<T>) {
  /** What the server has now, applied to a state with no save on its way. */
  const fromServer = (state: PartState<T>, value: T, rev: number, byName: string | null): PartState<T> => {
    if (rev < state.baseRev) return state;
    if (rev === state.baseRev) {
      return state.draft === null && !state.conflict ? { ...state, base: value } : state;
    }
    const unsaved = isDirty(state, same);
    if (!unsaved || same(state.draft as T, value)) {
      return { baseRev: rev, base: value, draft: null, saving: null, conflict: null, pending: null };
    }
    // A version we already know of that is newer still wins.
    if (state.conflict?.rev != null && state.conflict.theirs !== null && state.conflict.rev > rev) return state;
    return {
      ...state,
      conflict: { theirs: value, rev, byName, message: state.conflict?.message ?? null },
    };
  };

  /** The save has ended: what was read meanwhile is applied now (if it is newer than what we have). */
  const settle = (state: PartState<T>, pending: PartServerValue<T> | null): PartState<T> => {
    const done = { ...state, saving: null, pending: null };
    if (!pending || pending.rev <= done.baseRev) return done;
    return fromServer(done, pending.value, pending.rev, pending.byName);
  };

  return (state: PartState<T>, action: PartAction<T>): PartState<T> => {
    switch (action.type) {
      case 'server': {
        if (state.saving !== null) {
          // A save on its way decides by its own answer, but what was read stays known: it is
          // applied once the save ends (reading our own change back is no news then).
          if (action.rev <= state.baseRev || (state.pending && action.rev < state.pending.rev)) return state;
          return { ...state, pending: { value: action.value, rev: action.rev, byName: action.byName } };
        }
        return fromServer(state, action.value, action.rev, action.byName);
      }
      case 'edit':
        return { ...state, draft: action.value };
      case 'saveStart':
        return { ...state, saving: state.draft ?? state.base, pending: null };
      case 'saved': {
        // Typing that went on while saving stays as a new, unsaved change.
        const typedMeanwhile = state.draft !== null && state.saving !== null && !same(state.draft, state.saving);
        const stored: PartState<T> = { baseRev: action.rev, base: action.value, draft: typedMeanwhile ? state.draft : null, saving: null, conflict: null, pending: null };
        // Somebody else saved after us while the answer was on its way: theirs is the newest.
        return settle(stored, state.pending);
      }
      case 'saveFailed':
        return settle(state, state.pending);
      case 'conflict': {
        const refused: PartState<T> = {
          ...state,
          saving: null,
          conflict: { theirs: state.conflict?.theirs ?? null, rev: state.conflict?.rev ?? null, byName: state.conflict?.byName ?? null, message: action.message },
        };
        // Their version may have been read while the save was on its way; reading the draft again
        // then brings the same data and nothing new arrives, so it is used as theirs now.
        return settle(refused, state.pending);
      }
      case 'takeTheirs': {
        const c = state.conflict;
        if (!c) return { ...state, draft: null };
        if (c.theirs === null || c.rev === null) return { ...state, draft: null, conflict: null };
        return { baseRev: c.rev, base: c.theirs, draft: null, saving: null, conflict: null, pending: null };
      }
      case 'keepMine': {
        const c = state.conflict;
        // Their version must be known: keeping mine means saving on top of theirs.
        if (!c || c.theirs === null || c.rev === null) return state;
        return { baseRev: c.rev, base: c.theirs, draft: state.draft, saving: null, conflict: null, pending: null };
      }
      case 'discard':
        return { ...state, draft: null };
      default:
        return state;
    }
  };
}
