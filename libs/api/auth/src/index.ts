// Authentication: the global deny-by-default guard, access tokens (JWT) and password hashing.
export * from './lib/auth.module';
export * from './lib/auth.guard';
export * from './lib/current-user.decorator';
export * from './lib/token.service';
export * from './lib/password.service';
export * from './lib/viewer';
export { Public, IS_PUBLIC_KEY } from '@kennislijn/api-core';
