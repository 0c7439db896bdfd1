import { AppException } from '../errors/app.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * An id that is not a UUID cannot exist: answer NOT_FOUND, as for any id the viewer may not see,
 * instead of letting PostgreSQL fail on the cast.
 */
export function requireUuid(value: string | null | undefined): string {
  if (!isUuid(value)) throw AppException.notFound();
  return value;
}
