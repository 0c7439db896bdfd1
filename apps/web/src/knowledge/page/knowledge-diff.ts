import { EVIDENCE_LEVEL_LABELS, KNOWLEDGE_TYPE_LABELS, THEORY_THEME_LABELS, type EvidenceLevel, type KnowledgeType, type TheoryTheme } from '@kennislijn/shared-domain';
import { referenceText, type CitationLike } from '../common/citation';

// The API's diff between two revisions says per field what it was and became, as text or JSON
// (lists, the citation, the finding). Here that becomes something a person reads.

export interface FieldChange {
  field: string;
  before?: string | null;
  after?: string | null;
}

export interface DiffContext {
  language: 'nl' | 'en';
  levelLabel: (level: number) => string;
  formName: (code: string) => string;
  researchThemeName: (code: string) => string;
  findingLabels: { studyDesign: string; sample: string; practiceImplications: string };
  linkedCount: (count: number) => string;
}

export interface ShownChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** The order fields are listed in: as on the form. */
export const DIFF_FIELD_ORDER = [
  'type',
  'title',
  'summary',
  'evidenceLevel',
  'citation',
  'finding',
  'qualifications',
  'levels',
  'collaborationForms',
  'researchThemes',
  'theoryThemes',
  'tags',
  'caseIds',
  'instrumentIds',
] as const;

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** One side of a change as readable text; null when the field was empty. */
export function formatDiffValue(field: string, raw: string | null | undefined, ctx: DiffContext): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  const lang = ctx.language;
  switch (field) {
    case 'type':
      return KNOWLEDGE_TYPE_LABELS[raw as KnowledgeType]?.[lang] ?? raw;
    case 'evidenceLevel':
      return EVIDENCE_LEVEL_LABELS[raw as EvidenceLevel]?.[lang] ?? raw;
    case 'citation': {
      const value = parse(raw);
      return value && typeof value === 'object' ? referenceText(value as CitationLike) : null;
    }
    case 'finding': {
      const value = parse(raw) as Record<string, unknown> | null;
      if (!value || typeof value !== 'object') return null;
      const keys = ['studyDesign', 'sample', 'practiceImplications'] as const;
      return keys
        .filter((k) => typeof value[k] === 'string' && value[k])
        .map((k) => `${ctx.findingLabels[k]}: ${String(value[k])}`)
        .join('\n');
    }
    case 'levels': {
      const levels = list(parse(raw)).map(Number).filter(Number.isFinite);
      return levels.length ? levels.map(ctx.levelLabel).join(', ') : null;
    }
    case 'collaborationForms':
    case 'researchThemes':
    case 'theoryThemes':
    case 'qualifications':
    case 'tags': {
      const codes = list(parse(raw)).map(String);
      if (!codes.length) return null;
      const name = (code: string) => {
        if (field === 'collaborationForms') return ctx.formName(code);
        if (field === 'researchThemes') return ctx.researchThemeName(code);
        if (field === 'theoryThemes') return THEORY_THEME_LABELS[code as TheoryTheme]?.[lang] ?? code;
        if (field === 'tags') return `#${code}`;
        return code;
      };
      return codes.map(name).join(', ');
    }
    case 'caseIds':
    case 'instrumentIds': {
      const ids = list(parse(raw));
      return ids.length ? ctx.linkedCount(ids.length) : null;
    }
    default:
      return raw;
  }
}

/** The changes in form order (unknown fields last), each side readable. */
export function showChanges(changes: readonly FieldChange[], ctx: DiffContext): ShownChange[] {
  const rank = (field: string) => {
    const index = (DIFF_FIELD_ORDER as readonly string[]).indexOf(field);
    return index === -1 ? DIFF_FIELD_ORDER.length : index;
  };
  return [...changes]
    .sort((a, b) => rank(a.field) - rank(b.field))
    .map((c) => ({ field: c.field, before: formatDiffValue(c.field, c.before, ctx), after: formatDiffValue(c.field, c.after, ctx) }));
}
