// Apollo Client for the web app plus sign-in state: in-memory access token, silent refresh via cookie.
export { createKennislijnClient, type KennislijnClient, type KennislijnClientOptions } from './lib/create-client';
export { AuthProvider } from './lib/AuthProvider';
export { useAuth, type AuthContextValue } from './lib/useAuth';
export type { AuthStatus, SessionUser } from './lib/auth-store';
export { createExpiryTracker } from './lib/token-expiry';
