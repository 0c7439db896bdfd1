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
    try {
      const response = await fetch(uri, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': getLanguage() },
        body: JSON.stringify({ operationName: 'RefreshToken', query: refreshQuery }),
      });
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
