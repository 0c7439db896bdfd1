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

export function readApiError(error: unknown): ApiError {
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
      const name = entry.field.split('.').pop() ?? entry.field;
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
