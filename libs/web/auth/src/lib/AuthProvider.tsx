import { ApolloProvider } from '@apollo/client/react';
import { LoginDocument, LogoutDocument, RegisterDocument } from '@kennislijn/web-graphql';
import { useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { AuthContext, type AuthContextValue } from './auth-context';
import type { KennislijnClient } from './create-client';

export interface AuthProviderProps {
  client: KennislijnClient;
  children: ReactNode;
}

export function AuthProvider({ client, children }: AuthProviderProps) {
  const { apollo, store, refreshSession } = client;
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);

  // On app start, try the refresh cookie once so a returning user stays signed in.
  useEffect(() => {
    if (store.getSnapshot().status === 'unknown') void refreshSession();
  }, [store, refreshSession]);

  const signIn = useCallback<AuthContextValue['signIn']>(
    async (input) => {
      const { data } = await apollo.mutate({ mutation: LoginDocument, variables: { input } });
      if (!data) throw new Error('Empty login response');
      store.setSession(data.login.accessToken, data.login.user);
      return data.login.user;
    },
    [apollo, store],
  );

  const signUp = useCallback<AuthContextValue['signUp']>(
    async (input) => {
      const { data } = await apollo.mutate({ mutation: RegisterDocument, variables: { input } });
      if (!data) throw new Error('Empty register response');
      store.setSession(data.register.accessToken, data.register.user);
      return data.register.user;
    },
    [apollo, store],
  );

  const signOut = useCallback(async () => {
    try {
      await apollo.mutate({ mutation: LogoutDocument });
    } catch {
      // Signing out locally must work even when the API cannot be reached.
    } finally {
      store.clear();
    }
  }, [apollo, store]);

  const value = useMemo<AuthContextValue>(
    () => ({
      user: state.user,
      status: state.status,
      loading: state.status === 'unknown',
      signIn,
      signUp,
      signOut,
      setUser: store.setUser,
    }),
    [state, signIn, signUp, signOut, store],
  );

  return (
    <ApolloProvider client={apollo}>
      <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
    </ApolloProvider>
  );
}
