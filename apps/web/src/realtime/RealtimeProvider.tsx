import { useAuth, type KennislijnClient } from '@kennislijn/web-auth';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { openConnection } from './connection';
import { RealtimeContext, type KlSocket, type RealtimeContextValue, type RealtimeStatus } from './realtime-context';

interface RealtimeProviderProps {
  client: KennislijnClient;
  children: ReactNode;
}

// One socket per tab: opened when someone signs in, closed when they sign out (or another person signs in).
export function RealtimeProvider({ client, children }: RealtimeProviderProps) {
  const { status: authStatus, user } = useAuth();
  const userId = authStatus === 'signedIn' ? (user?.id ?? null) : null;
  const [socket, setSocket] = useState<KlSocket | null>(null);
  const [status, setStatus] = useState<RealtimeStatus>('connecting');

  useEffect(() => {
    if (!userId) return undefined;
    const connection = openConnection(client, setStatus);
    setSocket(connection.socket);
    return () => {
      connection.close();
      setSocket(null);
      setStatus('connecting');
    };
  }, [client, userId]);

  const value = useMemo<RealtimeContextValue>(() => ({ socket, status, userId }), [socket, status, userId]);
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}
