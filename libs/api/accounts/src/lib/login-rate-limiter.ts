import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@kennislijn/api-core';

interface Window {
  failures: number;
  resetAt: number;
}

/**
 * Counts failed sign-ins per account and per client address in a fixed window. A blocked key
 * answers RATE_LIMITED with the seconds left. In memory: one instance's view (see docs/adr).
 */
@Injectable()
export class LoginRateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Seconds until `keys` may try again, or 0 when allowed. */
  retryAfter(account: string, address: string, now = Date.now()): number {
    const checks: [string, number][] = [
      [`account:${account}`, this.config.loginMaxFailuresPerAccount],
      [`address:${address}`, this.config.loginMaxFailuresPerAddress],
    ];
    let wait = 0;
    for (const [key, max] of checks) {
      const window = this.current(key, now);
      if (window && window.failures >= max) wait = Math.max(wait, Math.ceil((window.resetAt - now) / 1000));
    }
    return wait;
  }

  recordFailure(account: string, address: string, now = Date.now()): void {
    for (const key of [`account:${account}`, `address:${address}`]) {
      const window = this.current(key, now) ?? { failures: 0, resetAt: now + this.config.loginWindowSeconds * 1000 };
      window.failures += 1;
      this.windows.set(key, window);
    }
    if (this.windows.size > 100_000) this.sweep(now);
  }

  recordSuccess(account: string): void {
    this.windows.delete(`account:${account}`);
  }

  private current(key: string, now: number): Window | undefined {
    const window = this.windows.get(key);
    if (window && window.resetAt <= now) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
