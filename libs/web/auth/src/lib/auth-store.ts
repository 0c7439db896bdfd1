import type { UserFieldsFragment } from '@kennislijn/web-graphql';

export type SessionUser = UserFieldsFragment;
// 'unknown' until the first silent refresh on app start has answered.
export type AuthStatus = 'unknown' | 'signedIn' | 'signedOut';

export interface AuthState {
  status: AuthStatus;
  accessToken: string | null;
  user: SessionUser | null;
}

export interface AuthStore {
  getSnapshot(): AuthState;
  subscribe(listener: () => void): () => void;
  setSession(accessToken: string, user: SessionUser): void;
  setUser(user: SessionUser): void;
  clear(): void;
}

// The access token lives only in memory (never in localStorage), so a script injected
// into the page cannot read it from storage; the refresh token is an httpOnly cookie.
export function createAuthStore(): AuthStore {
  let state: AuthState = { status: 'unknown', accessToken: null, user: null };
  const listeners = new Set<() => void>();
  const update = (next: AuthState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setSession: (accessToken, user) => update({ status: 'signedIn', accessToken, user }),
    setUser: (user) => update({ ...state, user }),
    clear: () => update({ status: 'signedOut', accessToken: null, user: null }),
  };
}
