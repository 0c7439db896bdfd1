import { useCallback } from 'react';
import { useStoredDraft } from '../forms/useStoredDraft';
import type { PrivacyOverrideValue } from '../privacy/usePrivacyGuard';
import type { Mention } from './mentions';

export interface MessageDraft {
  body: string;
  overrides: PrivacyOverrideValue[];
  mentions: Mention[];
  replyToId: string | null;
  /** Made once per message; kept when a refused message comes back here to be fixed. */
  clientId: string;
}

const fresh = (): MessageDraft => ({ body: '', overrides: [], mentions: [], replyToId: null, clientId: crypto.randomUUID() });

/** What you are writing in a thread, kept across a reload of the tab. */
export function useMessageDraft(threadId: string) {
  const [draft, setDraft, reset] = useStoredDraft(`kennislijn.draft.message.${threadId}`, fresh);
  const update = useCallback((patch: Partial<MessageDraft>) => setDraft((d) => ({ ...d, ...patch })), [setDraft]);
  return { draft, setDraft, update, reset };
}
