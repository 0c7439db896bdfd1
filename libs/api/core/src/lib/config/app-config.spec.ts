import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses documented defaults', () => {
    const c = loadConfig({ DATA_DIR: 'memory://' });
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBe('');
    expect(c.seedDemo).toBe(true);
    expect(c.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging', DATA_DIR: 'memory://' });
      throw new Error('expected ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT must be a whole number');
      expect(message).toContain('DATABASE_URL must start with postgres://');
      expect(message).toContain('NODE_ENV must be one of');
    }
  });

  it('requires a strong JWT_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: 'memory://' })).toThrow(/JWT_SECRET is required/);
    expect(() => loadConfig({ JWT_SECRET: 'short', DATA_DIR: 'memory://' })).toThrow(/at least 32/);
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATA_DIR: 'memory://' });
    expect(c.cookieSecure).toBe(true);
  });

  it('validates CORS origins', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.nl,not a url', DATA_DIR: 'memory://' })).toThrow(/CORS_ORIGINS/);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.nl, http://localhost:5173', DATA_DIR: 'memory://' }).corsOrigins).toEqual(['https://a.nl', 'http://localhost:5173']);
  });
});
