// The "Nieuw traject" form as data: values, the same checks as the API, and the API's input.
import type { CreateTrackInput, RespondentKind } from '@kennislijn/web-graphql';

export const CASE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/;
export const RESPONDENTS_MAX = 20;
export const LABEL_MIN = 2;
export const LABEL_MAX = 60;

export interface RespondentRow {
  /** Only for React keys; never sent. */
  key: string;
  label: string;
  kind: RespondentKind | '';
}

export interface TrackFormValues {
  versionNumber: string;
  caseCode: string;
  notes: string;
  respondents: RespondentRow[];
  splitSpread: string;
  clientId: string;
}

/** What is wrong, as i18n keys under monitoring.newTrack.errors, by field ("respondents.0.label"). */
export type TrackFormErrors = Record<string, string>;

export function checkTrackForm(values: TrackFormValues): TrackFormErrors {
  const errors: TrackFormErrors = {};
  const code = values.caseCode.trim();
  if (!code) errors['caseCode'] = 'caseCodeRequired';
  else if (!CASE_CODE_PATTERN.test(code)) errors['caseCode'] = 'caseCodeFormat';
  if (!values.versionNumber) errors['versionNumber'] = 'versionRequired';
  if (values.respondents.length === 0) errors['respondents'] = 'respondentsRequired';
  if (values.respondents.length > RESPONDENTS_MAX) errors['respondents'] = 'respondentsTooMany';
  const seen = new Set<string>();
  values.respondents.forEach((r, i) => {
    const label = r.label.trim();
    if (label.length < LABEL_MIN) errors[`respondents.${i}.label`] = 'labelRequired';
    else if (label.length > LABEL_MAX) errors[`respondents.${i}.label`] = 'labelTooLong';
    else if (seen.has(label.toLowerCase())) errors[`respondents.${i}.label`] = 'labelDuplicate';
    seen.add(label.toLowerCase());
    if (!r.kind) errors[`respondents.${i}.kind`] = 'kindRequired';
  });
  if (values.splitSpread.trim()) {
    const n = parseDecimal(values.splitSpread);
    if (n === null || n <= 0) errors['splitSpread'] = 'splitSpreadPositive';
  }
  return errors;
}

/** "2,5" or "2.5" → 2.5; null when it is not a number. */
export function parseDecimal(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(clean)) return null;
  return Number(clean);
}

export function toCreateTrackInput(instrumentId: string, values: TrackFormValues, privacyOverrides: CreateTrackInput['privacyOverrides']): CreateTrackInput {
  const split = values.splitSpread.trim() ? parseDecimal(values.splitSpread) : null;
  return {
    instrumentId,
    versionNumber: Number(values.versionNumber),
    caseCode: values.caseCode.trim(),
    notes: values.notes.trim() || null,
    respondents: values.respondents.map((r) => ({ label: r.label.trim(), kind: r.kind as RespondentKind })),
    splitSpread: split,
    clientId: values.clientId || null,
    privacyOverrides,
  };
}

/** The privacy guard's field name for a respondent's label (the API says "respondents.<i>.label"). */
export const labelField = (index: number) => `respondents.${index}.label`;
