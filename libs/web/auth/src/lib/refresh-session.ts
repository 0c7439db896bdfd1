import { print } from 'graphql';
import { RefreshTokenDocument, type RefreshTokenMutation } from '@kennislijn/web-graphql';
import type { AuthStore } from './auth-store';

interface RefreshOptions {
  uri: string;
  store: AuthStore;
  getLanguage: () => string;
}

const refreshQuery = print(RefreshTokenDocument);

// Returns a function that renews the access token with the httpOnly refresh cookie.
// Calls that overlap share one request: the API rotates the refresh token, so two
// parallel refreshes with the same cookie would make the second one fail.
export function createSessionRefresher({ uri, store, getLanguage }: RefreshOptions) {
  let inFlight: Promise<boolean> | null = null;

  async function refreshOnce(): Promise<boolean> {
    let response: Response;
    try {
      response = await fetch(uri, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': getLanguage() },
        body: JSON.stringify({ operationName: 'RefreshToken', query: refreshQuery }),
      });
    } catch {
      // No connection (offline, on a train): keep the session; a later refresh will work. Signing the
      // person out here would throw away what they were doing. Only an answer from the API can end it.
      if (store.getSnapshot().status === 'unknown') store.clear();
      return false;
    }
    try {
      // A proxy or server error (5xx) says nothing about the session either.
      if (response.status >= 500) {
        if (store.getSnapshot().status === 'unknown') store.clear();
        return false;
      }
      const body = (await response.json()) as { data?: RefreshTokenMutation | null };
      const payload = body.data?.refreshToken;
      if (!payload) {
        store.clear();
        return false;
      }
      store.setSession(payload.accessToken, payload.user);
      return true;
    } catch {
      store.clear();
      return false;
    }
  }

  return function refreshSession(): Promise<boolean> {
    inFlight ??= refreshOnce().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}
