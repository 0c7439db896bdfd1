import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { readConflict } from '../common/errors';
import { initialPartState, isDirty, partReducer, shownValue, type PartState, type Same } from './part-sync';

export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'failed';

interface Options<T> {
  /** sessionStorage key: unsaved typing survives a reload of the tab. */
  storageKey: string;
  server: T;
  rev: number;
  byName: string | null;
  same: Same<T>;
  /** Sends the value with expectedRev; resolves with what the server stored and its new revision. */
  send: (value: T, expectedRev: number) => Promise<{ value: T; rev: number }>;
  /** A CONFLICT answer: read the draft again (their version comes with it). */
  onConflict: () => void;
}

function readStored<T>(key: string): { baseRev: number; draft: T } | null {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { baseRev: number; draft: T }) : null;
  } catch {
    return null;
  }
}

/**
 * One part of the draft, edited by this person while others edit too (see part-sync.ts): the value
 * to show, its save status, and saving with the part's expectedRev. A failed save keeps the typing
 * and hands its error to the caller.
 */
export function usePartSync<T>({ storageKey, server, rev, byName, same, send, onConflict }: Options<T>) {
  const reducer = useMemo(() => partReducer(same), [same]);
  const [state, dispatch] = useReducer(reducer, undefined, () => initialPartState(server, rev, readStored<T>(storageKey), byName));
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const stateRef = useRef<PartState<T>>(state);
  const sendRef = useRef(send);
  const conflictRef = useRef(onConflict);
  useEffect(() => {
    stateRef.current = state;
    sendRef.current = send;
    conflictRef.current = onConflict;
  });

  const serverKey = JSON.stringify(server);
  // Dispatched once per new value: one that arrives while a save runs waits in the reducer's
  // `pending` and is applied when the save ends (a refetch after CONFLICT may bring nothing new).
  useEffect(() => {
    dispatch({ type: 'server', value: JSON.parse(serverKey) as T, rev, byName });
  }, [serverKey, rev, byName]);

  const dirty = isDirty(state, same);
  useEffect(() => {
    try {
      if (dirty) sessionStorage.setItem(storageKey, JSON.stringify({ baseRev: state.baseRev, draft: state.draft }));
      else sessionStorage.removeItem(storageKey);
    } catch {
      // A draft that cannot be kept across a reload is not worth an error.
    }
  }, [storageKey, dirty, state.baseRev, state.draft]);

  const edit = useCallback((update: (value: T) => T) => {
    setSaved(false);
    setError(null);
    dispatch({ type: 'edit', value: update(shownValue(stateRef.current)) });
  }, []);

  const run = useCallback(async (value: T, expectedRev: number): Promise<boolean> => {
    dispatch({ type: 'saveStart' });
    try {
      const result = await sendRef.current(value, expectedRev);
      dispatch({ type: 'saved', value: result.value, rev: result.rev });
      setError(null);
      setSaved(true);
      return true;
    } catch (e) {
      const conflict = readConflict(e);
      if (conflict) {
        dispatch({ type: 'conflict', message: conflict });
        conflictRef.current();
      } else {
        dispatch({ type: 'saveFailed' });
        setError(e);
      }
      return false;
    }
  }, []);

  /** Saves unsaved changes (nothing when there are none, a save is running, or a conflict waits for a choice). */
  const save = useCallback(async (): Promise<boolean> => {
    const s = stateRef.current;
    if (!isDirty(s, same) || s.saving !== null || s.conflict) return false;
    return run(shownValue(s), s.baseRev);
  }, [run, same]);

  const takeTheirs = useCallback(() => {
    setError(null);
    dispatch({ type: 'takeTheirs' });
  }, []);

  /** Keeps my version on top of theirs: sent again with their revision. */
  const keepMine = useCallback(async () => {
    const s = stateRef.current;
    const c = s.conflict;
    if (!c || c.theirs === null || c.rev === null || s.draft === null) return;
    dispatch({ type: 'keepMine' });
    await run(s.draft, c.rev);
  }, [run]);

  const discard = useCallback(() => {
    setError(null);
    dispatch({ type: 'discard' });
  }, []);

  const status: SaveStatus = state.saving !== null ? 'saving' : state.conflict ? 'conflict' : error && dirty ? 'failed' : dirty ? 'dirty' : saved ? 'saved' : 'idle';

  return { value: shownValue(state), state, dirty, status, error, setError, edit, save, takeTheirs, keepMine, discard };
}

export type PartSync<T> = ReturnType<typeof usePartSync<T>>;
