import { createContext } from 'react';
import type { LoginInput, RegisterInput } from '@kennislijn/web-graphql';
import type { AuthStatus, SessionUser } from './auth-store';

export interface AuthContextValue {
  user: SessionUser | null;
  status: AuthStatus;
  // True until the silent refresh on app start has answered.
  loading: boolean;
  signIn: (input: LoginInput) => Promise<SessionUser>;
  signUp: (input: RegisterInput) => Promise<SessionUser>;
  signOut: () => Promise<void>;
  setUser: (user: SessionUser) => void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
