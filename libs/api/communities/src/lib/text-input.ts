import { AppException, assertPrivacy, PrivacyOverrideInput } from '@kennislijn/api-core';

/**
 * Checks a free-text argument that is not part of an input class: length, and the privacy guard
 * (every free text passes it before it is stored). Returns it trimmed, or null when optional and empty.
 */
export function textArg(
  value: string | null | undefined,
  field: string,
  opts: { max: number; min?: number; required?: boolean; overrides?: PrivacyOverrideInput[] },
): string | null {
  const text = (value ?? '').trim();
  if (!text) {
    if (opts.required) throw AppException.badInput([{ field, key: 'validation.required' }]);
    return null;
  }
  if (opts.min && text.length < opts.min) throw AppException.badInput([{ field, key: 'validation.tooShort', params: { min: opts.min } }]);
  if (text.length > opts.max) throw AppException.badInput([{ field, key: 'validation.tooLong', params: { max: opts.max } }]);
  assertPrivacy({ [field]: text }, opts.overrides ?? []);
  return text;
}
