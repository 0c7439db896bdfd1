import { roomOf, type SessionStatePayload } from '@kennislijn/shared-realtime';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveSubscription, useSocketEvent } from '../../realtime/hooks';
import { useRealtime, type KlSocket } from '../../realtime/realtime-context';
import { usePresence } from '../../realtime/usePresence';

const ACK_TIMEOUT_MS = 15_000;
const RESUBSCRIBE_MS = 3_000;

export type LiveState = Pick<SessionStatePayload, 'status' | 'currentStep' | 'stepStartedAt' | 'stateSeq'>;

export interface LiveNote {
  body: string;
  rev: number;
  /** True when the last change came from this person (their own save echoed back). */
  mine: boolean;
}

interface Known extends LiveState {
  notes: { stepKey: string; body: string; rev: number }[];
}

/**
 * The live room of a session over the socket: the state every screen follows (newer `stateSeq` wins,
 * whether it came from the page's query, the room's snapshot, an event or my own mutation), the shared
 * notes per step (newer `rev` wins), who is present, and RSVP changes (read the session again).
 * Entering returns a snapshot, so a reload lands on the current step with the notes.
 */
export function useSessionLive(sessionId: string, known: Known, enabled: boolean, refetch: () => void) {
  const { userId, status: connection } = useRealtime();
  const [socketState, setSocketState] = useState<LiveState | null>(null);
  const [liveNotes, setLiveNotes] = useState<Record<string, LiveNote>>({});
  const [live, setLive] = useState(false);
  const socketRef = useRef<KlSocket | null>(null);
  const connects = useRef(0);
  const refetchRef = useRef(refetch);
  useEffect(() => {
    refetchRef.current = refetch;
  });
  const room = enabled ? roomOf.session(sessionId) : null;
  const { people, update: updatePresence } = usePresence(room);

  const applyState = useCallback((next: LiveState) => {
    setSocketState((prev) => (prev && prev.stateSeq >= next.stateSeq ? prev : next));
  }, []);
  const applyNote = useCallback((stepKey: string, body: string, rev: number, mine: boolean) => {
    setLiveNotes((prev) => (prev[stepKey] && prev[stepKey].rev >= rev ? prev : { ...prev, [stepKey]: { body, rev, mine } }));
  }, []);

  const subscribe = useCallback(
    async (socket: KlSocket) => {
      socketRef.current = socket;
      setLive(false);
      try {
        const result = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('session:subscribe', { sessionId });
        if (!result.ok) return;
        applyState(result.state);
        for (const n of result.notes) applyNote(n.stepKey, n.body, n.rev, false);
        updatePresence(result.people);
        setLive(true);
      } catch {
        setTimeout(() => {
          if (socket.connected && socketRef.current === socket) void subscribe(socket);
        }, RESUBSCRIBE_MS);
      }
    },
    [sessionId, applyState, applyNote, updatePresence],
  );

  useLiveSubscription(
    enabled ? sessionId : null,
    (socket) => {
      void subscribe(socket);
      // After a reconnect: what changed meanwhile (answers, the waiting list) is read again.
      if (connects.current++ > 0) refetchRef.current();
    },
    (socket) => {
      socket.emit('session:unsubscribe', { sessionId });
      setLive(false);
    },
  );

  useSocketEvent('session:state', (payload) => {
    if (payload.sessionId === sessionId) applyState(payload);
  });
  useSocketEvent('session:note', (payload) => {
    if (payload.sessionId === sessionId) applyNote(payload.stepKey, payload.body, payload.rev, payload.by === userId);
  });
  useSocketEvent('session:rsvp', (payload) => {
    if (payload.sessionId === sessionId) refetchRef.current();
  });
  useSocketEvent('room:closed', ({ room: closed }) => {
    if (closed !== roomOf.session(sessionId)) return;
    setLive(false);
    refetchRef.current();
  });

  // The newest state we know of, from wherever it came.
  const state: LiveState = socketState && socketState.stateSeq > known.stateSeq ? socketState : known;
  const notes: Record<string, LiveNote> = {};
  for (const n of known.notes) notes[n.stepKey] = { body: n.body, rev: n.rev, mine: false };
  for (const [key, n] of Object.entries(liveNotes)) if (!notes[key] || notes[key].rev < n.rev) notes[key] = n;

  // A new status (started, closed, cancelled) brings more to read: outcomes, attendees, notes.
  const statusChanged = socketState !== null && socketState.stateSeq > known.stateSeq && socketState.status !== known.status;
  useEffect(() => {
    if (statusChanged) refetchRef.current();
  }, [statusChanged]);

  return {
    state,
    notes,
    people,
    live: enabled && live && connection === 'connected',
    applyState,
    applyNote: (stepKey: string, body: string, rev: number) => applyNote(stepKey, body, rev, true),
  };
}
