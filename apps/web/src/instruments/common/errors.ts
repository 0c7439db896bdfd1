// Reading the API's answers for the editor: field errors keep their whole path ("items.i3.labels",
// "scoring.thresholds.t1.value"), because one page holds many items with the same field names.
import { CombinedGraphQLErrors } from '@apollo/client';
import { INSTRUMENT_MESSAGES, type DefinitionError } from '@kennislijn/shared-instruments';
import type { ServerPrivacyFinding } from '@kennislijn/web-graphql';
import type { TFunction } from 'i18next';

/** Field path → message, from a BAD_USER_INPUT answer. */
export function readFieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return out;
  for (const e of error.errors) {
    const fields = e.extensions?.['fields'];
    if (!Array.isArray(fields)) continue;
    for (const f of fields as { field?: unknown; message?: unknown }[]) {
      if (typeof f.field === 'string' && typeof f.message === 'string') out[f.field] ??= f.message;
    }
  }
  return out;
}

/** The message of a CONFLICT answer (somebody changed the part meanwhile), or null. */
export function readConflict(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const conflict = error.errors.find((e) => e.extensions?.['code'] === 'CONFLICT');
  return conflict ? conflict.message : null;
}

/** The draft revision a CONFLICT answer reports as current (publishing), or null. */
export function readConflictDraftRev(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const rev = error.errors.find((e) => e.extensions?.['code'] === 'CONFLICT')?.extensions?.['draftRev'];
  return typeof rev === 'number' ? rev : null;
}

/** The privacy guard's findings with their whole field names ("labels.2", "options.0", "subscales.s1.name"). */
export function readFindings(error: unknown): ServerPrivacyFinding[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const out: ServerPrivacyFinding[] = [];
  for (const e of error.errors) {
    if (e.extensions?.['code'] !== 'PRIVACY_FINDINGS') continue;
    const findings = e.extensions['findings'];
    if (!Array.isArray(findings)) continue;
    for (const f of findings as Partial<ServerPrivacyFinding>[]) {
      if (typeof f.field !== 'string' || typeof f.kind !== 'string' || typeof f.text !== 'string' || typeof f.start !== 'number') continue;
      out.push({
        field: f.field,
        kind: f.kind,
        start: f.start,
        end: typeof f.end === 'number' ? f.end : f.start + f.text.length,
        text: f.text,
        message: typeof f.message === 'string' ? f.message : '',
        replacement: typeof f.replacement === 'string' ? f.replacement : '',
        overridable: f.overridable !== false,
      });
    }
  }
  return out;
}

const fill = (text: string, params: Record<string, string | number> = {}) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

/** A message for a local check's error, in the page's language (the same words the API would use). */
export function definitionErrorMessage(error: DefinitionError, t: TFunction, language: 'nl' | 'en'): string {
  const own = INSTRUMENT_MESSAGES[error.key];
  if (own) return fill(own[language], error.params);
  switch (error.key) {
    case 'validation.required':
      return t('instruments.validation.required');
    case 'validation.tooLong':
      return t('instruments.validation.tooLong', { max: error.params?.['max'] ?? '' });
    case 'validation.tooShort':
      return t('instruments.validation.tooShort', { min: error.params?.['min'] ?? '' });
    case 'validation.enum':
      return t('instruments.validation.enum');
    default:
      return t('instruments.validation.invalid');
  }
}

/** Local errors as field path → message (the first per field). */
export function errorMap(errors: DefinitionError[], t: TFunction, language: 'nl' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[e.field] ??= definitionErrorMessage(e, t, language);
  return out;
}

/** Only the entries under `prefix` ("items.i3"), with the prefix taken off ("labels.0"). */
export function under(errors: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    if (field === prefix) out[''] = message;
    else if (field.startsWith(`${prefix}.`)) out[field.slice(prefix.length + 1)] = message;
  }
  return out;
}
