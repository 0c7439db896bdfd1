import { validateMethod, methodErrorMessage, type DiscussionMethodDraft, type StepActor, type StepOutput } from '@kennislijn/shared-sessions';
import type { SessionMethodInput } from '@kennislijn/web-graphql';

// A moderator's own discussion method as the form holds it (Dutch texts; English falls back to Dutch),
// what the API gets, and where the API's (or the shared check's) errors go. Pure: see the spec.

export interface StepValues {
  /** Stable React key while steps move around. */
  uid: string;
  key: string;
  title: string;
  actor: StepActor;
  /** As typed. */
  minutes: string;
  prompt: string;
  output: StepOutput;
}

export interface MethodFormValues {
  code: string;
  name: string;
  summary: string;
  steps: StepValues[];
}

let uidCounter = 0;
const uid = () => `stap-${Date.now().toString(36)}-${(uidCounter++).toString(36)}`;

/** A new step with a key not used yet (stap1, stap2, ...). */
export function newStep(existing: { key: string }[]): StepValues {
  let n = existing.length + 1;
  while (existing.some((s) => s.key === `stap${n}`)) n++;
  return { uid: uid(), key: `stap${n}`, title: '', actor: 'GROUP', minutes: '10', prompt: '', output: 'NOTES' };
}

export function emptyMethod(): MethodFormValues {
  return { code: '', name: '', summary: '', steps: [newStep([])] };
}

/** Moves step `from` one place up (-1) or down (+1); out of range changes nothing. */
export function moveStep<T>(steps: readonly T[], from: number, delta: -1 | 1): T[] {
  const to = from + delta;
  if (from < 0 || from >= steps.length || to < 0 || to >= steps.length) return [...steps];
  const next = [...steps];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

function minutesOf(value: string): number {
  const s = value.trim();
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

export function methodToInput(v: MethodFormValues): SessionMethodInput {
  return {
    code: v.code.trim(),
    name: { nl: v.name.trim() },
    summary: v.summary.trim() ? { nl: v.summary.trim() } : null,
    steps: v.steps.map((s) => ({ key: s.key.trim(), title: { nl: s.title.trim() }, actor: s.actor, minutes: minutesOf(s.minutes), prompt: { nl: s.prompt.trim() }, output: s.output })),
  };
}

const STEP_FIELDS: Record<string, keyof StepValues> = { key: 'key', title: 'title', actor: 'actor', minutes: 'minutes', prompt: 'prompt', output: 'output' };

/**
 * The form path of an error field such as "steps.facts.minutes", "steps.#2.title.nl" or "name.nl"
 * ("steps.3.minutes" for the form), or null when it has no place. A step is named by its key (for a
 * duplicate key: the later step) or by its position.
 */
export function methodFieldPath(field: string, steps: { key: string }[]): string | null {
  const path = field.replace(/^input\./, '');
  if (path === 'code' || path === 'steps') return path;
  if (path === 'name' || path === 'name.nl' || path === 'name.en') return 'name';
  if (path === 'summary' || path === 'summary.nl' || path === 'summary.en') return 'summary';
  const m = /^steps\.([^.]+)(?:\.(\w+))?/.exec(path);
  if (!m) return null;
  const [, segment, part] = m;
  let index = -1;
  if (segment.startsWith('#')) index = Number(segment.slice(1)) - 1;
  else {
    const matches = steps.map((s, i) => (s.key.trim() === segment ? i : -1)).filter((i) => i >= 0);
    index = part === 'key' && matches.length > 1 ? matches[matches.length - 1] : (matches[0] ?? -1);
  }
  if (!Number.isInteger(index) || index < 0 || index >= steps.length) return 'steps';
  const name = part ? STEP_FIELDS[part] : undefined;
  return name ? `steps.${index}.${name}` : 'steps';
}

/** Field errors by form path; those without a place come back as `unplaced`. */
export function placeMethodErrors(fields: Record<string, string>, steps: { key: string }[]): { placed: Record<string, string>; unplaced: string[] } {
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(fields)) {
    const path = methodFieldPath(field, steps);
    if (path) placed[path] ??= message;
    else unplaced.push(message);
  }
  return { placed, unplaced };
}

/** The shared library's check in the browser, in the page's language, by form path. */
export function checkMethod(v: MethodFormValues, language: 'nl' | 'en'): Record<string, string> {
  const input = methodToInput(v);
  const errors = validateMethod(input as DiscussionMethodDraft);
  const fields: Record<string, string> = {};
  for (const e of errors) fields[e.field] ??= methodErrorMessage(e, language);
  return placeMethodErrors(fields, input.steps).placed;
}
