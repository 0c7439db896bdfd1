import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** What is counted: GraphQL mutations of a signed-in person or of an address (anonymous), or socket events of a person. */
export type RateLimitKind = 'mutation' | 'anonymousMutation' | 'socketEvent';

const WINDOW_SECONDS = 60;

/**
 * Counts mutations and socket events per person (per client address when anonymous) in a
 * one-minute window. With REDIS_URL the counts live in Redis, so the limit holds across replicas;
 * if Redis is unreachable or slow, each instance counts in memory meanwhile (rate-limiter-flexible's
 * insurance limiter), so a Redis outage never turns into errors. A limit of 0 is off.
 */
@Injectable()
export class RateLimitService implements OnApplicationShutdown {
  private readonly logger = new Logger('RateLimit');
  private readonly limiters = new Map<RateLimitKind, RateLimiterAbstract>();
  private redis?: Redis;
  private redisDown = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const points: Record<RateLimitKind, number> = {
      mutation: config.rateLimitMutationsPerMinute,
      anonymousMutation: config.rateLimitAnonymousMutationsPerMinute,
      socketEvent: config.rateLimitSocketEventsPerMinute,
    };
    const redis = Object.values(points).some((p) => p > 0) && config.redisUrl ? this.connect(config.redisUrl) : undefined;
    for (const [kind, max] of Object.entries(points) as [RateLimitKind, number][]) {
      if (max <= 0) continue;
      const keyPrefix = `kl:rl:${kind}`;
      const memory = new RateLimiterMemory({ keyPrefix, points: max, duration: WINDOW_SECONDS });
      this.limiters.set(
        kind,
        redis
          ? new RateLimiterRedis({
              storeClient: redis,
              keyPrefix,
              points: max,
              duration: WINDOW_SECONDS,
              // Not ready (down, reconnecting): count in memory at once instead of waiting for Redis.
              rejectIfRedisNotReady: true,
              insuranceLimiter: memory,
              // Whoever is over the limit is turned away by this instance without asking Redis again.
              inMemoryBlockOnConsumed: max + 1,
            })
          : memory,
      );
    }
  }

  /** Seconds to wait before trying again, or 0 when this one is allowed (and counted). */
  async consume(kind: RateLimitKind, key: string): Promise<number> {
    const limiter = this.limiters.get(kind);
    if (!limiter) return 0;
    try {
      await limiter.consume(key);
      return 0;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      // Not a verdict but a failure (cannot happen with the memory insurance): let it through.
      this.logger.warn({ err: String(rejection) }, 'rate limiter failed; request allowed');
      return 0;
    }
  }

  /** Mutations: per person when signed in, else per client address (with its own, larger budget). */
  consumeMutation(userId: string | undefined, address: string | undefined): Promise<number> {
    return userId ? this.consume('mutation', `u:${userId}`) : this.consume('anonymousMutation', `a:${addressKey(address)}`);
  }

  consumeSocketEvent(userId: string): Promise<number> {
    return this.consume('socketEvent', `u:${userId}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }

  private connect(url: string): Redis {
    // No offline queue and a short command timeout: while Redis is away a count fails fast and the
    // in-memory insurance answers, instead of every mutation waiting for a reconnect.
    const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 250, connectTimeout: 2_000 });
    redis.on('error', (err: Error) => {
      if (this.redisDown) return;
      this.redisDown = true;
      this.logger.warn({ err: err.message }, 'redis unreachable: rate limits are counted per instance until it is back');
    });
    redis.on('ready', () => {
      if (!this.redisDown) return;
      this.redisDown = false;
      this.logger.log('redis is back: rate limits are shared again');
    });
    this.redis = redis;
    return redis;
  }
}

/**
 * The key of a client address: IPv4 as is (also when mapped into IPv6), IPv6 by its /64 prefix,
 * since one household or server usually holds a whole /64 and could otherwise rotate addresses.
 */
export function addressKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, '') || '0')
    .join(':')}::/64`;
}
