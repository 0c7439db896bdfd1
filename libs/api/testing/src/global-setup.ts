import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';
import { DataSource } from 'typeorm';

// Jest's moduleNameMapper does not apply to globalSetup, so the workspace aliases are registered here.
const root = join(__dirname, '../../../..');
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
register({ baseUrl: root, paths: tsconfig.compilerOptions.paths });
const { createTemporaryDatabase, MIGRATIONS, startEmbeddedPostgres } = require('@kennislijn/api-core') as typeof import('@kennislijn/api-core');

/**
 * One database per test run, migrated once before any worker starts:
 * with DATABASE_URL, a fresh database on that PostgreSQL server (dropped afterwards);
 * without it, an in-memory embedded PostgreSQL (PGlite) served on loopback.
 */
const WORKERS = 2; // jest.config.ts maxWorkers

async function migrate(url: string): Promise<void> {
  const ds = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS, migrationsTransactionMode: 'each' });
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();
}

/**
 * One database per test run, migrated once before any worker starts:
 * with DATABASE_URL, a fresh database on that PostgreSQL server (dropped afterwards);
 * without it, embedded PostgreSQL (PGlite, in memory) served on loopback: one per Jest worker,
 * because PGlite serialises all connections (each worker's app holds a single connection).
 */
export default async function globalSetup(): Promise<void> {
  const given = process.env['DATABASE_URL'];
  const stops: (() => Promise<void>)[] = [];
  (globalThis as Record<string, unknown>)['__KL_DROP__'] = async () => {
    for (const stop of stops) await stop();
  };
  if (given) {
    const { url, drop } = await createTemporaryDatabase(given, 'kennislijn_test');
    stops.push(drop);
    await migrate(url);
    process.env['DATABASE_URL'] = url;
    process.env['KL_TEST_DATABASE_KIND'] = 'postgres';
    process.stdout.write(`\n[tests] PostgreSQL server, fresh database ${new URL(url).pathname.slice(1)}\n`);
    return;
  }
  for (let worker = 1; worker <= WORKERS; worker++) {
    const embedded = await startEmbeddedPostgres({ dataDir: 'memory://', maxConnections: 4 });
    stops.push(() => embedded.stop());
    await migrate(embedded.url);
    process.env[`DATABASE_URL_WORKER_${worker}`] = embedded.url;
  }
  process.env['KL_TEST_DATABASE_KIND'] = 'embedded';
  process.stdout.write(`\n[tests] embedded PostgreSQL (PGlite, in memory), one per worker\n`);
}
