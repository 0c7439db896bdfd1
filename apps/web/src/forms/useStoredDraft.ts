import { useCallback, useEffect, useState } from 'react';
import { readDraft } from './useSessionDraft';

// A small form's state kept across a reload (per browser tab), for forms without @mantine/form:
// the feed composer and responses. `fresh` makes a new, empty draft (with a new clientId).
export function useStoredDraft<Draft extends object>(key: string, fresh: () => Draft) {
  const [draft, setDraft] = useState<Draft>(() => readDraft(key, fresh()));

  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(draft));
    } catch {
      // Storage can be full or blocked; a lost draft is not worth an error.
    }
  }, [key, draft]);

  const reset = useCallback(() => setDraft(fresh()), [fresh]);
  return [draft, setDraft, reset] as const;
}
