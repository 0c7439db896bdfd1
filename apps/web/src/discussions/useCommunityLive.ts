import { useApolloClient, useQuery } from '@apollo/client/react';
import { roomOf } from '@kennislijn/shared-realtime';
import { ThreadDocument } from '@kennislijn/web-graphql';
import { request } from '../realtime/ack';
import { useLiveSubscription, useSocketEvent } from '../realtime/hooks';
import { useRealtime } from '../realtime/realtime-context';
import { usePresence } from '../realtime/usePresence';

/**
 * A community page's live part: who is online (community presence) and the unread count of its
 * channel, raised by 'thread:activity' while the page is open and read again after a reconnect.
 */
export function useCommunityLive(communityId: string) {
  const apollo = useApolloClient();
  const { userId } = useRealtime();
  const room = roomOf.community(communityId);
  const presence = usePresence(room);
  const { data, refetch } = useQuery(ThreadDocument, {
    variables: { kind: 'COMMUNITY', subjectId: communityId },
    fetchPolicy: 'cache-and-network',
  });
  const thread = data?.thread ?? null;

  useLiveSubscription(
    communityId,
    (socket) => {
      void request(socket, 'community:subscribe', { communityId }).then((result) => {
        if (result.ok) presence.update(result.people);
      });
      // What happened while we were away.
      void refetch().catch(() => undefined);
    },
    (socket) => socket.emit('community:unsubscribe', { communityId }),
  );

  useSocketEvent('thread:activity', (activity) => {
    if (!thread || activity.threadId !== thread.id || activity.authorId === userId) return;
    const id = apollo.cache.identify({ __typename: 'Thread', id: thread.id });
    if (!id) return;
    apollo.cache.modify({
      id,
      fields: {
        unreadCount: (count: number) => count + 1,
        lastSeq: (seq: number) => Math.max(seq, activity.threadSeq),
      },
    });
  });

  const others = presence.people.filter((p) => p.id !== userId);
  return { thread, online: others };
}
