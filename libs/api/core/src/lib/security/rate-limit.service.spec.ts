import { Logger } from '@nestjs/common';
import { AppConfig, ConfigError, loadConfig } from '../config/app-config';
import { AppException } from '../errors/app.exception';
import { toPublicError } from '../errors/all-exceptions.filter';
import { addressKey, RateLimitService } from './rate-limit.service';

const silent = { error: jest.fn(), warn: jest.fn() } as unknown as Logger;

function config(overrides: Partial<AppConfig>): AppConfig {
  return { ...loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }), ...overrides };
}

describe('RateLimitService (in memory)', () => {
  const service = new RateLimitService(config({ rateLimitMutationsPerMinute: 3, rateLimitAnonymousMutationsPerMinute: 5, rateLimitSocketEventsPerMinute: 2, redisUrl: '' }));
  afterAll(() => service.onApplicationShutdown());

  it('lets a person do the limit per minute, then says how long to wait', async () => {
    for (let i = 0; i < 3; i++) expect(await service.consumeMutation('anna', '10.0.0.1')).toBe(0);
    const wait = await service.consumeMutation('anna', '10.0.0.1');
    expect(wait).toBeGreaterThanOrEqual(59);
    expect(wait).toBeLessThanOrEqual(60);
    // Someone else, even from the same address, has their own budget.
    expect(await service.consumeMutation('bram', '10.0.0.1')).toBe(0);
  });

  it('counts anonymous callers by address, with their own budget', async () => {
    for (let i = 0; i < 5; i++) expect(await service.consumeMutation(undefined, '192.0.2.7')).toBe(0);
    expect(await service.consumeMutation(undefined, '192.0.2.7')).toBeGreaterThan(0);
    expect(await service.consumeMutation(undefined, '::ffff:192.0.2.7')).toBeGreaterThan(0);
    expect(await service.consumeMutation(undefined, '192.0.2.8')).toBe(0);
  });

  it('counts socket events apart from mutations', async () => {
    expect(await service.consumeSocketEvent('carla')).toBe(0);
    expect(await service.consumeSocketEvent('carla')).toBe(0);
    expect(await service.consumeSocketEvent('carla')).toBeGreaterThan(0);
    expect(await service.consumeMutation('carla', undefined)).toBe(0);
  });

  it('does not count at all when a limit is 0 (off)', async () => {
    const off = new RateLimitService(config({ rateLimitMutationsPerMinute: 0, rateLimitAnonymousMutationsPerMinute: 0, rateLimitSocketEventsPerMinute: 0 }));
    for (let i = 0; i < 50; i++) expect(await off.consumeMutation('dirk', undefined)).toBe(0);
  });
});

describe('RateLimitService with Redis unreachable', () => {
  it('counts in memory instead (the insurance limiter), without errors', async () => {
    const service = new RateLimitService(config({ rateLimitMutationsPerMinute: 2, rateLimitAnonymousMutationsPerMinute: 2, rateLimitSocketEventsPerMinute: 2, redisUrl: 'redis://127.0.0.1:1' }));
    try {
      expect(await service.consumeMutation('eva', undefined)).toBe(0);
      expect(await service.consumeMutation('eva', undefined)).toBe(0);
      expect(await service.consumeMutation('eva', undefined)).toBeGreaterThan(0);
    } finally {
      await service.onApplicationShutdown();
    }
  });
});

describe('addressKey', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:abcd:12:1:2:3:4', '2001:db8:abcd:12::/64'],
    ['2001:0db8:abcd:0012::9', '2001:db8:abcd:12::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('%s -> %s', (address, key) => expect(addressKey(address)).toBe(key));
});

describe('RATE_LIMITED messages', () => {
  it('says a short wait in seconds and a long one in minutes', () => {
    const short = toPublicError(AppException.rateLimited(42), 'nl', undefined, silent);
    expect(short).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 42, message: 'Je gaat even te snel. Probeer het over 42 seconden opnieuw.' });
    expect(toPublicError(AppException.rateLimited(42), 'en', undefined, silent).message).toBe('You are going a little too fast. Try again in 42 seconds.');
    expect(toPublicError(AppException.rateLimited(600), 'nl', undefined, silent).message).toContain('10 minuten');
  });
});

describe('limit configuration', () => {
  it('has generous defaults, higher ones for test suites, and validated values', () => {
    const dev = loadConfig({ DATA_DIR: 'memory://' });
    expect(dev).toMatchObject({ graphqlMaxDepth: 12, graphqlMaxComplexity: 10_000, rateLimitMutationsPerMinute: 120, rateLimitAnonymousMutationsPerMinute: 600, rateLimitSocketEventsPerMinute: 300 });
    expect(loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }).rateLimitMutationsPerMinute).toBe(100_000);
    expect(loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', RATE_LIMIT_MUTATIONS_PER_MINUTE: '3' }).rateLimitMutationsPerMinute).toBe(3);
    expect(loadConfig({ DATA_DIR: 'memory://', RATE_LIMIT_SOCKET_EVENTS_PER_MINUTE: '0' }).rateLimitSocketEventsPerMinute).toBe(0);
    expect(() => loadConfig({ DATA_DIR: 'memory://', GRAPHQL_MAX_DEPTH: '1' })).toThrow(/GRAPHQL_MAX_DEPTH must be a whole number from 2 to 100/);
  });

  it('never allows a limit to be off in production', () => {
    const attempt = () => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), DATA_DIR: 'memory://', RATE_LIMIT_MUTATIONS_PER_MINUTE: '0' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/RATE_LIMIT_MUTATIONS_PER_MINUTE must be at least 1 when NODE_ENV=production/);
  });
});
