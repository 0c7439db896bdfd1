import type { ApolloCache } from '@apollo/client';

/** Lists and calendars of sessions are read again after a change (new, moved, cancelled, answered). */
export function forgetSessionLists(cache: ApolloCache) {
  cache.evict({ fieldName: 'sessions' });
  cache.evict({ fieldName: 'myAttendedSessions' });
  cache.gc();
}
