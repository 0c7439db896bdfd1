// Scoring responses and checking answers against an instrument definition.
import { VAS_MAX, VAS_MIN } from './types';
import type { Answer, Answers, DefinitionError, InstrumentDefinition, InstrumentItem, ScoreMethod, Scores } from './types';

/** The longest answer an open question takes (after trimming). */
export const OPEN_TEXT_MAX = 4000;

/** Rounds to 2 decimals the way every stored score is rounded; never returns -0. */
export function round2(x: number): number {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? 0 : r;
}

/** True for a plain object ({} or Object.create(null)), not an array, Date, class instance or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The non-null option scores of a SINGLE_CHOICE item. */
function optionScores(item: InstrumentItem): number[] {
  const scores: number[] = [];
  for (const o of item.options) if (o.score !== null && Number.isFinite(o.score)) scores.push(o.score);
  return scores;
}

/**
 * Whether an item counts towards subscales and the total: LIKERT and VAS always, SINGLE_CHOICE
 * only when at least one option carries a score. OPEN_TEXT never.
 */
export function isScoredItem(item: InstrumentItem): boolean {
  if (item.type === 'LIKERT' || item.type === 'VAS') return true;
  if (item.type === 'SINGLE_CHOICE') return optionScores(item).length > 0;
  return false;
}

/**
 * The score of one answer, reverse-keyed when the item says so, or null when the item is not
 * scored or the answer is missing or invalid.
 */
export function itemScore(item: InstrumentItem, answer: Answer | undefined): number | null {
  switch (item.type) {
    case 'LIKERT': {
      const points = item.points;
      if (typeof answer !== 'number' || points === null || !Number.isInteger(answer)) return null;
      if (answer < 1 || answer > points) return null;
      return item.reverse ? points + 1 - answer : answer;
    }
    case 'VAS': {
      if (typeof answer !== 'number' || !Number.isFinite(answer)) return null;
      if (answer < VAS_MIN || answer > VAS_MAX) return null;
      return item.reverse ? VAS_MAX + VAS_MIN - answer : answer;
    }
    case 'SINGLE_CHOICE': {
      if (typeof answer !== 'string') return null;
      const option = item.options.find((o) => o.id === answer);
      if (!option || option.score === null || !Number.isFinite(option.score)) return null;
      if (!item.reverse) return option.score;
      // Mirror the score within the range of the scored options: {0,1,3} → 3 becomes 0, 0 becomes 3, 1 becomes 2.
      const scores = optionScores(item);
      return Math.max(...scores) + Math.min(...scores) - option.score;
    }
    default:
      return null;
  }
}

/**
 * SUM: null as soon as one of the scored items is unanswered (a partial sum would look like a low
 * score). MEAN: the mean of the answered items, null when none is answered. Both null without items.
 */
function combine(method: ScoreMethod, scores: (number | null)[]): number | null {
  if (scores.length === 0) return null;
  let sum = 0;
  let answered = 0;
  for (const s of scores) {
    if (s === null) {
      if (method === 'SUM') return null;
      continue;
    }
    sum += s;
    answered++;
  }
  if (answered === 0) return null;
  return round2(method === 'SUM' ? sum : sum / answered);
}

/**
 * Scores one response. The total is computed over all scored items directly (not from the
 * subscale scores), so items without a subscale count too and subscales of unequal size are not
 * weighted equally.
 */
export function scoreResponse(def: InstrumentDefinition, answers: Answers): Scores {
  const bySubscale = new Map<string, (number | null)[]>();
  for (const s of def.subscales) bySubscale.set(s.id, []);
  const all: (number | null)[] = [];
  const given: Answers = isPlainObject(answers) ? answers : {};
  for (const item of def.items) {
    if (!isScoredItem(item)) continue;
    const score = itemScore(item, Object.prototype.hasOwnProperty.call(given, item.id) ? given[item.id] : null);
    all.push(score);
    if (item.subscaleId !== null) bySubscale.get(item.subscaleId)?.push(score);
  }
  const subscales: Record<string, number | null> = {};
  for (const s of def.subscales) subscales[s.id] = combine(s.method, bySubscale.get(s.id) ?? []);
  const total = def.scoring.total === null ? null : combine(def.scoring.total, all);
  return { total, subscales };
}

/** null, undefined and a string of only whitespace all mean "not answered". */
function isMissing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** True when a number has at most one decimal (tolerant of binary floating point: 7.3 passes). */
function hasAtMostOneDecimal(v: number): boolean {
  return Math.abs(v * 10 - Math.round(v * 10)) < 1e-9;
}

/**
 * Checks a submitted set of answers. Errors use the field `answers.<itemId>`; errors for the items
 * come in the definition's order, followed by answers to unknown items.
 */
export function validateAnswers(def: InstrumentDefinition, answers: unknown): DefinitionError[] {
  if (!isPlainObject(answers)) return [{ field: 'answers', key: 'validation.invalid' }];
  const errors: DefinitionError[] = [];
  const known = new Set<string>();
  for (const item of def.items) {
    known.add(item.id);
    const field = `answers.${item.id}`;
    const value = Object.prototype.hasOwnProperty.call(answers, item.id) ? answers[item.id] : undefined;
    if (isMissing(value)) {
      if (item.required) errors.push({ field, key: 'validation.required' });
      continue;
    }
    switch (item.type) {
      case 'LIKERT': {
        const points = item.points ?? 0;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > points) {
          errors.push({ field, key: 'instrument.answerLikert', params: { points } });
        }
        break;
      }
      case 'VAS':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < VAS_MIN || value > VAS_MAX || !hasAtMostOneDecimal(value)) {
          errors.push({ field, key: 'instrument.answerVas', params: { min: VAS_MIN, max: VAS_MAX } });
        }
        break;
      case 'SINGLE_CHOICE':
        if (typeof value !== 'string' || !item.options.some((o) => o.id === value)) {
          errors.push({ field, key: 'instrument.answerChoice' });
        }
        break;
      case 'OPEN_TEXT':
        if (typeof value !== 'string') errors.push({ field, key: 'validation.invalid' });
        else if (value.trim().length > OPEN_TEXT_MAX) errors.push({ field, key: 'validation.tooLong', params: { max: OPEN_TEXT_MAX } });
        break;
      default:
        errors.push({ field, key: 'validation.invalid' });
    }
  }
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) errors.push({ field: `answers.${id}`, key: 'instrument.unknownItem' });
  }
  return errors;
}

/**
 * The answers as they are stored: only known item ids, strings trimmed, blank strings as null and
 * VAS values rounded to one decimal. Does not validate: run validateAnswers first.
 */
export function normalizeAnswers(def: InstrumentDefinition, answers: Answers): Answers {
  const out: Answers = {};
  if (!isPlainObject(answers)) return out;
  for (const item of def.items) {
    if (!Object.prototype.hasOwnProperty.call(answers, item.id)) continue;
    let value: Answer | undefined = answers[item.id];
    if (value === undefined) value = null;
    if (typeof value === 'string') {
      value = value.trim();
      if (value === '') value = null;
    } else if (typeof value === 'number' && item.type === 'VAS' && Number.isFinite(value)) {
      value = Math.round(value * 10) / 10 || 0;
    }
    out[item.id] = value;
  }
  return out;
}
