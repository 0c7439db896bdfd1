import type { EvidenceLevel, KnowledgeType, TheoryTheme } from '@kennislijn/shared-domain';
import type { CitationInput, KnowledgeContentInput, KnowledgeDetailFieldsFragment } from '@kennislijn/web-graphql';
import type { TFunction } from 'i18next';
import type { PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';
import { SITE_WIDE } from '../common/filters';

export interface CitationValues {
  /** One entry per author, "Achternaam, V.". */
  authors: string[];
  year: string;
  title: string;
  container: string;
  volume: string;
  issue: string;
  pages: string;
  doi: string;
  url: string;
}

export interface FindingValues {
  studyDesign: string;
  sample: string;
  practiceImplications: string;
}

export interface KnowledgeFormValues {
  /** Create only: a community id, or SITE_WIDE for the general knowledge base (curators). */
  communityId: string;
  type: KnowledgeType | '';
  title: string;
  summary: string;
  evidenceLevel: EvidenceLevel | '';
  hasCitation: boolean;
  citation: CitationValues;
  finding: FindingValues;
  qualificationCodes: string[];
  /** Level numbers as strings ("1".."4"), as checkbox groups keep them. */
  levels: string[];
  collaborationFormCodes: string[];
  researchThemeCodes: string[];
  theoryThemes: TheoryTheme[];
  tags: string[];
  /** Edit only: why it changed (kept with the revision). */
  changeNote: string;
  privacyOverrides: PrivacyOverrideValue[];
  // Links the form does not edit; sent back unchanged so an edit keeps them.
  caseIds: string[];
  instrumentIds: string[];
  // Sent with a new item: a retry after a lost answer returns the stored item instead of a second one.
  clientId: string;
}

/** Field names (form paths) the API may report an error on. */
export const KNOWLEDGE_FIELDS = [
  'communityId',
  'type',
  'title',
  'summary',
  'evidenceLevel',
  'citation.authors',
  'citation.year',
  'citation.title',
  'citation.container',
  'citation.volume',
  'citation.issue',
  'citation.pages',
  'citation.doi',
  'citation.url',
  'finding.studyDesign',
  'finding.sample',
  'finding.practiceImplications',
  'qualificationCodes',
  'levels',
  'collaborationFormCodes',
  'researchThemeCodes',
  'theoryThemes',
  'tags',
  'changeNote',
] as const;

/** The texts the privacy guard checks while typing (the API checks the same, and each tag). */
export const GUARDED_FIELDS = [
  'title',
  'summary',
  'citation.title',
  'citation.container',
  'finding.studyDesign',
  'finding.sample',
  'finding.practiceImplications',
  'changeNote',
] as const;

const emptyCitation = (): CitationValues => ({ authors: [''], year: '', title: '', container: '', volume: '', issue: '', pages: '', doi: '', url: '' });
const emptyFinding = (): FindingValues => ({ studyDesign: '', sample: '', practiceImplications: '' });

export interface NewItemPreset {
  communityId?: string;
  qualification?: string;
  level?: string;
}

export function emptyKnowledge(preset: NewItemPreset = {}): KnowledgeFormValues {
  return {
    communityId: preset.communityId ?? '',
    type: '',
    title: '',
    summary: '',
    evidenceLevel: '',
    hasCitation: true,
    citation: emptyCitation(),
    finding: emptyFinding(),
    qualificationCodes: preset.qualification ? [preset.qualification] : [],
    levels: preset.level ? [preset.level] : [],
    collaborationFormCodes: [],
    researchThemeCodes: [],
    theoryThemes: [],
    tags: [],
    changeNote: '',
    privacyOverrides: [],
    caseIds: [],
    instrumentIds: [],
    clientId: newClientId(),
  };
}

function newClientId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : '00000000-0000-4000-8000-000000000000';
}

export function knowledgeToValues(item: KnowledgeDetailFieldsFragment): KnowledgeFormValues {
  const c = item.citation;
  return {
    communityId: item.communityId ?? SITE_WIDE,
    type: item.type,
    title: item.title,
    summary: item.summary,
    evidenceLevel: item.evidenceLevel,
    hasCitation: Boolean(c),
    citation: c
      ? {
          authors: c.authors.length ? [...c.authors] : [''],
          year: String(c.year),
          title: c.title,
          container: c.container ?? '',
          volume: c.volume ?? '',
          issue: c.issue ?? '',
          pages: c.pages ?? '',
          doi: c.doi ?? '',
          url: c.url ?? '',
        }
      : emptyCitation(),
    finding: item.finding ? { ...emptyFinding(), studyDesign: item.finding.studyDesign, sample: item.finding.sample, practiceImplications: item.finding.practiceImplications } : emptyFinding(),
    qualificationCodes: item.qualifications.map((q) => q.code),
    levels: item.levels.map((l) => String(l.number)),
    collaborationFormCodes: item.collaborationForms.map((f) => f.code),
    researchThemeCodes: item.researchThemes.map((r) => r.code),
    theoryThemes: [...item.theoryThemes],
    tags: [...item.tags],
    changeNote: '',
    privacyOverrides: [],
    caseIds: item.cases.map((x) => x.id),
    instrumentIds: item.instruments.map((x) => x.id),
    clientId: newClientId(),
  };
}

const blankToNull = (value: string) => value.trim() || null;

const hasFinding = (f: FindingValues) => Boolean(f.studyDesign.trim() || f.sample.trim() || f.practiceImplications.trim());

/** Whether the finding fields apply (research findings only). */
export const showsFinding = (type: KnowledgeType | '') => type === 'RESEARCH_FINDING';

export function citationToInput(c: CitationValues): CitationInput {
  return {
    authors: c.authors.map((a) => a.trim()).filter(Boolean),
    year: Number.parseInt(c.year.trim(), 10),
    title: c.title.trim(),
    container: blankToNull(c.container),
    volume: blankToNull(c.volume),
    issue: blankToNull(c.issue),
    pages: blankToNull(c.pages),
    doi: blankToNull(c.doi),
    url: blankToNull(c.url),
  };
}

/** What the API stores; the finding only for a research finding with something filled in. */
export function valuesToContent(values: KnowledgeFormValues): KnowledgeContentInput {
  return {
    type: values.type as KnowledgeType,
    title: values.title.trim(),
    summary: values.summary.trim(),
    evidenceLevel: values.evidenceLevel as EvidenceLevel,
    citation: values.hasCitation ? citationToInput(values.citation) : null,
    finding:
      showsFinding(values.type) && hasFinding(values.finding)
        ? { studyDesign: values.finding.studyDesign.trim(), sample: values.finding.sample.trim(), practiceImplications: values.finding.practiceImplications.trim() }
        : null,
    qualificationCodes: values.qualificationCodes,
    levels: values.levels.map(Number),
    collaborationFormCodes: values.collaborationFormCodes,
    researchThemeCodes: values.researchThemeCodes,
    theoryThemes: values.theoryThemes,
    tags: values.tags.map((t) => t.trim()).filter(Boolean),
    caseIds: values.caseIds,
    instrumentIds: values.instrumentIds,
    privacyOverrides: values.privacyOverrides,
  };
}

/** The community of a new item: null for the general knowledge base. */
export const communityOf = (values: KnowledgeFormValues): string | null => (values.communityId === SITE_WIDE ? null : values.communityId);

/**
 * The API's field errors placed on the form: "tags.2" belongs to the tags field, "citation.authors.0" to the
 * authors. What has no field on this form comes back as `unplaced`, to say above the button.
 */
export function placeFieldErrors(fieldErrors: Record<string, string>): { placed: Record<string, string>; unplaced: string[] } {
  const known = new Set<string>(KNOWLEDGE_FIELDS);
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [raw, message] of Object.entries(fieldErrors)) {
    const path = raw.replace(/^input\./, '').replace(/\.\d+$/, '');
    if (known.has(path)) placed[path] ??= message;
    else unplaced.push(message);
  }
  return { placed, unplaced };
}

/** The guarded texts by field path, for the privacy guard. */
export function guardedTexts(values: KnowledgeFormValues, editing: boolean): Record<string, string> {
  const texts: Record<string, string> = { title: values.title, summary: values.summary };
  if (values.hasCitation) {
    texts['citation.title'] = values.citation.title;
    texts['citation.container'] = values.citation.container;
  }
  if (showsFinding(values.type)) {
    texts['finding.studyDesign'] = values.finding.studyDesign;
    texts['finding.sample'] = values.finding.sample;
    texts['finding.practiceImplications'] = values.finding.practiceImplications;
  }
  if (editing) texts['changeNote'] = values.changeNote;
  return texts;
}

/** The fields whose value differs from where the edit started (shown again after a conflict). */
export function changedFields(start: KnowledgeFormValues, mine: KnowledgeFormValues): { field: string; value: string }[] {
  const flat = (v: KnowledgeFormValues): Record<string, string> => ({
    type: v.type,
    title: v.title,
    summary: v.summary,
    evidenceLevel: v.evidenceLevel,
    citation: v.hasCitation ? JSON.stringify(citationToInput(v.citation)) : '',
    finding: showsFinding(v.type) ? [v.finding.studyDesign, v.finding.sample, v.finding.practiceImplications].join('\n') : '',
    qualificationCodes: v.qualificationCodes.join(', '),
    levels: v.levels.join(', '),
    collaborationFormCodes: v.collaborationFormCodes.join(', '),
    researchThemeCodes: v.researchThemeCodes.join(', '),
    theoryThemes: v.theoryThemes.join(', '),
    tags: v.tags.join(', '),
    changeNote: v.changeNote,
  });
  const a = flat(start);
  const b = flat(mine);
  return Object.keys(b)
    .filter((k) => a[k] !== b[k] && b[k].trim() !== '')
    .map((k) => ({ field: k, value: k === 'citation' ? citationLine(mine.citation) : b[k] }));
}

function citationLine(c: CitationValues): string {
  const input = citationToInput(c);
  return [input.authors.join('; '), c.year, input.title, input.container, input.doi ?? input.url].filter(Boolean).join(' · ');
}

// Client-side checks mirror the API's rules (required, lengths), so most mistakes show before a round trip.
// The DOI and URL format are left to the API: its message says how a DOI looks.
const minLength = (min: number, t: TFunction) => (value: string) =>
  value.trim().length >= min ? null : value.trim() ? t('validation.minLength', { min }) : t('validation.required');

export function knowledgeValidators(t: TFunction, { editing }: { editing: boolean }) {
  const whenCitation = (check: (value: string) => string | null) => (value: string, values: KnowledgeFormValues) => (values.hasCitation ? check(value) : null);
  const whenFinding = (check: (value: string) => string | null) => (value: string, values: KnowledgeFormValues) =>
    showsFinding(values.type) && hasFinding(values.finding) ? check(value) : null;
  return {
    communityId: (value: string) => (editing || value ? null : t('knowledge.form.communityRequired')),
    type: (value: string) => (value ? null : t('knowledge.form.typeRequired')),
    title: minLength(5, t),
    summary: minLength(20, t),
    evidenceLevel: (value: string) => (value ? null : t('knowledge.form.evidenceRequired')),
    citation: {
      authors: (value: string[], values: KnowledgeFormValues) =>
        values.hasCitation && !value.some((a) => a.trim()) ? t('knowledge.form.authorsRequired') : null,
      year: whenCitation((value) => {
        const year = Number(value.trim());
        return /^\d{4}$/.test(value.trim()) && year >= 1800 && year <= 2100 ? null : t('knowledge.form.yearInvalid');
      }),
      title: whenCitation(minLength(3, t)),
    },
    finding: {
      studyDesign: whenFinding(minLength(3, t)),
      sample: whenFinding(minLength(3, t)),
      practiceImplications: whenFinding(minLength(20, t)),
    },
    changeNote: (value: string) => (!editing ? null : value.trim().length >= 3 ? null : t('knowledge.form.changeNoteRequired')),
  };
}
