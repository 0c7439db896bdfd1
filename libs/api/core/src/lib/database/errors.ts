import { QueryFailedError } from 'typeorm';

/** True when PostgreSQL refused a write because a unique index already holds the value (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}
