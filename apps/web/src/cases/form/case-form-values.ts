import type { AllianceAspect, CaseContentInput, CaseDetailFieldsFragment, DamourConcept } from '@kennislijn/web-graphql';
import type { TFunction } from 'i18next';
import type { PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';

export interface CaseFormValues {
  communityId: string;
  title: string;
  context: string;
  dilemma: string;
  tried: string;
  collaborationFormCode: string;
  allianceAspects: AllianceAspect[];
  damourConcepts: DamourConcept[];
  qualificationCodes: string[];
  /** Level numbers as strings ("1".."4"), as checkbox groups keep them. */
  levelNumbers: string[];
  tags: string[];
  postAnonymously: boolean;
  privacyOverrides: PrivacyOverrideValue[];
  // Sent with a new case: a retry after a lost answer returns the stored case instead of a second one.
  clientId: string;
}

/** The texts the privacy guard checks (the API checks the same four). */
export const CASE_TEXT_FIELDS = ['title', 'context', 'dilemma', 'tried'] as const;

/** Field names the API may report errors on. */
export const CASE_FIELDS = [
  'communityId',
  'title',
  'context',
  'dilemma',
  'tried',
  'collaborationFormCode',
  'allianceAspects',
  'damourConcepts',
  'qualificationCodes',
  'levelNumbers',
  'tags',
] as const satisfies readonly (keyof CaseFormValues)[];

export function emptyCase(communityId = ''): CaseFormValues {
  return {
    communityId,
    title: '',
    context: '',
    dilemma: '',
    tried: '',
    collaborationFormCode: '',
    allianceAspects: [],
    damourConcepts: [],
    qualificationCodes: [],
    levelNumbers: [],
    tags: [],
    postAnonymously: false,
    privacyOverrides: [],
    clientId: crypto.randomUUID(),
  };
}

export function caseToValues(kase: CaseDetailFieldsFragment): CaseFormValues {
  return {
    communityId: kase.community.id,
    title: kase.title,
    context: kase.context,
    dilemma: kase.dilemma,
    tried: kase.tried,
    collaborationFormCode: kase.collaborationForm.code,
    allianceAspects: [...kase.allianceAspects],
    damourConcepts: [...kase.damourConcepts],
    qualificationCodes: kase.qualifications.map((q) => q.code),
    levelNumbers: kase.levels.map((l) => String(l.number)),
    tags: [...kase.tags],
    postAnonymously: kase.authorHidden,
    privacyOverrides: [],
    clientId: crypto.randomUUID(),
  };
}

export function valuesToContent(values: CaseFormValues): CaseContentInput {
  return {
    title: values.title.trim(),
    context: values.context.trim(),
    dilemma: values.dilemma.trim(),
    tried: values.tried.trim() || null,
    collaborationFormCode: values.collaborationFormCode,
    allianceAspects: values.allianceAspects,
    damourConcepts: values.damourConcepts,
    qualificationCodes: values.qualificationCodes,
    levelNumbers: values.levelNumbers.map(Number),
    tags: values.tags,
    postAnonymously: values.postAnonymously,
    privacyOverrides: values.privacyOverrides,
  };
}

// Client-side checks mirror the API's rules (lengths), so most mistakes show before a round trip.
const minLength = (min: number, t: TFunction) => (value: string) =>
  value.trim().length >= min ? null : value.trim() ? t('validation.minLength', { min }) : t('validation.required');

export function caseValidators(t: TFunction) {
  return {
    communityId: (value: string) => (value ? null : t('validation.communityRequired')),
    title: minLength(5, t),
    context: minLength(20, t),
    dilemma: minLength(20, t),
    collaborationFormCode: (value: string) => (value ? null : t('validation.collaborationFormRequired')),
  };
}
