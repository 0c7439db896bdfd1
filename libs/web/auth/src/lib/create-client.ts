import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CACHE_TYPE_POLICIES } from '@kennislijn/web-graphql';
import { from as fromPromise, switchMap, throwError } from 'rxjs';
import { createAuthStore, type AuthStore } from './auth-store';
import { createSessionRefresher } from './refresh-session';
import { createExpiryTracker } from './token-expiry';

export interface KennislijnClientOptions {
  uri?: string;
  // Current UI language, sent as Accept-Language so API messages come back in it.
  getLanguage: () => string;
}

export interface KennislijnClient {
  apollo: ApolloClient;
  store: AuthStore;
  refreshSession: () => Promise<boolean>;
}

// Operations where UNAUTHENTICATED means "wrong credentials", not "token expired".
const NO_REFRESH = new Set(['Login', 'Register', 'RefreshToken', 'Logout']);
// Renew the access token this long before it runs out.
const EXPIRY_MARGIN_MS = 3_000;

export function createKennislijnClient({ uri = '/graphql', getLanguage }: KennislijnClientOptions): KennislijnClient {
  const store = createAuthStore();
  const refreshSession = createSessionRefresher({ uri, store, getLanguage });

  // Headers are read per request, so a retried operation picks up the refreshed token.
  // A token about to expire is renewed first: public operations (a community page, an
  // invitation) would otherwise run anonymously with a stale token instead of failing.
  const expiry = createExpiryTracker();
  const headersLink = new ApolloLink((operation, forward) => {
    const send = () => {
      const { accessToken } = store.getSnapshot();
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        // An operation may ask for one language through its context (the curators' nl/en texts).
        headers: {
          'accept-language': getLanguage(),
          ...headers,
          ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
        },
      }));
      return forward(operation);
    };
    const { accessToken } = store.getSnapshot();
    if (accessToken && !NO_REFRESH.has(operation.operationName ?? '') && expiry.expiresSoon(accessToken, EXPIRY_MARGIN_MS)) {
      return fromPromise(refreshSession()).pipe(switchMap(() => send()));
    }
    return send();
  });

  const refreshLink = new ErrorLink(({ error, operation, forward }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    if (!error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) return;
    if (NO_REFRESH.has(operation.operationName ?? '') || operation.getContext()['authRetried']) return;
    return fromPromise(refreshSession()).pipe(
      switchMap((ok) => {
        // A failed refresh has already moved the store to signed-out.
        if (!ok) return throwError(() => error);
        operation.setContext({ authRetried: true });
        return forward(operation);
      }),
    );
  });

  const apollo = new ApolloClient({
    link: ApolloLink.from([refreshLink, headersLink, new HttpLink({ uri, credentials: 'include' })]),
    cache: new InMemoryCache({ typePolicies: CACHE_TYPE_POLICIES }),
  });

  // Whatever the previous user could see must not stay in the cache after sign-out.
  let wasSignedIn = false;
  store.subscribe(() => {
    const signedIn = store.getSnapshot().status === 'signedIn';
    if (wasSignedIn && !signedIn) void apollo.clearStore();
    wasSignedIn = signedIn;
  });

  return { apollo, store, refreshSession };
}
