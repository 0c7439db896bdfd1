import { useMutation } from '@apollo/client/react';
import { MarkThreadReadDocument } from '@kennislijn/web-graphql';
import { useEffect, useRef, useState } from 'react';

const DEBOUNCE_MS = 400;

function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState === 'visible');
  useEffect(() => {
    const update = () => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return visible;
}

/** Marks the thread read up to `lastSeq` whenever the end of the list is in view (and the tab is visible). */
export function useReadMarker(threadId: string | null, lastReadSeq: number, lastSeq: number, bottomVisible: boolean) {
  const [mark] = useMutation(MarkThreadReadDocument);
  const marked = useRef(lastReadSeq);
  const pageVisible = usePageVisible();

  useEffect(() => {
    marked.current = Math.max(marked.current, lastReadSeq);
  }, [lastReadSeq]);

  useEffect(() => {
    if (!threadId || !bottomVisible || !pageVisible || lastSeq <= marked.current) return undefined;
    const timer = setTimeout(() => {
      const before = marked.current;
      marked.current = lastSeq;
      mark({
        variables: { threadId, seq: lastSeq },
        update: (cache, { data }) => {
          const id = cache.identify({ __typename: 'Thread', id: threadId });
          if (!id || data?.markThreadRead == null) return;
          cache.modify({ id, fields: { lastReadSeq: () => data.markThreadRead, unreadCount: () => 0 } });
        },
      }).catch(() => {
        // Offline or refused: the next time the end is in view we try again.
        marked.current = before;
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [threadId, bottomVisible, pageVisible, lastSeq, mark]);
}
