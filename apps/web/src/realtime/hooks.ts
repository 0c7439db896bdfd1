import type { ServerToClientEvents } from '@kennislijn/shared-realtime';
import { useEffect, useRef } from 'react';
import { useRealtime, type KlSocket } from './realtime-context';

/** Listens to one server event while mounted; the handler may change on every render. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]): void {
  const { socket } = useRealtime();
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    if (!socket) return undefined;
    const listener = ((...args: Parameters<ServerToClientEvents[E]>) => (ref.current as (...a: typeof args) => void)(...args)) as never;
    socket.on(event, listener);
    return () => {
      socket.off(event, listener);
    };
  }, [socket, event]);
}

/**
 * Runs `onConnect` now (when connected) and after every reconnect: the place to (re)join rooms.
 * `onLeave` runs on unmount or when `key` changes, while still connected.
 */
export function useLiveSubscription(key: string | null, onConnect: (socket: KlSocket) => void, onLeave?: (socket: KlSocket) => void): void {
  const { socket } = useRealtime();
  const connectRef = useRef(onConnect);
  const leaveRef = useRef(onLeave);
  useEffect(() => {
    connectRef.current = onConnect;
    leaveRef.current = onLeave;
  });
  useEffect(() => {
    if (!socket || !key) return undefined;
    const run = () => connectRef.current(socket);
    socket.on('connect', run);
    if (socket.connected) run();
    return () => {
      socket.off('connect', run);
      if (socket.connected) leaveRef.current?.(socket);
    };
  }, [socket, key]);
}
