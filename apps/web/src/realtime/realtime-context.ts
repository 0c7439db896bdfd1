import type { ClientToServerEvents, ServerToClientEvents } from '@kennislijn/shared-realtime';
import { createContext, useContext } from 'react';
import type { Socket } from 'socket.io-client';

export type KlSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * - `connecting`: first connection of this page, not there yet.
 * - `connected`: live.
 * - `reconnecting`: we were live and lost the connection; socket.io keeps trying.
 * - `offline`: the browser says there is no network; we try again when it comes back.
 */
export type RealtimeStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface RealtimeContextValue {
  /** One socket per tab while signed in; null when signed out. */
  socket: KlSocket | null;
  status: RealtimeStatus;
  /** The signed-in person (sender of typing and presence). */
  userId: string | null;
}

export const RealtimeContext = createContext<RealtimeContextValue>({ socket: null, status: 'connecting', userId: null });

export function useRealtime(): RealtimeContextValue {
  return useContext(RealtimeContext);
}
