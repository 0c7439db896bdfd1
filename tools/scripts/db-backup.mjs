// npm run db:backup [-- --out <file>]: a consistent backup of DATABASE_URL (pg_dump, while the app runs)
// or, when DATABASE_URL is empty, of the embedded database in DATA_DIR (the server must be stopped).
// The file holds the dump and a manifest (migrations, per-table row counts and checksums); see backup-lib.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  collectFigures,
  connectPg,
  EMBEDDED_ENTRY,
  FORMAT,
  FORMAT_VERSION,
  formatBytes,
  formatCount,
  formatSeconds,
  hasEmbeddedDatabase,
  inUseMessage,
  libpqConnection,
  lockHolder,
  openPglite,
  out,
  PG_ENTRY,
  PGLITE_DIR,
  pgliteVersion,
  refuse,
  runMain,
  ScriptError,
  SESSION_SETTINGS,
  takeLock,
  target,
  toolVersion,
  utcStamp,
  writeArchive,
} from './backup-lib.mjs';

const USAGE = `Usage: npm run db:backup [-- --out <file>]

Backs up DATABASE_URL (PostgreSQL, with pg_dump; the app may keep running) or, when DATABASE_URL
is empty, the embedded database in DATA_DIR (default ./data; stop the server first).
Default file: backups/kennislijn-<pg|embedded>-<UTC time>.tar. Restore with npm run db:restore -- <file>.`;

function appVersion() {
  try {
    return JSON.parse(readFileSync('package.json', 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

function manifestFor(kind, started, database, tool, figures) {
  return (payload) => ({
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    kind,
    createdAt: new Date(started).toISOString(),
    app: { version: appVersion() },
    database,
    tool,
    migrations: { count: figures.migrations.length, last: figures.migrations.at(-1) ?? null, names: figures.migrations },
    tableCount: Object.keys(figures.tables).length,
    totalRows: figures.totalRows,
    checksum: figures.checksum,
    tables: figures.tables,
    payload,
  });
}

/** pg_dump in custom format inside an exported snapshot; the figures come from the same snapshot. */
async function backupPostgres(databaseUrl, partial, started) {
  const dump = toolVersion('pg_dump');
  const conn = libpqConnection(databaseUrl);
  const { client, serverMajor, serverVersion } = await connectPg(databaseUrl, 'kennislijn-backup');
  const dumpFile = `${partial}.pgdump`;
  try {
    if (dump.major < serverMajor)
      throw new ScriptError(
        `pg_dump ${dump.version} cannot dump a PostgreSQL ${serverMajor} server (${conn.database}). ` +
          `Install the client tools of version ${serverMajor} or newer (e.g. apt-get install postgresql-client-${serverMajor}).`,
      );
    out(`Backing up PostgreSQL database ${conn.database} (server ${serverVersion}) with pg_dump ${dump.version} ...`);
    await client.query(SESSION_SETTINGS);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const snapshot = (await client.query('SELECT pg_export_snapshot() AS s')).rows[0].s;
    const child = spawn('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, `--file=${dumpFile}`, `--dbname=${conn.dbname}`], {
      env: { ...process.env, ...conn.env, PGAPPNAME: 'kennislijn-backup' },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const dumped = new Promise((res) => child.on('close', (code) => res(code)));
    let figures;
    try {
      figures = await collectFigures(async (sql) => (await client.query(sql)).rows);
    } catch (error) {
      child.kill('SIGTERM');
      await dumped;
      throw error;
    }
    const code = await dumped;
    await client.query('COMMIT');
    if (code !== 0) throw new ScriptError(`pg_dump failed (exit ${code}):\n${stderr.trim()}`);
    return writeArchive(
      partial,
      PG_ENTRY,
      dumpFile,
      manifestFor('postgres', started, { name: conn.database, serverVersion, serverMajor }, { name: 'pg_dump', version: dump.version, major: dump.major }, figures),
    );
  } finally {
    await client.end().catch(() => undefined);
    rmSync(dumpFile, { force: true });
  }
}

/** The embedded database, opened by this process alone (holding the server's lock), checkpointed and tarred. */
async function backupEmbedded(dataDir, partial, started) {
  const pgDir = join(dataDir, PGLITE_DIR);
  const holder = lockHolder(dataDir);
  if (holder) throw refuse(inUseMessage(dataDir, holder, 'backup'));
  if (!hasEmbeddedDatabase(pgDir))
    throw refuse(`There is no embedded database in ${dataDir} (no ${PGLITE_DIR}/PG_VERSION). Set DATA_DIR to the server's data folder, or DATABASE_URL for PostgreSQL.`);
  const release = takeLock(dataDir, 'backup');
  try {
    const pglite = pgliteVersion();
    out(`Backing up the embedded database in ${dataDir} (PGlite ${pglite}) ...`);
    const db = await openPglite(pgDir);
    let figures, tarball, serverVersion;
    try {
      await db.exec(SESSION_SETTINGS);
      serverVersion = (await db.query("SELECT current_setting('server_version') AS v")).rows[0].v.split(' ')[0];
      await db.exec('CHECKPOINT');
      figures = await collectFigures(async (sql) => (await db.query(sql)).rows);
      tarball = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
    } finally {
      await db.close();
    }
    return writeArchive(
      partial,
      EMBEDDED_ENTRY,
      tarball,
      manifestFor('embedded', started, { name: 'postgres', serverVersion, serverMajor: Number(serverVersion.split('.')[0]) }, { name: 'pglite', version: pglite }, figures),
    );
  } finally {
    release();
  }
}

async function main() {
  let args;
  try {
    args = parseArgs({ options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    throw refuse(`${error.message}\n\n${USAGE}`);
  }
  if (args.help) return out(USAGE);
  const where = target();
  const started = Date.now();
  const file = resolve(args.out ?? join('backups', `kennislijn-${where.kind === 'postgres' ? 'pg' : 'embedded'}-${utcStamp(new Date(started))}.tar`));
  if (existsSync(file)) throw refuse(`${file} already exists; choose another --out.`);
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  let manifest;
  try {
    manifest = where.kind === 'postgres' ? await backupPostgres(where.databaseUrl, partial, started) : await backupEmbedded(where.dataDir, partial, started);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const shown = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
  const { size } = statSync(file);
  out(`Backup written: ${shown}`);
  out(
    `  ${formatBytes(size)} in ${formatSeconds(Date.now() - started)}, ${manifest.tableCount} tables, ${formatCount(manifest.totalRows)} rows, ` +
      `migration ${manifest.migrations.last ?? '(none)'}, checksum ${manifest.checksum}`,
  );
  out(`Restore with: npm run db:restore -- ${shown}`);
}

runMain(main);
