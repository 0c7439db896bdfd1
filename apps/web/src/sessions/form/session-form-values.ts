import { amsterdamToUtc, isNonexistentLocalTime, utcToAmsterdam } from '@kennislijn/shared-sessions';
import type { SessionDetailFieldsFragment, SessionInput } from '@kennislijn/web-graphql';
import type { TFunction } from 'i18next';
import type { PrivacyOverrideValue } from '../../privacy/usePrivacyGuard';

/** The "own theme" choice in the theme select. */
export const FREE_THEME = '__eigen';

export interface SessionFormValues {
  /** Create only. */
  communityId: string;
  title: string;
  /** A research-agenda theme code, FREE_THEME for an own theme, or '' for none. */
  theme: string;
  themeText: string;
  description: string;
  /** YYYY-MM-DD and HH:mm, Dutch time (Europe/Amsterdam). */
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  location: string;
  onlineUrl: string;
  /** Whole number as typed; '' is unlimited. */
  capacity: string;
  methodId: string;
  caseIds: string[];
  knowledgeIds: string[];
  instrumentIds: string[];
  privacyOverrides: PrivacyOverrideValue[];
  /** Made once per form: a retried plan is stored once. */
  clientId: string;
}

/** The fields the API may name in an error, as the form knows them. */
export const SESSION_FIELDS = [
  'communityId',
  'title',
  'themeCode',
  'themeText',
  'description',
  'startDate',
  'startTime',
  'endDate',
  'endTime',
  'location',
  'onlineUrl',
  'capacity',
  'methodId',
  'caseIds',
  'knowledgeIds',
  'instrumentIds',
] as const;

/** The API's field names on the form's fields (the theme code sits on the theme select). */
export function formFieldOf(apiField: string): keyof SessionFormValues | null {
  const name = apiField.replace(/^input\./, '').split('.')[0];
  if (name === 'themeCode') return 'theme';
  return (SESSION_FIELDS as readonly string[]).includes(name) ? (name as keyof SessionFormValues) : null;
}

function newClientId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : '00000000-0000-4000-8000-000000000000';
}

export function emptySession(communityId = ''): SessionFormValues {
  return {
    communityId,
    title: '',
    theme: '',
    themeText: '',
    description: '',
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    location: '',
    onlineUrl: '',
    capacity: '',
    methodId: '',
    caseIds: [],
    knowledgeIds: [],
    instrumentIds: [],
    privacyOverrides: [],
    clientId: newClientId(),
  };
}

export function sessionToValues(s: SessionDetailFieldsFragment): SessionFormValues {
  const start = utcToAmsterdam(s.startsAt);
  const end = utcToAmsterdam(s.endsAt);
  return {
    communityId: s.communityId,
    title: s.title,
    theme: s.themeCode ? s.themeCode : s.themeText ? FREE_THEME : '',
    themeText: s.themeCode ? '' : s.themeText,
    description: s.description,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    location: s.location,
    onlineUrl: s.onlineUrl ?? '',
    capacity: s.capacity === null || s.capacity === undefined ? '' : String(s.capacity),
    methodId: s.methodId ?? '',
    caseIds: [...s.caseIds],
    knowledgeIds: [...s.knowledgeIds],
    instrumentIds: [...s.instrumentIds],
    privacyOverrides: [],
    clientId: newClientId(),
  };
}

/** What the API gets (planSession adds communityId and clientId). */
export function valuesToInput(v: SessionFormValues): SessionInput {
  const capacity = v.capacity.trim();
  return {
    title: v.title.trim(),
    themeCode: v.theme && v.theme !== FREE_THEME ? v.theme : null,
    themeText: v.theme === FREE_THEME ? v.themeText.trim() : '',
    description: v.description,
    startDate: v.startDate,
    startTime: v.startTime,
    endDate: v.endDate,
    endTime: v.endTime,
    location: v.location.trim(),
    onlineUrl: v.onlineUrl.trim() || null,
    capacity: capacity === '' ? null : Number(capacity),
    methodId: v.methodId || null,
    caseIds: v.caseIds,
    knowledgeIds: v.knowledgeIds,
    instrumentIds: v.instrumentIds,
    privacyOverrides: v.privacyOverrides.map(({ kind, text, reason }) => ({ kind, text, reason })),
  };
}

/** The texts the privacy guard checks (the same the API checks). */
export function guardedTexts(v: SessionFormValues): Record<string, string> {
  return { title: v.title, themeText: v.theme === FREE_THEME ? v.themeText : '', description: v.description, location: v.location };
}

function instant(date: string, time: string): number | null {
  try {
    return Date.parse(amsterdamToUtc(date, time));
  } catch {
    return null;
  }
}

/** Checks in the browser, with the API's words where it has them; the API checks again. */
export function sessionValidators(t: TFunction, { creating }: { creating: boolean }) {
  return {
    communityId: (value: string) => (creating && !value ? t('sessions.form.errors.community') : null),
    title: (value: string) => (value.trim().length < 3 ? t('sessions.form.errors.title') : null),
    themeText: (value: string, v: SessionFormValues) => (v.theme === FREE_THEME && !value.trim() ? t('sessions.form.errors.themeText') : null),
    startDate: (value: string) => (!/^\d{4}-\d{2}-\d{2}$/.test(value) ? t('sessions.form.errors.date') : null),
    endDate: (value: string) => (!/^\d{4}-\d{2}-\d{2}$/.test(value) ? t('sessions.form.errors.date') : null),
    startTime: (value: string, v: SessionFormValues) => {
      if (!/^\d{2}:\d{2}$/.test(value)) return t('sessions.form.errors.time');
      if (/^\d{4}-\d{2}-\d{2}$/.test(v.startDate) && isNonexistentLocalTime(v.startDate, value)) return t('sessions.form.errors.nonexistent');
      return null;
    },
    endTime: (value: string, v: SessionFormValues) => {
      if (!/^\d{2}:\d{2}$/.test(value)) return t('sessions.form.errors.time');
      if (/^\d{4}-\d{2}-\d{2}$/.test(v.endDate) && isNonexistentLocalTime(v.endDate, value)) return t('sessions.form.errors.nonexistent');
      const a = instant(v.startDate, v.startTime);
      const b = instant(v.endDate, value);
      if (a !== null && b !== null && b <= a) return t('sessions.form.errors.order');
      if (a !== null && b !== null && b - a > 12 * 3600_000) return t('sessions.form.errors.tooLong');
      return null;
    },
    capacity: (value: string) => {
      const s = value.trim();
      if (s === '') return null;
      const n = Number(s);
      return /^\d+$/.test(s) && n >= 1 && n <= 1000 ? null : t('sessions.form.errors.capacity');
    },
    onlineUrl: (value: string) => (value.trim() && !/^https?:\/\/\S+$/i.test(value.trim()) ? t('sessions.form.errors.onlineUrl') : null),
  };
}
