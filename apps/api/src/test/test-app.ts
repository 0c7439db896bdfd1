import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@kennislijn/api-core';
import { createApp } from '../app/create-app';

export interface TestApp {
  url: string;
  dataSource: DataSource;
  /** A provider of the running app (e.g. RealtimeService). */
  get<T>(type: new (...args: never[]) => T): T;
  close(): Promise<void>;
}

/** The run's database for this Jest worker (see libs/api/testing/src/global-setup.ts). */
export function testDatabaseUrl(): string {
  const url = process.env[`DATABASE_URL_WORKER_${process.env['JEST_WORKER_ID'] ?? '1'}`] ?? process.env['DATABASE_URL'];
  if (!url) throw new Error('No test database: run the integration tests through jest (global setup).');
  return url;
}

/** Starts the real API on a random loopback port against the run's test database (see global-setup). */
export async function startTestApp(overrides: Partial<AppConfig> = {}, env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: testDatabaseUrl(),
      DATA_DIR: 'memory://',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      // PGlite serialises connections: one per app, as in production (EMBEDDED_POOL_SIZE).
      DB_POOL_SIZE: process.env['KL_TEST_DATABASE_KIND'] === 'embedded' ? '1' : '3',
      WEB_DIST_DIR: '/nonexistent',
      ...env,
    }),
    ...overrides,
  };
  const { app } = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, dataSource: app.get(DataSource), get: (type) => app.get(type), close: () => app.close() };
}
