import { useRef, useState } from 'react';
import { useLiveSubscription, useSocketEvent } from '../../realtime/hooks';

const ACK_TIMEOUT_MS = 15_000;

/**
 * Keeps a track page live: joins the track's room (again after every reconnect), and reads the track
 * again when a response arrives, in the app or through a respondent's link. True once joined.
 */
export function useTrackLive(trackId: string | null, refetch: () => unknown): boolean {
  const [live, setLive] = useState(false);
  const joinedBefore = useRef(false);
  useLiveSubscription(
    trackId,
    (socket) => {
      setLive(false);
      socket.timeout(ACK_TIMEOUT_MS).emit('track:subscribe', { trackId: trackId ?? '' }, (err: unknown, result?: { ok: boolean }) => {
        setLive(!err && !!result?.ok);
      });
      // What arrived while we were away (the first join comes with the page's own query).
      if (joinedBefore.current) void Promise.resolve(refetch()).catch(() => undefined);
      joinedBefore.current = true;
    },
    (socket) => {
      setLive(false);
      socket.emit('track:unsubscribe', { trackId: trackId ?? '' });
    },
  );
  useSocketEvent('track:changed', (change) => {
    if (change.trackId === trackId) void Promise.resolve(refetch()).catch(() => undefined);
  });
  return live;
}
