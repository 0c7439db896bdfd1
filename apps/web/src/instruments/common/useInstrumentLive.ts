import { roomOf, type InstrumentChangedPayload, type InstrumentEditorsPayload, type RealtimePerson } from '@kennislijn/shared-realtime';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveSubscription, useSocketEvent } from '../../realtime/hooks';
import { useRealtime, type KlSocket } from '../../realtime/realtime-context';

const ACK_TIMEOUT_MS = 15_000;
const RESUBSCRIBE_MS = 3_000;
// Moving from one item to the next should not flash "nobody" in between for the others.
const BLUR_DELAY_MS = 250;

export type Editor = InstrumentEditorsPayload['editors'][number];

export interface InstrumentLive {
  /** Subscribed on the current connection. */
  live: boolean;
  /** Everyone else with the draft open. */
  others: RealtimePerson[];
  /** Who (other than me) is editing this item. */
  editorsOf: (itemId: string) => RealtimePerson[];
  /** Tell the others which item I am editing (null: none). */
  focus: (itemId: string | null) => void;
}

/**
 * The draft's room: changes by others (`instrument:changed` → read the draft again), who has it open
 * and which item each is editing (`instrument:editing`), and what I am editing. Joined again after a
 * reconnect, with my focus and a fresh read of what changed while away.
 */
export function useInstrumentLive(instrumentId: string, enabled: boolean, onChanged: (change: InstrumentChangedPayload | null) => void): InstrumentLive {
  const { userId, status } = useRealtime();
  const [editors, setEditors] = useState<Editor[]>([]);
  const [live, setLive] = useState(false);
  const socketRef = useRef<KlSocket | null>(null);
  const focusRef = useRef<string | null>(null);
  const sentFocusRef = useRef<string | null>(null);
  const blurTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const connects = useRef(0);
  const changedRef = useRef(onChanged);
  useEffect(() => {
    changedRef.current = onChanged;
  });

  const subscribe = useCallback(
    async (socket: KlSocket) => {
      socketRef.current = socket;
      setLive(false);
      try {
        const result = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('instrument:subscribe', { instrumentId });
        if (!result.ok) return;
        setEditors(result.editors);
        setLive(true);
        sentFocusRef.current = null;
        if (focusRef.current) {
          socket.emit('instrument:focus', { instrumentId, itemId: focusRef.current });
          sentFocusRef.current = focusRef.current;
        }
      } catch {
        // No answer: try again while connected (a reconnect subscribes anyway).
        setTimeout(() => {
          if (socket.connected && socketRef.current === socket) void subscribe(socket);
        }, RESUBSCRIBE_MS);
      }
    },
    [instrumentId],
  );

  useLiveSubscription(
    enabled ? instrumentId : null,
    (socket) => {
      void subscribe(socket);
      // The first connection comes with the page's own read; after a reconnect, catch up.
      if (connects.current++ > 0) changedRef.current(null);
    },
    (socket) => {
      socket.emit('instrument:unsubscribe', { instrumentId });
      setLive(false);
    },
  );

  useSocketEvent('instrument:editing', (payload) => {
    if (payload.instrumentId === instrumentId) setEditors(payload.editors);
  });
  useSocketEvent('instrument:changed', (payload) => {
    if (payload.instrumentId === instrumentId) changedRef.current(payload);
  });
  // Access ended (left or removed from the community): read again, which shows what may still be seen.
  useSocketEvent('room:closed', ({ room }) => {
    if (room !== roomOf.instrument(instrumentId)) return;
    setLive(false);
    changedRef.current(null);
  });

  const send = useCallback(
    (itemId: string | null) => {
      const socket = socketRef.current;
      if (!socket?.connected || sentFocusRef.current === itemId) return;
      socket.emit('instrument:focus', { instrumentId, itemId });
      sentFocusRef.current = itemId;
    },
    [instrumentId],
  );

  const focus = useCallback(
    (itemId: string | null) => {
      focusRef.current = itemId;
      if (blurTimer.current) clearTimeout(blurTimer.current);
      blurTimer.current = null;
      if (itemId) send(itemId);
      else blurTimer.current = setTimeout(() => send(focusRef.current), BLUR_DELAY_MS);
    },
    [send],
  );

  useEffect(
    () => () => {
      if (blurTimer.current) clearTimeout(blurTimer.current);
    },
    [],
  );

  const others = editors.filter((e) => e.person.id !== userId).map((e) => e.person);
  const editorsOf = useCallback((itemId: string) => editors.filter((e) => e.itemId === itemId && e.person.id !== userId).map((e) => e.person), [editors, userId]);
  return { live: enabled && live && status === 'connected', others, editorsOf, focus };
}
