// What changed between two versions of an instrument (or a draft and its published version).
import type { DefinitionChange, DiffEntity, InstrumentDefinition, InstrumentItem } from './types';

/** Structural equality for JSON-like values (arrays in order, objects by own keys). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra);
  const kb = Object.keys(rb);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k]));
}

const ITEM_FIELDS = ['text', 'help', 'type', 'points', 'labels', 'options', 'reverse', 'subscaleId', 'required'] as const;

/**
 * ADDED / CHANGED (per field) in the order of `after`, then REMOVED in the order of `before`,
 * for a list of entities matched by id.
 */
function diffList<T extends { id: string }>(
  entity: DiffEntity,
  before: T[],
  after: T[],
  fields: readonly (keyof T & string)[],
  label: (newer: T | undefined, older: T | undefined) => string,
): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Set(after.map((x) => x.id));
  for (const x of after) {
    const o = old.get(x.id);
    if (!o) {
      changes.push({ entity, kind: 'ADDED', id: x.id, field: null, before: null, after: x, label: label(x, undefined) });
      continue;
    }
    for (const f of fields) {
      if (!deepEqual(o[f], x[f])) {
        changes.push({ entity, kind: 'CHANGED', id: x.id, field: f, before: o[f] ?? null, after: x[f] ?? null, label: label(x, o) });
      }
    }
  }
  for (const o of before) {
    if (!now.has(o.id)) changes.push({ entity, kind: 'REMOVED', id: o.id, field: null, before: o, after: null, label: label(undefined, o) });
  }
  return changes;
}

/** The newer text when it is not empty, else the older one, else the id. */
function itemLabel(newer: InstrumentItem | undefined, older: InstrumentItem | undefined): string {
  return newer?.text.trim() || older?.text.trim() || newer?.id || older?.id || '';
}

/**
 * All differences between two definitions, each readable on its own, ordered INSTRUMENT, ITEM,
 * SUBSCALE, SCORING, THRESHOLD, REFERENCE_LINE. Values in `before`/`after` are shared with the
 * inputs: treat them as read-only.
 */
export function diffDefinitions(before: InstrumentDefinition, after: InstrumentDefinition): DefinitionChange[] {
  const changes: DefinitionChange[] = [];

  for (const field of ['title', 'purpose', 'respondents'] as const) {
    if (!deepEqual(before[field], after[field])) {
      changes.push({ entity: 'INSTRUMENT', kind: 'CHANGED', id: null, field, before: before[field], after: after[field], label: field });
    }
  }

  // Items: field changes, then MOVED when an item's position among the items both versions share
  // differs (adding or removing an item alone moves nothing). Positions are 1-based.
  const itemChanges = new Map<string, DefinitionChange[]>();
  const removed: DefinitionChange[] = [];
  for (const c of diffList('ITEM', before.items, after.items, ITEM_FIELDS, itemLabel)) {
    if (c.kind === 'REMOVED') removed.push(c);
    else {
      const id = c.id as string;
      const list = itemChanges.get(id);
      if (list) list.push(c);
      else itemChanges.set(id, [c]);
    }
  }
  const afterIds = new Set(after.items.map((i) => i.id));
  const oldItems = new Map(before.items.map((i) => [i.id, i]));
  const commonBefore = new Map<string, number>();
  before.items.filter((i) => afterIds.has(i.id)).forEach((i, idx) => commonBefore.set(i.id, idx));
  let commonIndex = 0;
  for (const item of after.items) {
    changes.push(...(itemChanges.get(item.id) ?? []));
    const was = commonBefore.get(item.id);
    if (was === undefined) continue; // added
    if (was !== commonIndex) {
      const label = itemLabel(item, oldItems.get(item.id));
      changes.push({ entity: 'ITEM', kind: 'MOVED', id: item.id, field: null, before: was + 1, after: commonIndex + 1, label });
    }
    commonIndex++;
  }
  changes.push(...removed);

  changes.push(...diffList('SUBSCALE', before.subscales, after.subscales, ['name', 'method'], (n, o) => n?.name || o?.name || ''));

  for (const field of ['total', 'splitSpread'] as const) {
    if (!deepEqual(before.scoring[field], after.scoring[field])) {
      changes.push({ entity: 'SCORING', kind: 'CHANGED', id: null, field, before: before.scoring[field], after: after.scoring[field], label: field });
    }
  }

  changes.push(
    ...diffList('THRESHOLD', before.scoring.thresholds, after.scoring.thresholds, ['scope', 'kind', 'value', 'label'], (n, o) => n?.label || o?.label || ''),
  );
  changes.push(
    ...diffList('REFERENCE_LINE', before.scoring.referenceLines, after.scoring.referenceLines, ['scope', 'value', 'label'], (n, o) => n?.label || o?.label || ''),
  );
  return changes;
}
