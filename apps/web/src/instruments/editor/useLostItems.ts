import { useMutation } from '@apollo/client/react';
import type { InstrumentItem } from '@kennislijn/shared-instruments';
import { AddInstrumentItemDocument, UpdateInstrumentItemDocument } from '@kennislijn/web-graphql';
import { useCallback, useEffect, useRef, useState } from 'react';
import { itemInput, itemPart, partRev } from '../common/definition';
import { forgetItemDraft, readItemDraft, sameItem } from './item-edit';

export interface LostItem {
  id: string;
  /** Its place when it was removed (1-based). */
  n: number;
  /** What I had typed and not saved. */
  draft: InstrumentItem;
  byName: string | null;
  /** The question before it, to put it back in the same place. */
  afterItemId: string | null;
}

/**
 * Someone removed a question while I had unsaved typing in it: that typing is not dropped silently.
 * It is offered back, to add again as a new question (or to let go).
 */
export function useLostItems(instrumentId: string, items: InstrumentItem[], parts: readonly { part: string; rev: number; byName?: string | null }[]) {
  const [lost, setLost] = useState<LostItem[]>([]);
  const previous = useRef<InstrumentItem[]>(items);
  const [add] = useMutation(AddInstrumentItemDocument);
  const [update] = useMutation(UpdateInstrumentItemDocument);
  const idsKey = items.map((i) => i.id).join(',');

  useEffect(() => {
    const now = new Set(idsKey.split(','));
    const before = previous.current;
    previous.current = items;
    const gone: LostItem[] = [];
    before.forEach((item, index) => {
      if (now.has(item.id)) return;
      const draft = readItemDraft(instrumentId, item.id);
      forgetItemDraft(instrumentId, item.id);
      if (!draft || sameItem(draft, item)) return;
      gone.push({ id: item.id, n: index + 1, draft, byName: partRev(parts, itemPart(item.id)).byName, afterItemId: before[index - 1]?.id ?? null });
    });
    if (gone.length > 0) setLost((list) => [...list, ...gone]);
    // Only a change in which questions exist matters here.
  }, [idsKey, instrumentId]);

  const dismiss = useCallback((id: string) => setLost((list) => list.filter((l) => l.id !== id)), []);

  /** Adds the typing back as a new question, where the old one was. */
  const restore = useCallback(
    async (entry: LostItem) => {
      const { data } = await add({ variables: { id: instrumentId, type: entry.draft.type, afterItemId: entry.afterItemId } });
      if (!data) return;
      const itemId = data.addInstrumentItem.itemId;
      const rev = partRev(data.addInstrumentItem.instrument.draftParts, itemPart(itemId)).rev;
      await update({ variables: { id: instrumentId, itemId, expectedRev: rev, input: itemInput({ ...entry.draft, id: itemId }) } });
      dismiss(entry.id);
    },
    [add, update, instrumentId, dismiss],
  );

  return { lost, dismiss, restore };
}
