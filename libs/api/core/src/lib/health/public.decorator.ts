import { applyDecorators, SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'kennislijn:isPublic';
export const IGNORES_STALE_TOKEN_KEY = 'kennislijn:ignoresStaleToken';

/**
 * Opts an operation out of the global deny-by-default guard. A public operation that receives an
 * expired or invalid token still answers UNAUTHENTICATED, so the client refreshes instead of
 * silently seeing less (e.g. a private community it belongs to as NOT_FOUND). The sign-in flow
 * itself (`ignoreStaleToken`) runs with any token, since that is how a stale one is replaced.
 */
export const Public = (options: { ignoreStaleToken?: boolean } = {}): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC_KEY, true), SetMetadata(IGNORES_STALE_TOKEN_KEY, !!options.ignoreStaleToken));
