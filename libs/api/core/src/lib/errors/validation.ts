import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppException, FieldError } from './app.exception';
import { MESSAGES } from './messages';

// class-validator messages are keys, optionally "key|name=value,...", e.g. "validation.tooLong|max=$constraint1".
// Any key of the message catalogue works (modules add their own, e.g. "instrument.caseCodeFormat").
function toFieldError(field: string, message: string): FieldError {
  const [key, rawParams] = message.split('|');
  if (!key.startsWith('validation.') && !MESSAGES[key]) return { field, key: fallbackKey(message) };
  const params: Record<string, string | number> = {};
  for (const pair of (rawParams ?? '').split(',').filter(Boolean)) {
    const [name, value] = pair.split('=');
    params[name] = Number.isFinite(Number(value)) ? Number(value) : value;
  }
  return { field, key, params };
}

function fallbackKey(message: string): string {
  if (/email/i.test(message)) return 'validation.email';
  if (/must be one of|enum/i.test(message)) return 'validation.enum';
  if (/should not be empty|must be a string/i.test(message)) return 'validation.required';
  return 'validation.invalid';
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    // One message per field: the first failing constraint is the one a person fixes first.
    if (messages.length) out.push(toFieldError(field, messages[0]));
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppException.badInput(flattenValidationErrors(errors)),
  });
}
