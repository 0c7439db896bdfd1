// Pure edits of one question in the editor (kept apart from the components so they are tested alone).
import { deepEqual, newItem, type InstrumentItem, type ItemType } from '@kennislijn/shared-instruments';
import { normalizeItem } from '../common/definition';

/** The free texts of an item by the names the API's privacy guard reports. */
export function itemTexts(item: InstrumentItem): Record<string, string> {
  const out: Record<string, string> = { text: item.text, help: item.help ?? '' };
  item.labels.forEach((l, i) => (out[`labels.${i}`] = l));
  item.options.forEach((o, i) => (out[`options.${i}`] = o.label));
  return out;
}

/** Another type keeps the question, its help, subscale and required; the rest starts from the new type's defaults. */
export function changeType(item: InstrumentItem, type: ItemType): InstrumentItem {
  const fresh = newItem(type, item.id);
  const scored = type !== 'OPEN_TEXT';
  return { ...fresh, text: item.text, help: item.help, required: item.required, subscaleId: scored ? item.subscaleId : null, reverse: scored ? item.reverse : false };
}

/** A scale with another number of points keeps the labels it has and leaves new ones empty. */
export function resizeLabels(labels: string[], points: number): string[] {
  return Array.from({ length: points }, (_, i) => labels[i] ?? '');
}

export const sameItem = (a: InstrumentItem, b: InstrumentItem) => deepEqual(normalizeItem(a), normalizeItem(b));

/** Where unsaved typing in an item is kept (per tab, across a reload). */
export const itemDraftKey = (instrumentId: string, itemId: string) => `kennislijn.draft.instrumentItem.${instrumentId}.${itemId}`;

export function readItemDraft(instrumentId: string, itemId: string): InstrumentItem | null {
  try {
    const raw = sessionStorage.getItem(itemDraftKey(instrumentId, itemId));
    return raw ? ((JSON.parse(raw) as { draft: InstrumentItem | null }).draft ?? null) : null;
  } catch {
    return null;
  }
}

export function forgetItemDraft(instrumentId: string, itemId: string) {
  try {
    sessionStorage.removeItem(itemDraftKey(instrumentId, itemId));
  } catch {
    // Nothing kept, nothing to forget.
  }
}
