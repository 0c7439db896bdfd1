import { CombinedGraphQLErrors } from '@apollo/client';

// What a form needs to know about a failed request: the API's stable code, a message fit
// for a person (already localised by the API via Accept-Language) and per-field messages.
export interface ApiError {
  code: string | null;
  message: string | null;
  fieldErrors: Record<string, string>;
  isNetworkError: boolean;
}

interface FieldMessage {
  field?: unknown;
  message?: unknown;
}

interface ReadOptions {
  /** Keep nested field paths ("citation.doi") instead of the last segment ("doi"); a leading "input." is still dropped. */
  keepPaths?: boolean;
}

const fieldName = (field: string, keepPaths: boolean | undefined) =>
  keepPaths ? field.replace(/^input\./, '') : (field.split('.').pop() ?? field);

export function readApiError(error: unknown, { keepPaths }: ReadOptions = {}): ApiError {
  if (!CombinedGraphQLErrors.is(error)) {
    return { code: null, message: null, fieldErrors: {}, isNetworkError: true };
  }
  const first = error.errors[0];
  const code = typeof first?.extensions?.['code'] === 'string' ? first.extensions['code'] : null;
  const fieldErrors: Record<string, string> = {};
  for (const graphQLError of error.errors) {
    const fields = graphQLError.extensions?.['fields'];
    if (!Array.isArray(fields)) continue;
    for (const entry of fields as FieldMessage[]) {
      if (typeof entry.field !== 'string' || typeof entry.message !== 'string') continue;
      // The API may report "input.email"; forms know the field as "email".
      const name = fieldName(entry.field, keepPaths);
      fieldErrors[name] ??= entry.message;
    }
  }
  return { code, message: first?.message ?? null, fieldErrors, isNetworkError: false };
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === code)
  );
}

// A finding of the API's privacy guard (extensions.findings of PRIVACY_FINDINGS); the message is in
// the request's language.
export interface ServerPrivacyFinding {
  field: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  message: string;
  replacement: string;
  overridable: boolean;
}

const isFinding = (value: unknown): value is ServerPrivacyFinding => {
  if (!value || typeof value !== 'object') return false;
  const f = value as Record<string, unknown>;
  return typeof f['field'] === 'string' && typeof f['kind'] === 'string' && typeof f['text'] === 'string' && typeof f['start'] === 'number';
};

/** The findings of a PRIVACY_FINDINGS answer; empty for any other failure. */
export function readPrivacyFindings(error: unknown, { keepPaths }: ReadOptions = {}): ServerPrivacyFinding[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const out: ServerPrivacyFinding[] = [];
  for (const graphQLError of error.errors) {
    if (graphQLError.extensions?.['code'] !== 'PRIVACY_FINDINGS') continue;
    const findings = graphQLError.extensions['findings'];
    if (!Array.isArray(findings)) continue;
    for (const f of findings) {
      if (!isFinding(f)) continue;
      // The API may name the field "input.context"; forms know it as "context".
      out.push({ ...f, field: fieldName(f.field, keepPaths), message: typeof f.message === 'string' ? f.message : '' });
    }
  }
  return out;
}
