// One readable sentence per difference between two versions ("Tekst gewijzigd: “oud” → “nieuw”").
// Pure, with the translation function passed in, so it is tested without a browser.
import { RESPONDENT_KIND_LABELS, type ChoiceOption, type RespondentKind } from '@kennislijn/shared-instruments';

/** A change as the API sends it: before/after as JSON text. */
export interface ChangeInput {
  entity: string;
  kind: string;
  id?: string | null;
  field?: string | null;
  before?: string | null;
  after?: string | null;
  label: string;
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface DiffContext {
  language: 'nl' | 'en';
  /** A subscale's name for an id (from the newer definition), or the id itself. */
  subscaleName: (id: string) => string;
}

const MAX = 140;
const parse = (json: string | null | undefined): unknown => {
  if (json === null || json === undefined) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
};

const short = (text: string) => (text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text);

function quoted(value: unknown, tr: Translate): string {
  if (value === null || value === undefined || value === '') return tr('instruments.diff.empty');
  return `“${short(String(value))}”`;
}

function list(value: unknown, tr: Translate, each: (v: unknown) => string = (v) => String(v)): string {
  if (!Array.isArray(value) || value.length === 0) return tr('instruments.diff.empty');
  return short(value.map(each).join(', '));
}

function scopeName(scope: unknown, tr: Translate, ctx: DiffContext): string {
  return scope === 'TOTAL' ? tr('instruments.scoring.scopeTotal') : ctx.subscaleName(String(scope));
}

function plain(value: unknown, tr: Translate): string {
  if (value === null || value === undefined || value === '') return tr('instruments.diff.empty');
  return String(value);
}

function rule(v: { scope?: unknown; kind?: unknown; value?: unknown }, tr: Translate, ctx: DiffContext): string {
  const kind = v.kind ? tr(`instruments.scoring.kinds.${String(v.kind)}`).toLowerCase() : '';
  return [scopeName(v.scope, tr, ctx), kind, plain(v.value, tr)].filter(Boolean).join(' ');
}

function itemChange(c: ChangeInput, before: unknown, after: unknown, tr: Translate, ctx: DiffContext): string {
  const label = short(c.label || c.id || '');
  const p = { label };
  switch (c.field) {
    case 'text':
      return tr('instruments.diff.itemText', { before: quoted(before, tr), after: quoted(after, tr) });
    case 'help':
      return tr('instruments.diff.itemHelp', { ...p, before: quoted(before, tr), after: quoted(after, tr) });
    case 'type':
      return tr('instruments.diff.itemType', { ...p, before: tr(`instruments.types.${String(before)}`), after: tr(`instruments.types.${String(after)}`) });
    case 'points':
      return tr('instruments.diff.itemPoints', { ...p, before: plain(before, tr), after: plain(after, tr) });
    case 'labels':
      return tr('instruments.diff.itemLabels', { ...p, before: list(before, tr), after: list(after, tr) });
    case 'options': {
      const option = (o: unknown) => {
        const opt = o as ChoiceOption;
        return opt.score === null || opt.score === undefined ? opt.label : `${opt.label} (${opt.score})`;
      };
      return tr('instruments.diff.itemOptions', { ...p, before: list(before, tr, option), after: list(after, tr, option) });
    }
    case 'reverse':
      return tr(after ? 'instruments.diff.itemReverseOn' : 'instruments.diff.itemReverseOff', p);
    case 'required':
      return tr(after ? 'instruments.diff.itemRequiredOn' : 'instruments.diff.itemRequiredOff', p);
    case 'subscaleId': {
      const name = (v: unknown) => (v ? ctx.subscaleName(String(v)) : tr('instruments.editor.noSubscale'));
      return tr('instruments.diff.itemSubscale', { ...p, before: name(before), after: name(after) });
    }
    default:
      return tr('instruments.diff.itemOther', p);
  }
}

/** The sentence for one change. */
export function describeChange(c: ChangeInput, tr: Translate, ctx: DiffContext): string {
  const before = parse(c.before);
  const after = parse(c.after);
  const label = short(c.label || c.id || '');
  switch (c.entity) {
    case 'INSTRUMENT':
      if (c.field === 'title') return tr('instruments.diff.title', { before: quoted(before, tr), after: quoted(after, tr) });
      if (c.field === 'respondents') {
        const name = (k: unknown) => RESPONDENT_KIND_LABELS[k as RespondentKind]?.[ctx.language] ?? String(k);
        return tr('instruments.diff.respondents', { before: list(before, tr, name), after: list(after, tr, name) });
      }
      return tr('instruments.diff.purpose');
    case 'ITEM':
      if (c.kind === 'ADDED') return tr('instruments.diff.itemAdded', { label });
      if (c.kind === 'REMOVED') return tr('instruments.diff.itemRemoved', { label });
      if (c.kind === 'MOVED') return tr('instruments.diff.itemMoved', { label, before: plain(before, tr), after: plain(after, tr) });
      return itemChange(c, before, after, tr, ctx);
    case 'SUBSCALE':
      if (c.kind === 'ADDED') return tr('instruments.diff.subscaleAdded', { label });
      if (c.kind === 'REMOVED') return tr('instruments.diff.subscaleRemoved', { label });
      if (c.field === 'name') return tr('instruments.diff.subscaleName', { before: quoted(before, tr), after: quoted(after, tr) });
      return tr('instruments.diff.subscaleMethod', { label, before: tr(`instruments.scoring.methods.${String(before)}`), after: tr(`instruments.scoring.methods.${String(after)}`) });
    case 'SCORING':
      if (c.field === 'total') {
        const method = (v: unknown) => (v ? tr(`instruments.scoring.methods.${String(v)}`) : tr('instruments.scoring.totalNone'));
        return tr('instruments.diff.total', { before: method(before), after: method(after) });
      }
      return tr('instruments.diff.splitSpread', { before: plain(before, tr), after: plain(after, tr) });
    case 'THRESHOLD': {
      if (c.kind === 'ADDED') return tr('instruments.diff.thresholdAdded', { label, rule: rule(after as object, tr, ctx) });
      if (c.kind === 'REMOVED') return tr('instruments.diff.thresholdRemoved', { label, rule: rule(before as object, tr, ctx) });
      const show = (v: unknown) =>
        c.field === 'scope' ? scopeName(v, tr, ctx) : c.field === 'kind' ? tr(`instruments.scoring.kinds.${String(v)}`) : c.field === 'label' ? quoted(v, tr) : plain(v, tr);
      return tr('instruments.diff.thresholdChanged', { label, field: tr(`instruments.diff.fields.${c.field ?? 'value'}`), before: show(before), after: show(after) });
    }
    case 'REFERENCE_LINE': {
      const line = (v: unknown) => {
        const r = (v ?? {}) as { scope?: unknown; value?: unknown };
        return `${scopeName(r.scope, tr, ctx)} ${plain(r.value, tr)}`;
      };
      if (c.kind === 'ADDED') return tr('instruments.diff.referenceLineAdded', { label, rule: line(after) });
      if (c.kind === 'REMOVED') return tr('instruments.diff.referenceLineRemoved', { label, rule: line(before) });
      const show = (v: unknown) => (c.field === 'scope' ? scopeName(v, tr, ctx) : c.field === 'label' ? quoted(v, tr) : plain(v, tr));
      return tr('instruments.diff.referenceLineChanged', { label, field: tr(`instruments.diff.fields.${c.field ?? 'value'}`), before: show(before), after: show(after) });
    }
    default:
      return label;
  }
}
