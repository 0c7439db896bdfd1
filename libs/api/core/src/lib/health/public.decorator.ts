import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'kennislijn:isPublic';

/** Opts an operation out of the global deny-by-default guard. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);
