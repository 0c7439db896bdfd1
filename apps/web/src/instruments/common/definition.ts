// Between the API's shapes (GraphQL results with __typename, inputs) and the shared instrument types
// the editor, the validation and the diffs work with.
import type {
  ChoiceOption,
  InstrumentDefinition,
  InstrumentItem,
  ReferenceLine,
  RespondentKind,
  ScoreMethod,
  Scoring,
  Subscale,
  Threshold,
  ThresholdKind,
} from '@kennislijn/shared-instruments';
import type { InstrumentDefinitionFieldsFragment, InstrumentItemInput, ScoringInput } from '@kennislijn/web-graphql';

type GqlDefinition = InstrumentDefinitionFieldsFragment;
type GqlItem = GqlDefinition['items'][number];

export function toItem(item: GqlItem): InstrumentItem {
  return {
    id: item.id,
    type: item.type,
    text: item.text,
    help: item.help ?? null,
    points: item.points ?? null,
    labels: [...item.labels],
    options: item.options.map((o): ChoiceOption => ({ id: o.id, label: o.label, score: o.score ?? null })),
    reverse: item.reverse,
    subscaleId: item.subscaleId ?? null,
    required: item.required,
  };
}

/** The scoring part of a definition: subscales with the scoring, edited and saved together. */
export interface ScoringPart {
  subscales: Subscale[];
  scoring: Scoring;
}

export function toScoringPart(def: GqlDefinition): ScoringPart {
  return {
    subscales: def.subscales.map((s): Subscale => ({ id: s.id, name: s.name, method: s.method as ScoreMethod })),
    scoring: {
      total: (def.scoring.total ?? null) as ScoreMethod | null,
      splitSpread: def.scoring.splitSpread ?? null,
      thresholds: def.scoring.thresholds.map((t): Threshold => ({ id: t.id, scope: t.scope, kind: t.kind as ThresholdKind, value: t.value, label: t.label })),
      referenceLines: def.scoring.referenceLines.map((r): ReferenceLine => ({ id: r.id, scope: r.scope, value: r.value, label: r.label })),
    },
  };
}

/** Title, purpose and who fills it in: the "meta" part. */
export interface MetaPart {
  title: string;
  purpose: string;
  respondents: RespondentKind[];
}

export function toMetaPart(def: GqlDefinition): MetaPart {
  return { title: def.title, purpose: def.purpose, respondents: [...def.respondents] };
}

export function toDefinition(def: GqlDefinition): InstrumentDefinition {
  const scoring = toScoringPart(def);
  return { ...toMetaPart(def), items: def.items.map(toItem), subscales: scoring.subscales, scoring: scoring.scoring };
}

const trimmedOrNull = (s: string | null) => (s && s.trim() ? s.trim() : null);

/** An item as the API stores it (trimmed texts, fields of other types emptied): compare these, not what was typed. */
export function normalizeItem(item: InstrumentItem): InstrumentItem {
  return {
    id: item.id,
    type: item.type,
    text: item.text.trim(),
    help: trimmedOrNull(item.help),
    points: item.type === 'LIKERT' ? item.points : null,
    labels: item.labels.map((l) => l.trim()),
    options: item.type === 'SINGLE_CHOICE' ? item.options.map((o) => ({ id: o.id.trim(), label: o.label.trim(), score: o.score ?? null })) : [],
    reverse: item.reverse,
    subscaleId: item.subscaleId || null,
    required: item.required,
  };
}

export function normalizeMeta(meta: MetaPart): MetaPart {
  return { title: meta.title.trim(), purpose: meta.purpose, respondents: [...new Set(meta.respondents)] };
}

export function normalizeScoring(part: ScoringPart): ScoringPart {
  return {
    subscales: part.subscales.map((s) => ({ id: s.id.trim(), name: s.name.trim(), method: s.method })),
    scoring: {
      total: part.scoring.total,
      splitSpread: part.scoring.splitSpread ?? null,
      thresholds: part.scoring.thresholds.map((t) => ({ ...t, id: t.id.trim(), label: t.label.trim() })),
      referenceLines: part.scoring.referenceLines.map((r) => ({ ...r, id: r.id.trim(), label: r.label.trim() })),
    },
  };
}

export function itemInput(item: InstrumentItem): InstrumentItemInput {
  const n = normalizeItem(item);
  return {
    type: n.type,
    text: n.text,
    help: n.help,
    points: n.points,
    labels: n.labels,
    options: n.options.map((o) => ({ id: o.id, label: o.label, score: o.score })),
    reverse: n.reverse,
    subscaleId: n.subscaleId,
    required: n.required,
  };
}

export function scoringInput(part: ScoringPart): ScoringInput {
  const n = normalizeScoring(part);
  return {
    subscales: n.subscales.map((s) => ({ id: s.id, name: s.name, method: s.method })),
    total: n.scoring.total,
    splitSpread: n.scoring.splitSpread,
    thresholds: n.scoring.thresholds.map((t) => ({ id: t.id, scope: t.scope, kind: t.kind, value: t.value, label: t.label })),
    referenceLines: n.scoring.referenceLines.map((r) => ({ id: r.id, scope: r.scope, value: r.value, label: r.label })),
  };
}

export interface PartRev {
  rev: number;
  byName: string | null;
}

/** The revision of one part of the draft (a part nobody changed yet has revision 0). */
export function partRev(parts: readonly { part: string; rev: number; byName?: string | null }[], part: string): PartRev {
  const found = parts.find((p) => p.part === part);
  return { rev: found?.rev ?? 0, byName: found?.byName ?? null };
}

export const itemPart = (itemId: string) => `item:${itemId}`;

/** A short id for a new subscale, threshold, reference line or option, unique within `taken`. */
export function freshId(prefix: string, taken: readonly string[]): string {
  const used = new Set(taken);
  for (let n = taken.length + 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!used.has(id)) return id;
  }
}
