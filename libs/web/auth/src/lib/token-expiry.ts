// When does an access token run out, by this browser's clock? Measured from when the token
// was first seen (right after sign-in or refresh) plus its lifetime (exp - iat), so a client
// clock that is off does not matter.
export function createExpiryTracker(now: () => number = Date.now) {
  const expiries = new Map<string, number>();

  function lifetimeMs(token: string): number | null {
    try {
      const part = token.split('.')[1] ?? '';
      const payload = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown; iat?: unknown };
      if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number') return null;
      return (payload.exp - payload.iat) * 1000;
    } catch {
      return null;
    }
  }

  function expiryOf(token: string): number | null {
    let expiry = expiries.get(token);
    if (expiry === undefined) {
      const lifetime = lifetimeMs(token);
      if (lifetime === null) return null;
      expiry = now() + lifetime;
      // One entry is enough: only the current token matters.
      expiries.clear();
      expiries.set(token, expiry);
    }
    return expiry;
  }

  return {
    /** True when the token expires within `marginMs` (unknown tokens never count as expiring). */
    expiresSoon(token: string, marginMs: number): boolean {
      const expiry = expiryOf(token);
      return expiry !== null && expiry - now() < marginMs;
    },
    /** Milliseconds until the token expires and its whole lifetime; null for a token we cannot read. */
    timing(token: string): { msLeft: number; lifetimeMs: number } | null {
      const expiry = expiryOf(token);
      const lifetime = lifetimeMs(token);
      return expiry === null || lifetime === null ? null : { msLeft: expiry - now(), lifetimeMs: lifetime };
    },
  };
}
