import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Every environment variable the API reads, with its default. The single source for docs and infra checks (`required`: in a production deployment). */
export const CONFIG_VARIABLES = {
  NODE_ENV: { default: 'development', secret: false, required: false },
  HOST: { default: '127.0.0.1', secret: false, required: false },
  PORT: { default: '3000', secret: false, required: false },
  PUBLIC_URL: { default: '', secret: false, required: false },
  // required: a production deployment (infra/) must set it; infra.spec.ts checks that every file does.
  DATABASE_URL: { default: '', secret: true, required: true },
  DATA_DIR: { default: './data', secret: false, required: false },
  DB_POOL_SIZE: { default: '10', secret: false, required: false },
  JWT_SECRET: { default: '', secret: true, required: true },
  ACCESS_TOKEN_TTL_SECONDS: { default: '900', secret: false, required: false },
  REFRESH_TOKEN_TTL_DAYS: { default: '30', secret: false, required: false },
  COOKIE_SECURE: { default: '', secret: false, required: false },
  CORS_ORIGINS: { default: '', secret: false, required: false },
  LOG_LEVEL: { default: 'info', secret: false, required: false },
  SEED_DEMO: { default: 'true', secret: false, required: false },
  WEB_DIST_DIR: { default: 'dist/apps/web', secret: false, required: false },
  LOGIN_MAX_FAILURES_PER_ACCOUNT: { default: '10', secret: false, required: false },
  LOGIN_MAX_FAILURES_PER_ADDRESS: { default: '50', secret: false, required: false },
  LOGIN_WINDOW_SECONDS: { default: '900', secret: false, required: false },
  GRAPHQL_MAX_DEPTH: { default: '12', secret: false, required: false },
  GRAPHQL_MAX_COMPLEXITY: { default: '10000', secret: false, required: false },
  RATE_LIMIT_MUTATIONS_PER_MINUTE: { default: '120', secret: false, required: false },
  RATE_LIMIT_ANONYMOUS_MUTATIONS_PER_MINUTE: { default: '600', secret: false, required: false },
  RATE_LIMIT_SOCKET_EVENTS_PER_MINUTE: { default: '300', secret: false, required: false },
  TRUST_PROXY: { default: 'loopback', secret: false, required: false },
  SMTP_URL: { default: '', secret: true, required: false },
  MAIL_FROM: { default: 'Kennislijn <noreply@kennislijn.local>', secret: false, required: false },
  REDIS_URL: { default: '', secret: true, required: false },
  DIGEST_INTERVAL_SECONDS: { default: '300', secret: false, required: false },
  SESSION_REMINDER_INTERVAL_SECONDS: { default: '60', secret: false, required: false },
  METRICS_TOKEN: { default: '', secret: true, required: false },
} as const;

export type ConfigVariable = keyof typeof CONFIG_VARIABLES;

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  /** Empty when the embedded database is used. */
  databaseUrl: string;
  /** Folder of the embedded database, or `memory://` for a throw-away one. */
  dataDir: string;
  dbPoolSize: number;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  cookieSecure: boolean;
  corsOrigins: string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seedDemo: boolean;
  webDistDir: string;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowSeconds: number;
  /** Deepest nesting of fields a GraphQL operation may ask for. */
  graphqlMaxDepth: number;
  /** Highest estimated cost of a GraphQL operation (1 per field, a page of n items n times its item). */
  graphqlMaxComplexity: number;
  /** Mutations per signed-in person per minute; 0 = off (not in production). */
  rateLimitMutationsPerMinute: number;
  /** Mutations per client address per minute without a signed-in person (sign-in, refresh, respondent links); 0 = off. */
  rateLimitAnonymousMutationsPerMinute: number;
  /** Socket events per person per minute (sends, typing, subscriptions, focus); 0 = off. */
  rateLimitSocketEventsPerMinute: number;
  trustProxy: string;
  /** Empty: mails are stored and readable in the development mailbox instead of sent. */
  smtpUrl: string;
  mailFrom: string;
  /** Empty: one API instance works alone (in-memory socket.io adapter and presence). */
  redisUrl: string;
  /** How often this instance looks for e-mail digests that are due; 0 = never (another instance sends them). */
  digestIntervalSeconds: number;
  /** How often this instance looks for session reminders that are due (a day and an hour before); 0 = never. */
  sessionReminderIntervalSeconds: number;
  /** Bearer token for GET /metrics; empty = open outside production, loopback only in production. */
  metricsToken: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment once; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const raw = (name: ConfigVariable): string => {
    const value = env[name];
    return value === undefined || value === '' ? CONFIG_VARIABLES[name].default : value.trim();
  };
  const int = (name: ConfigVariable, min: number, max: number): number => {
    const value = raw(name);
    const n = Number(value);
    if (!/^-?\d+$/.test(value) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
      return min;
    }
    return n;
  };
  const bool = (name: ConfigVariable, fallback: boolean): boolean => {
    const value = raw(name).toLowerCase();
    if (value === '') return fallback;
    if (['true', '1', 'yes'].includes(value)) return true;
    if (['false', '0', 'no'].includes(value)) return false;
    problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  };
  const oneOf = <T extends string>(name: ConfigVariable, values: readonly T[]): T => {
    const value = raw(name) as T;
    if (!values.includes(value)) problems.push(`${name} must be one of ${values.join(', ')} (got "${value}")`);
    return value;
  };

  const nodeEnv = oneOf('NODE_ENV', ['development', 'production', 'test'] as const);
  const databaseUrl = raw('DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const publicUrl = raw('PUBLIC_URL');
  if (publicUrl && !/^https?:\/\//.test(publicUrl)) problems.push(`PUBLIC_URL must be an http(s) URL (got "${publicUrl}")`);
  const corsOrigins = raw('CORS_ORIGINS')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) problems.push(`CORS_ORIGINS entries must be origins like https://example.nl (got "${origin}")`);
  }
  const smtpUrl = raw('SMTP_URL');
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must start with smtp:// or smtps://');
  const redisUrl = raw('REDIS_URL');
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) problems.push('REDIS_URL must start with redis:// or rediss://');
  const jwtSecret = raw('JWT_SECRET');
  if (jwtSecret && jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');
  if (!jwtSecret && nodeEnv === 'production') problems.push('JWT_SECRET is required when NODE_ENV=production');
  // Per-minute rate limits, 0 = off (never in production). Test suites run many mutations as a few
  // people from one address, so under NODE_ENV=test an unset limit is high; tests of the limiter set low ones.
  const rateLimit = (name: ConfigVariable, testDefault: number): number => {
    const unset = env[name] === undefined || env[name] === '';
    const n = unset && nodeEnv === 'test' ? testDefault : int(name, 0, 1_000_000);
    if (n === 0 && nodeEnv === 'production') problems.push(`${name} must be at least 1 when NODE_ENV=production (0 turns the limit off)`);
    return n;
  };
  const metricsToken = raw('METRICS_TOKEN');
  if (metricsToken && !/^[\x21-\x7e]{16,256}$/.test(metricsToken)) problems.push('METRICS_TOKEN must be 16 to 256 printable characters without spaces');

  const config: AppConfig = {
    nodeEnv,
    host: raw('HOST'),
    port: int('PORT', 0, 65535),
    publicUrl,
    databaseUrl,
    dataDir: raw('DATA_DIR') === 'memory://' ? 'memory://' : resolve(raw('DATA_DIR')),
    dbPoolSize: int('DB_POOL_SIZE', 1, 200),
    jwtSecret,
    accessTokenTtlSeconds: int('ACCESS_TOKEN_TTL_SECONDS', 10, 86_400),
    refreshTokenTtlDays: int('REFRESH_TOKEN_TTL_DAYS', 1, 365),
    cookieSecure: bool('COOKIE_SECURE', nodeEnv === 'production'),
    corsOrigins,
    logLevel: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const),
    seedDemo: bool('SEED_DEMO', true),
    webDistDir: resolve(raw('WEB_DIST_DIR')),
    loginMaxFailuresPerAccount: int('LOGIN_MAX_FAILURES_PER_ACCOUNT', 1, 10_000),
    loginMaxFailuresPerAddress: int('LOGIN_MAX_FAILURES_PER_ADDRESS', 1, 100_000),
    loginWindowSeconds: int('LOGIN_WINDOW_SECONDS', 1, 86_400),
    graphqlMaxDepth: int('GRAPHQL_MAX_DEPTH', 2, 100),
    graphqlMaxComplexity: int('GRAPHQL_MAX_COMPLEXITY', 100, 10_000_000),
    rateLimitMutationsPerMinute: rateLimit('RATE_LIMIT_MUTATIONS_PER_MINUTE', 100_000),
    rateLimitAnonymousMutationsPerMinute: rateLimit('RATE_LIMIT_ANONYMOUS_MUTATIONS_PER_MINUTE', 100_000),
    rateLimitSocketEventsPerMinute: rateLimit('RATE_LIMIT_SOCKET_EVENTS_PER_MINUTE', 100_000),
    trustProxy: raw('TRUST_PROXY'),
    smtpUrl,
    mailFrom: raw('MAIL_FROM'),
    redisUrl,
    digestIntervalSeconds: int('DIGEST_INTERVAL_SECONDS', 0, 86_400),
    sessionReminderIntervalSeconds: int('SESSION_REMINDER_INTERVAL_SECONDS', 0, 86_400),
    metricsToken,
  };
  if (problems.length) throw new ConfigError(problems);
  if (!jwtSecret) config.jwtSecret = developmentSecret(config.dataDir);
  return config;
}

// Outside production a secret is made once and kept beside the embedded data, so sessions survive a restart.
function developmentSecret(dataDir: string): string {
  if (dataDir === 'memory://') return randomBytes(32).toString('hex');
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
