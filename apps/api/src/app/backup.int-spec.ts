import { spawn, spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { buildCommunity, buildUser, BuiltUser, TestClient } from '@kennislijn/api-testing';
import { spawnServer } from '../test/spawn-server';

// npm run db:backup / db:restore as an operator runs them, against the built server's databases.
// Each round trip is checked with this file's own row counts and content checksums per table.

const ROOT = resolve(__dirname, '../../../..');
const SETTINGS = "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 3; SET bytea_output = 'hex'";
const TABLES = `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
const digest = (table: string) =>
  `SELECT count(*)::int AS rows, coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS md5 FROM public."${table}" t`;

type Figures = Record<string, { rows: number; md5: string }>;
interface Manifest {
  kind: string;
  tableCount: number;
  totalRows: number;
  tables: Figures;
  migrations: { last: string; names: string[] };
}
interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + randomInt(26))).join('');

function npmRun(script: 'db:backup' | 'db:restore', args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((res, rej) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', rej);
    child.on('close', (code) => res({ code, stdout, stderr }));
  });
}

function readManifest(file: string): Manifest {
  const tar = spawnSync('tar', ['-xOf', file, 'manifest.json'], { encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`tar could not read ${file}: ${tar.stderr}`);
  return JSON.parse(tar.stdout) as Manifest;
}

/** Figures of embedded data folders, computed in a child process (Jest's VM cannot host PGlite). */
function embeddedFigures(...dataDirs: string[]): Figures[] {
  const code = `
    import { PGlite } from '@electric-sql/pglite';
    import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
    const all = [];
    for (const dir of JSON.parse(process.env.DIRS)) {
      const db = await PGlite.create(dir + '/pglite', { extensions: { pg_trgm } });
      await db.exec(${JSON.stringify(SETTINGS)});
      const figures = {};
      for (const { name } of (await db.query(${JSON.stringify(TABLES)})).rows) {
        figures[name] = (await db.query(\`SELECT count(*)::int AS rows, coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS md5 FROM public."\${name}" t\`)).rows[0];
      }
      await db.close();
      all.push(figures);
    }
    process.stdout.write(JSON.stringify(all));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, env: { ...process.env, DIRS: JSON.stringify(dataDirs) }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Figures[];
}

async function pgFigures(url: string): Promise<Figures> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(SETTINGS);
    const figures: Figures = {};
    for (const { name } of (await client.query<{ name: string }>(TABLES)).rows) {
      figures[name] = (await client.query<{ rows: number; md5: string }>(digest(name))).rows[0];
    }
    return figures;
  } finally {
    await client.end();
  }
}

const signIn = (url: string, user: BuiltUser) =>
  new TestClient(url).gql<{ login: { user: { id: string } } }>(`mutation { login(input: { email: "${user.email}", password: "${user.password}" }) { user { id } } }`);

/** Content beyond the demo data: a person and a community with non-ASCII text. */
async function addContent(url: string): Promise<BuiltUser> {
  const user = await buildUser(url, { displayName: 'Ëlse Bäckup' });
  await buildCommunity(user.client, { name: `Café ${letters(6)}`, description: 'Overleg over één gezin: “samen” werken, niveau ½.' });
  return user;
}

describe('npm run db:backup / db:restore on the embedded database', () => {
  const work = mkdtempSync(join(tmpdir(), 'kennislijn-backup-'));
  const source = join(work, 'source');
  const target = join(work, 'target');
  const file = join(work, 'embedded.tar');
  const env = (dataDir: string) => ({ DATABASE_URL: '', DATA_DIR: dataDir });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('refuses while the server runs, and round-trips a stopped database with the same rows and content', async () => {
    const server = await spawnServer({ DATA_DIR: source, NODE_ENV: 'test' });
    const user = await addContent(server.url).catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });
    try {
      const busy = await npmRun('db:backup', ['--out', file], env(source));
      expect(busy.code).toBe(2);
      expect(busy.stderr).toContain(`The embedded database in ${source} is in use by process ${server.child.pid}`);
      expect(busy.stderr).toContain('Stop the server first');
      expect(existsSync(file)).toBe(false);
    } finally {
      expect(await server.stop()).toBe(0);
    }

    const backup = await npmRun('db:backup', ['--out', file], env(source));
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const manifest = readManifest(file);
    expect(backup.stdout).toMatch(new RegExp(`Backup written: .*\\n  [\\d.]+ [KM]iB in [\\d.]+ s, ${manifest.tableCount} tables, [\\d,]+ rows`));
    expect(manifest.kind).toBe('embedded');
    expect(manifest.tables['user_account'].rows).toBeGreaterThanOrEqual(7); // six demo accounts and ours
    expect(manifest.migrations.names.length).toBe(manifest.tables['migrations'].rows);

    const restore = await npmRun('db:restore', [file], env(target));
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`Verified: ${manifest.tableCount} tables`);

    // The restored folder is what the server runs on: our account signs in (which adds a refresh session).
    const restored = await spawnServer({ DATA_DIR: target, NODE_ENV: 'test' });
    try {
      expect((await signIn(restored.url, user)).data?.login.user.id).toBe(user.id);
      const busy = await npmRun('db:restore', [file, '--force'], env(target));
      expect(busy.code).toBe(2);
      expect(busy.stderr).toContain(`is in use by process ${restored.child.pid}`);
    } finally {
      expect(await restored.stop()).toBe(0);
    }

    // A folder that holds data is replaced only with --force, and then kept aside: the folder set aside
    // still has the sign-in, so the refused restore changed nothing.
    const refused = await npmRun('db:restore', [file], env(target));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${target} already holds an embedded database. Nothing was changed.`);
    const forced = await npmRun('db:restore', [file, '--force'], env(target));
    expect(forced.code).toBe(0);
    const aside = /moved to (\S+);/.exec(forced.stdout)?.[1] as string;
    expect(aside).toMatch(new RegExp(`^${target}\\.before-restore-`));
    const [sourceFigures, replaced, keptAside] = embeddedFigures(source, target, aside);
    expect(manifest.tables).toEqual(sourceFigures);
    expect(replaced).toEqual(sourceFigures);
    expect(keptAside['refresh_token'].rows).toBe(sourceFigures['refresh_token'].rows + 1);
  }, 180_000);
});

// PostgreSQL is tested on the PostgreSQL run of `npm test` (DATABASE_URL set); the embedded path above always runs.
if (process.env['KL_TEST_DATABASE_KIND'] === 'postgres') {
  describe('npm run db:backup / db:restore on PostgreSQL', () => {
    const adminUrl = process.env['DATABASE_URL'] as string;
    const work = mkdtempSync(join(tmpdir(), 'kennislijn-backup-pg-'));
    const prefix = `kl_backup_${letters(8)}`;
    const databases: string[] = [];

    async function admin(sql: string): Promise<void> {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    }
    async function createDatabase(suffix: string): Promise<string> {
      const name = `${prefix}_${suffix}`;
      await admin(`CREATE DATABASE ${name}`);
      databases.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    }
    afterAll(async () => {
      for (const name of databases) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(work, { recursive: true, force: true });
    });

    it('backs up while the app runs and writes, restores into an empty database, and refuses a non-empty one without --force', async () => {
      const source = await createDatabase('source');
      const server = await spawnServer({ DATABASE_URL: source, NODE_ENV: 'test', DB_POOL_SIZE: '3' });
      const live = join(work, 'live.tar');
      const quiet = join(work, 'quiet.tar');
      let usersBefore: number;
      let usersAfter: number;
      try {
        await addContent(server.url);
        usersBefore = (await pgFigures(source))['user_account'].rows;
        // Sign-ups keep coming while pg_dump runs: the dump and its manifest are one snapshot.
        let writing = true;
        let firstWrite: () => void = () => undefined;
        const writesStarted = new Promise<void>((res) => (firstWrite = res));
        const writer = (async () => {
          while (writing) {
            await buildUser(server.url);
            firstWrite();
          }
        })();
        await writesStarted;
        const backup = await npmRun('db:backup', ['--out', live], { DATABASE_URL: source });
        writing = false;
        await writer; // the app kept answering during the backup (buildUser throws otherwise)
        expect(backup.stderr).toBe('');
        expect(backup.code).toBe(0);
        usersAfter = (await pgFigures(source))['user_account'].rows;
      } finally {
        expect(await server.stop()).toBe(0);
      }
      const liveManifest = readManifest(live);
      expect(liveManifest.kind).toBe('postgres');
      expect(liveManifest.tables['user_account'].rows).toBeGreaterThanOrEqual(usersBefore);
      expect(liveManifest.tables['user_account'].rows).toBeLessThanOrEqual(usersAfter);
      const first = await createDatabase('first');
      const restoredLive = await npmRun('db:restore', [live], { DATABASE_URL: first });
      expect(restoredLive.stderr).toBe('');
      expect(restoredLive.code).toBe(0);
      expect(restoredLive.stdout).toContain(`Verified: ${liveManifest.tableCount} tables`);
      expect(await pgFigures(first)).toEqual(liveManifest.tables);

      // With the app stopped: the restored database equals the source table by table.
      const sourceFigures = await pgFigures(source);
      const backup = await npmRun('db:backup', ['--out', quiet], { DATABASE_URL: source });
      expect(backup.code).toBe(0);
      expect(readManifest(quiet).tables).toEqual(sourceFigures);
      const second = await createDatabase('second');
      expect((await npmRun('db:restore', [quiet], { DATABASE_URL: second })).code).toBe(0);
      expect(await pgFigures(second)).toEqual(sourceFigures);

      // Without the PostgreSQL client tools: a clear message.
      const noTools = spawnSync(process.execPath, ['tools/scripts/db-backup.mjs', '--out', join(work, 'none.tar')], {
        cwd: ROOT,
        env: { ...process.env, PATH: '', DATABASE_URL: source },
        encoding: 'utf8',
      });
      expect(noTools.status).toBe(1);
      expect(noTools.stderr).toContain('pg_dump was not found on PATH. Install the PostgreSQL client tools');

      // A database that holds data is left alone without --force and replaced in one transaction with it.
      const before = await pgFigures(first);
      const refused = await npmRun('db:restore', [quiet], { DATABASE_URL: first });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/The database \w+_first is not empty \(\d+ tables, views or sequences\)\. Nothing was changed\./);
      expect(refused.stderr).toContain('--force');
      expect(await pgFigures(first)).toEqual(before);
      const forced = await npmRun('db:restore', [quiet, '--force'], { DATABASE_URL: first });
      expect(forced.stderr).toBe('');
      expect(forced.code).toBe(0);
      expect(await pgFigures(first)).toEqual(sourceFigures);
    }, 180_000);
  });
}
