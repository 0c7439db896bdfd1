import { GqlContext, loaderFor } from '@kennislijn/api-core';
import { CommunityAccess } from './policy/community-policy';
import { PolicyService } from './policy/policy.service';

/** The viewer of this request, if signed in (set by the global auth guard). */
export function viewerIdOf(ctx: GqlContext): string | undefined {
  return ctx.req.user?.id;
}

/** The viewer's access to a community, batched per request: a list of 50 communities costs one query. */
export function accessFor(ctx: GqlContext, policy: PolicyService, communityId: string): Promise<CommunityAccess | null> {
  const viewerId = viewerIdOf(ctx);
  return loaderFor<string, CommunityAccess>(ctx, 'communityAccess', async (ids) => {
    const map = await policy.load(viewerId, ids);
    return ids.map((id) => map.get(id) ?? null);
  }).load(communityId);
}

/** Primes the access loader with what a service already loaded (saves the query on single reads). */
export function primeAccess(ctx: GqlContext, access: CommunityAccess): void {
  loaderFor<string, CommunityAccess>(ctx, 'communityAccess', async () => []).prime(access.communityId, access);
}

