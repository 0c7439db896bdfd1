import type { Request, Response } from 'express';

/** What every resolver finds in its GraphQL context. */
export interface GqlContext {
  req: Request & { id?: string; user?: { id: string } };
  res: Response;
}
