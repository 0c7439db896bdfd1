import { loadConfig } from '@kennislijn/api-core';
import { LoginRateLimiter } from './login-rate-limiter';

describe('LoginRateLimiter', () => {
  const config = { ...loadConfig({ DATA_DIR: 'memory://' }), loginMaxFailuresPerAccount: 3, loginMaxFailuresPerAddress: 5, loginWindowSeconds: 60 };

  it('blocks an account after its failures and tells how long', () => {
    const limiter = new LoginRateLimiter(config);
    const t = 1_000_000;
    for (let i = 0; i < 3; i++) limiter.recordFailure('a@b.nl', '10.0.0.1', t);
    expect(limiter.retryAfter('a@b.nl', '10.0.0.2', t + 1000)).toBe(59);
    expect(limiter.retryAfter('other@b.nl', '10.0.0.2', t + 1000)).toBe(0);
    expect(limiter.retryAfter('a@b.nl', '10.0.0.2', t + 61_000)).toBe(0);
  });

  it('blocks an address that tries many accounts', () => {
    const limiter = new LoginRateLimiter(config);
    for (let i = 0; i < 5; i++) limiter.recordFailure(`u${i}@b.nl`, '10.0.0.9', 0);
    expect(limiter.retryAfter('new@b.nl', '10.0.0.9', 10)).toBeGreaterThan(0);
    expect(limiter.retryAfter('new@b.nl', '10.0.0.8', 10)).toBe(0);
  });

  it('a successful sign-in clears the account counter', () => {
    const limiter = new LoginRateLimiter(config);
    limiter.recordFailure('a@b.nl', 'x', 0);
    limiter.recordFailure('a@b.nl', 'x', 0);
    limiter.recordSuccess('a@b.nl');
    limiter.recordFailure('a@b.nl', 'x', 0);
    expect(limiter.retryAfter('a@b.nl', 'y', 1)).toBe(0);
  });
});
