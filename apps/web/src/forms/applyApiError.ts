import type { UseFormReturnType } from '@mantine/form';
import { readApiError } from '@kennislijn/web-graphql';
import type { TFunction } from 'i18next';
import { apiErrorMessage } from './useApiErrorMessage';

interface ApplyOptions<Values> {
  // Which of the API's field names exist in this form.
  fields: readonly (keyof Values & string)[];
  // Codes whose message belongs on one field, e.g. CONFLICT on "email".
  codeFields?: Partial<Record<string, keyof Values & string>>;
}

// Puts the API's per-field messages on the form's fields (the typed values stay) and
// returns what is left to say above the form, or null.
export function applyApiError<Values>(
  form: UseFormReturnType<Values>,
  error: unknown,
  t: TFunction,
  { fields, codeFields = {} }: ApplyOptions<Values>,
): string | null {
  const apiError = readApiError(error);
  const known = new Set<string>(fields);
  const fieldErrors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(apiError.fieldErrors)) {
    if (known.has(field)) fieldErrors[field] = message;
    else unplaced.push(message);
  }
  const codeField = apiError.code ? codeFields[apiError.code] : undefined;
  if (codeField && apiError.message) fieldErrors[codeField] ??= apiError.message;

  if (Object.keys(fieldErrors).length > 0) {
    form.setErrors(fieldErrors);
    return unplaced.length > 0 ? unplaced.join(' ') : null;
  }
  return apiErrorMessage(error, t);
}
