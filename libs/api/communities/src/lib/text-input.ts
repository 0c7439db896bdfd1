import { AppException } from '@kennislijn/api-core';

/** Checks a free-text argument that is not part of an input class; returns it trimmed (or null when optional and empty). */
export function textArg(value: string | null | undefined, field: string, opts: { max: number; min?: number; required?: boolean }): string | null {
  const text = (value ?? '').trim();
  if (!text) {
    if (opts.required) throw AppException.badInput([{ field, key: 'validation.required' }]);
    return null;
  }
  if (opts.min && text.length < opts.min) throw AppException.badInput([{ field, key: 'validation.tooShort', params: { min: opts.min } }]);
  if (text.length > opts.max) throw AppException.badInput([{ field, key: 'validation.tooLong', params: { max: opts.max } }]);
  return text;
}
