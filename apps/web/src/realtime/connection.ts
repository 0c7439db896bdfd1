import { createExpiryTracker, type KennislijnClient } from '@kennislijn/web-auth';
import { currentLanguage } from '../i18n';
import { io } from 'socket.io-client';
import { request } from './ack';
import type { KlSocket, RealtimeStatus } from './realtime-context';

export interface Connection {
  socket: KlSocket;
  close: () => void;
}

// Renew the access token on the socket this long before it expires (at most a quarter of its life).
const RENEW_MARGIN_MS = 60_000;
const MAX_RETRY_MS = 30_000;

const refusalCode = (error: Error): string | undefined => (error as Error & { data?: { code?: string } }).data?.code;

/**
 * The one socket.io connection of this tab, on the page's own origin. It authenticates with the
 * in-memory access token, renews it on the open socket before it expires (`auth:renew`), gets a fresh
 * token when a handshake is refused, and pauses while the browser is offline.
 */
export function openConnection({ store, refreshSession }: KennislijnClient, onStatus: (status: RealtimeStatus) => void): Connection {
  const expiry = createExpiryTracker();
  let closed = false;
  let everConnected = false;
  let failures = 0;
  // The token the server knows for this socket.
  let sentToken: string | null = null;
  let renewTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const currentToken = () => store.getSnapshot().accessToken;

  async function freshToken(): Promise<string> {
    const token = currentToken();
    if (token && navigator.onLine && expiry.expiresSoon(token, 2_000)) await refreshSession();
    return currentToken() ?? '';
  }

  const socket: KlSocket = io({
    path: '/socket.io',
    transports: ['websocket'],
    autoConnect: false,
    auth: (cb) => {
      void freshToken().then((token) => {
        sentToken = token;
        // Error messages over the socket come in the language chosen in the app.
        cb({ token, lang: currentLanguage() });
      });
    },
  });

  const lostStatus = (): RealtimeStatus => (!navigator.onLine ? 'offline' : everConnected ? 'reconnecting' : 'connecting');

  function connectLater(ms: number, refresh: boolean) {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      void (async () => {
        if (closed || !navigator.onLine) return;
        // A failed refresh (the session ended) signs the person out; the provider then closes us.
        if (refresh && !(await refreshSession())) return;
        if (!closed && !socket.connected && currentToken()) socket.connect();
      })();
    }, ms);
  }

  async function renew(): Promise<void> {
    const token = currentToken();
    if (!token || !socket.connected || token === sentToken) return;
    const result = await request(socket, 'auth:renew', { token }, 10_000);
    if (closed) return;
    if (result.ok) {
      sentToken = token;
      scheduleRenew();
    } else if (result.error.code !== 'TIMEOUT') {
      // Refused: start over with a fresh handshake.
      socket.disconnect();
      connectLater(0, false);
    }
  }

  function scheduleRenew() {
    clearTimeout(renewTimer);
    const timing = sentToken ? expiry.timing(sentToken) : null;
    if (!timing) return;
    const margin = Math.min(RENEW_MARGIN_MS, timing.lifetimeMs / 4);
    renewTimer = setTimeout(() => {
      void (async () => {
        if (closed || !navigator.onLine) return;
        if (currentToken() === sentToken) await refreshSession();
        await renew();
      })();
    }, Math.max(0, timing.msLeft - margin));
  }

  socket.on('connect', () => {
    failures = 0;
    everConnected = true;
    clearTimeout(retryTimer);
    onStatus('connected');
    scheduleRenew();
  });

  socket.on('connect_error', (error) => {
    onStatus(lostStatus());
    // A transport error: socket.io tries again by itself.
    if (socket.active) return;
    failures += 1;
    const code = refusalCode(error);
    const pause = failures === 1 ? 0 : Math.min(MAX_RETRY_MS, 500 * 2 ** failures);
    connectLater(pause, code === 'TOKEN_EXPIRED' || code === 'UNAUTHENTICATED');
  });

  socket.on('disconnect', (reason) => {
    clearTimeout(renewTimer);
    if (closed) return;
    onStatus(lostStatus());
    // The server closed us (an expired token that was not renewed in time): socket.io does not retry then.
    if (reason === 'io server disconnect') connectLater(500, true);
  });

  socket.on('auth:expired', () => {
    void (async () => {
      if (currentToken() === sentToken) await refreshSession();
      await renew();
    })();
  });

  // Apollo refreshes the token too; the socket gets every new one.
  const unsubscribe = store.subscribe(() => {
    const token = currentToken();
    if (token && token !== sentToken && socket.connected) void renew();
  });

  const goOffline = () => {
    onStatus('offline');
    // Chromium keeps a dead WebSocket open for a while; close it, so we reconnect (and replay) when back.
    socket.disconnect();
  };
  const goOnline = () => {
    if (closed || socket.connected) return;
    onStatus(lostStatus());
    failures = 0;
    socket.connect();
  };
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);

  if (navigator.onLine) socket.connect();
  else onStatus('offline');

  return {
    socket,
    close: () => {
      closed = true;
      clearTimeout(renewTimer);
      clearTimeout(retryTimer);
      unsubscribe();
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      socket.disconnect();
    },
  };
}
