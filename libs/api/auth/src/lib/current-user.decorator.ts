import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AppException } from '@kennislijn/api-core';
import { requestFrom } from './auth.guard';
import { Viewer } from './viewer';

/** The signed-in viewer; throws UNAUTHENTICATED when there is none. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const user = requestFrom(context).user;
  if (!user) throw AppException.unauthenticated();
  return user;
});

/** The viewer if signed in, else undefined (for @Public operations that show more to members). */
export const OptionalUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): Viewer | undefined => requestFrom(context).user,
);
