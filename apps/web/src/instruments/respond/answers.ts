// Answers as a form holds them (one value per item id), checked with the same rules as the API,
// turned into the API's AnswerInput list, and kept as a draft in sessionStorage across a reload.
import { INSTRUMENT_MESSAGES, validateAnswers, type Answers, type InstrumentDefinition, type InstrumentItem } from '@kennislijn/shared-instruments';
import type { AnswerInput, MonitoringItemFieldsFragment } from '@kennislijn/web-graphql';

export type FormItem = MonitoringItemFieldsFragment;
/** LIKERT/VAS: a number; SINGLE_CHOICE: the option id; OPEN_TEXT: the text; null: not answered. */
export type FormAnswers = Record<string, number | string | null>;

/** The items as the shared rules read them (the form does not need subscales or scoring to check answers). */
export function definitionOf(items: readonly FormItem[]): InstrumentDefinition {
  return {
    title: '',
    purpose: '',
    respondents: [],
    subscales: [],
    scoring: { total: null, thresholds: [], referenceLines: [], splitSpread: null },
    items: items.map(
      (i): InstrumentItem => ({
        id: i.id,
        type: i.type,
        text: i.text,
        help: i.help ?? null,
        points: i.points ?? null,
        labels: [...i.labels],
        options: i.options.map((o) => ({ id: o.id, label: o.label, score: null })),
        reverse: false,
        subscaleId: null,
        required: i.required,
      }),
    ),
  };
}

/** Only the answers to these items, blank texts dropped (so a required check sees them as missing). */
function given(items: readonly FormItem[], answers: FormAnswers): Answers {
  const out: Answers = {};
  for (const item of items) {
    const v = answers[item.id];
    if (v === null || v === undefined) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    out[item.id] = v;
  }
  return out;
}

export interface MessageParams {
  [key: string]: string | number;
}

/** Per item id, the key and params of what is wrong (empty when all is fine). */
export function checkAnswers(items: readonly FormItem[], answers: FormAnswers): Record<string, { key: string; params?: MessageParams }> {
  const errors: Record<string, { key: string; params?: MessageParams }> = {};
  for (const e of validateAnswers(definitionOf(items), given(items, answers))) {
    const id = e.field.startsWith('answers.') ? e.field.slice('answers.'.length) : e.field;
    errors[id] ??= { key: e.key, params: e.params };
  }
  return errors;
}

/** The message for a validation key: the shared instrument texts, else the caller's fallback. */
export function answerMessage(key: string, params: MessageParams | undefined, locale: 'nl' | 'en', fallback: (key: string, params?: MessageParams) => string): string {
  const text = INSTRUMENT_MESSAGES[key]?.[locale];
  if (text === undefined) return fallback(key, params);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
}

/** The API's answer list: one entry per answered item, in the field its type uses. */
export function toAnswerInputs(items: readonly FormItem[], answers: FormAnswers): AnswerInput[] {
  const out: AnswerInput[] = [];
  for (const item of items) {
    const v = answers[item.id];
    if (v === null || v === undefined) continue;
    if (item.type === 'LIKERT' || item.type === 'VAS') {
      if (typeof v === 'number') out.push({ itemId: item.id, value: v });
    } else if (item.type === 'SINGLE_CHOICE') {
      if (typeof v === 'string' && v) out.push({ itemId: item.id, choice: v });
    } else if (typeof v === 'string' && v.trim()) {
      out.push({ itemId: item.id, text: v.trim() });
    }
  }
  return out;
}

/** A stored response's answers back into the form (to correct it). */
export function fromAnswerList(items: readonly FormItem[], list: readonly { itemId: string; value?: number | null; choice?: string | null; text?: string | null }[]): FormAnswers {
  const out: FormAnswers = {};
  for (const item of items) {
    const a = list.find((x) => x.itemId === item.id);
    if (!a) continue;
    if (item.type === 'LIKERT' || item.type === 'VAS') out[item.id] = a.value ?? null;
    else if (item.type === 'SINGLE_CHOICE') out[item.id] = a.choice ?? null;
    else out[item.id] = a.text ?? null;
  }
  return out;
}

/** Number of items with an answer (for "3 van 4 beantwoord"). */
export function answeredCount(items: readonly FormItem[], answers: FormAnswers): number {
  return Object.keys(given(items, answers)).length;
}

/** A typed VAS value ("7,5", "7.5", " 8 ") as a number with one decimal, or null when it is no number. */
export function parseVas(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d*)?$|^-?\.\d+$/.test(clean)) return null;
  const n = Number(clean);
  if (!Number.isFinite(n)) return null;
  return Math.round(n * 10) / 10 || 0;
}

// ---- drafts

/** Where the respondent's answers wait across a reload (never the token itself, only its hash-free key). */
export const draftKey = (scope: string) => `kennislijn.draft.answers.${scope}`;

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const storage = (): StorageLike | null => {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
};

/** Reads a draft, keeping only values that fit an answer (a tampered or old draft is ignored item by item). */
export function readAnswerDraft(key: string, store: StorageLike | null = storage()): FormAnswers {
  try {
    const raw = store?.getItem(key);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const out: FormAnswers = {};
    for (const [id, v] of Object.entries(parsed as Record<string, unknown>)) {
      if (v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) out[id] = v;
    }
    return out;
  } catch {
    return {};
  }
}

export function writeAnswerDraft(key: string, answers: FormAnswers, store: StorageLike | null = storage()): void {
  try {
    if (Object.keys(answers).length === 0) store?.removeItem(key);
    else store?.setItem(key, JSON.stringify(answers));
  } catch {
    // Storage can be full or blocked; a lost draft is not worth an error.
  }
}

export function clearAnswerDraft(key: string, store: StorageLike | null = storage()): void {
  try {
    store?.removeItem(key);
  } catch {
    // See above.
  }
}
