// Shared by `npm run db:backup` and `npm run db:restore` (tools/scripts/db-backup.mjs, db-restore.mjs).
//
// A backup is one tar file (readable with `tar tvf`) holding two entries:
//   database.pgdump           pg_dump custom format (PostgreSQL), or
//   pglite-datadir.tar.gz     the embedded database's data folder (PGlite dumpDataDir)
//   manifest.json             what was backed up: migrations, per-table row counts and content checksums,
//                             and the SHA-256 of the first entry.
// Restore checks the archive, loads it, recomputes the per-table figures and fails when they differ.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, cpSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FORMAT = 'kennislijn-backup';
export const FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const PG_ENTRY = 'database.pgdump';
export const EMBEDDED_ENTRY = 'pglite-datadir.tar.gz';

/** Exit codes: 1 = failed (including a verification mismatch), 2 = bad usage or refused (nothing was changed). */
export class ScriptError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}
export const refuse = (message) => new ScriptError(message, 2);

/** Runs a script's main function and turns a ScriptError into a clear message and exit code. */
export function runMain(main) {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error) => {
      if (error instanceof ScriptError) {
        process.stderr.write(`\n${error.message}\n`);
        process.exit(error.exitCode);
      }
      process.stderr.write(`\n${error?.stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}

export const out = (line = '') => process.stdout.write(`${line}\n`);

// ---------- what is being backed up ----------

/** DATABASE_URL (PostgreSQL) or the embedded database in DATA_DIR, as the server would choose. */
export function target(env = process.env) {
  const databaseUrl = (env.DATABASE_URL ?? '').trim();
  if (databaseUrl) return { kind: 'postgres', databaseUrl };
  const dataDir = (env.DATA_DIR ?? '').trim() || './data';
  if (dataDir === 'memory://') throw refuse('DATA_DIR=memory:// is a throw-away database: there is nothing to back up or restore into.');
  return { kind: 'embedded', dataDir: resolve(dataDir) };
}

// ---------- the embedded database's lock (same protocol as libs/api/core/src/lib/database/embedded-postgres.ts) ----------

export const LOCK_FILE = 'kennislijn.lock';
export const PGLITE_DIR = 'pglite';

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The pid of another live process holding DATA_DIR, or undefined. */
export function lockHolder(dataDir) {
  const file = join(dataDir, LOCK_FILE);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8'));
  return pid && pid !== process.pid && isAlive(pid) ? pid : undefined;
}

export function inUseMessage(dataDir, pid, action) {
  return [
    `The embedded database in ${dataDir} is in use by process ${pid} (a running Kennislijn server, e.g. npm start).`,
    `Stop the server first (Ctrl+C or kill ${pid}), then run npm run db:${action} again. ${action === 'backup' ? 'No backup was written.' : 'Nothing was changed.'}`,
    `De ingebouwde database in ${dataDir} is in gebruik door proces ${pid}: stop eerst de server en probeer het opnieuw.`,
  ].join('\n');
}

/** Holds DATA_DIR like the server does, so no server starts on it while a backup or restore runs. */
export function takeLock(dataDir, action) {
  const pid = lockHolder(dataDir);
  if (pid) throw refuse(inUseMessage(dataDir, pid, action));
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  writeFileSync(file, String(process.pid));
  return () => {
    if (existsSync(file) && Number(readFileSync(file, 'utf8')) === process.pid) rmSync(file, { force: true });
  };
}

export const hasEmbeddedDatabase = (pgDir) => existsSync(join(pgDir, 'PG_VERSION'));

/** rename, or copy and delete when source and destination are on different file systems (a mounted volume). */
export function moveSync(from, to) {
  try {
    renameSync(from, to);
  } catch (error) {
    if (error.code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true, preserveTimestamps: true });
    rmSync(from, { recursive: true, force: true });
  }
}

export async function openPglite(pgDir, loadDataDir) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  return PGlite.create(pgDir, { extensions: { pg_trgm }, ...(loadDataDir ? { loadDataDir } : {}) });
}

export function pgliteVersion() {
  try {
    return JSON.parse(readFileSync(resolve('node_modules/@electric-sql/pglite/package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

// ---------- row counts and content checksums ----------

// Fixed output settings, so a row's text form (and its md5) is the same on every connection.
export const SESSION_SETTINGS = "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 3; SET bytea_output = 'hex'";

export const quoteIdent = (name) => `"${String(name).replace(/"/g, '""')}"`;
export const quoteLiteral = (text) => `'${String(text).replace(/'/g, "''")}'`;

export const LIST_TABLES_SQL = `SELECT c.relname AS name FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname COLLATE "C"`;

/**
 * Rows and an order-independent checksum of a table's content (the md5 of its rows' md5s, sorted).
 * `into` (` INTO n, h`) makes it a PL/pgSQL statement for the check inside the restore transaction.
 */
export const tableDigestSql = (table, into = '') =>
  `SELECT count(*)::text AS rows, coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS md5${into} FROM public.${quoteIdent(table)} t`;

/** Relations outside the system schemas: a database with any is not empty. */
export const USER_RELATIONS_SQL = `SELECT count(*)::int AS n FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
    AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')`;

/** Overall checksum: md5 over "table rows md5" lines in name order. */
export function overallChecksum(tables) {
  const hash = createHash('md5');
  for (const name of Object.keys(tables).sort()) hash.update(`${name} ${tables[name].rows} ${tables[name].md5}\n`);
  return hash.digest('hex');
}

/**
 * Per-table figures and the applied migrations, through `query(sql) => rows` (a pg client in the
 * backup's snapshot, or PGlite). Expects SESSION_SETTINGS to be in effect.
 */
export async function collectFigures(query) {
  const tables = {};
  for (const { name } of await query(LIST_TABLES_SQL)) {
    const [row] = await query(tableDigestSql(name));
    tables[name] = { rows: Number(row.rows), md5: row.md5 };
  }
  const migrations = tables.migrations ? (await query('SELECT name FROM public.migrations ORDER BY id')).map((r) => r.name) : [];
  const totalRows = Object.values(tables).reduce((sum, t) => sum + t.rows, 0);
  return { tables, totalRows, checksum: overallChecksum(tables), migrations };
}

/** Differences between the manifest's figures and recomputed ones; empty when they agree. */
export function compareFigures(expected, actual) {
  const problems = [];
  for (const [name, want] of Object.entries(expected.tables)) {
    const got = actual.tables[name];
    if (!got) problems.push(`${name}: missing after restore`);
    else if (got.rows !== want.rows) problems.push(`${name}: ${got.rows} rows, the backup has ${want.rows}`);
    else if (got.md5 !== want.md5) problems.push(`${name}: content differs (${want.rows} rows)`);
  }
  for (const name of Object.keys(actual.tables)) if (!expected.tables[name]) problems.push(`${name}: not in the backup`);
  if (!problems.length && actual.checksum !== expected.checksum) problems.push(`overall checksum ${actual.checksum} differs from ${expected.checksum}`);
  return problems;
}

/** Migrations known to this checkout (from the migration file names), or undefined outside a checkout. */
export function codeMigrations() {
  const dir = resolve('libs/api/core/src/lib/database/migrations');
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .map((f) => /^(\d+)-(\w+)\.ts$/.exec(f))
    .filter(Boolean)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => `${m[2]}${m[1]}`);
}

/** What restore says about the backup's migrations compared with the code. */
export function migrationNote(backupMigrations) {
  const last = backupMigrations.at(-1) ?? '(none)';
  const code = codeMigrations();
  if (!code) return `The backup is at migration ${last}; the app applies newer migrations when it starts.`;
  const newer = code.filter((name) => !backupMigrations.includes(name));
  const unknown = backupMigrations.filter((name) => !code.includes(name));
  const lines = [];
  if (unknown.length)
    lines.push(`Warning: the backup has migrations this code does not know (${unknown.join(', ')}): it came from a newer version; run that version (or newer) on it.`);
  if (newer.length) lines.push(`The backup is at migration ${last}; ${newer.length} newer migration(s) are applied when the app starts (or run npm run db:migrate).`);
  else if (!unknown.length) lines.push(`The backup is at the latest migration (${last}).`);
  return lines.join('\n');
}

// ---------- PostgreSQL client tools ----------

/** Major and full version of a PostgreSQL client tool, or a clear error when it is missing. */
export function toolVersion(tool) {
  const result = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  if (result.error?.code === 'ENOENT')
    throw new ScriptError(
      `${tool} was not found on PATH. Install the PostgreSQL client tools of the server's major version or newer ` +
        `(Debian/Ubuntu: apt-get install postgresql-client-15; macOS: brew install libpq).`,
    );
  const match = /(\d+)(?:\.(\d+))?/.exec(result.stdout ?? '');
  if (result.status !== 0 || !match) throw new ScriptError(`${tool} --version failed: ${result.stderr || result.stdout}`);
  return { major: Number(match[1]), version: match[2] ? `${match[1]}.${match[2]}` : match[1] };
}

/** The URL without its password (passed to libpq tools through PGPASSWORD, so it never shows in `ps`). */
export function libpqConnection(databaseUrl) {
  let url;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw refuse('DATABASE_URL is not a valid URL (postgres://user:password@host:5432/database).');
  }
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = '';
  return { dbname: url.toString(), env: password ? { PGPASSWORD: password } : {}, database: decodeURIComponent(url.pathname.slice(1)) || 'postgres' };
}

export async function connectPg(databaseUrl, applicationName) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl, application_name: applicationName });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new ScriptError(`Cannot connect to DATABASE_URL (${libpqConnection(databaseUrl).dbname}): ${error.message}`);
  }
  const { rows } = await client.query("SELECT current_setting('server_version_num')::int AS num, current_setting('server_version') AS version");
  return { client, serverMajor: Math.floor(rows[0].num / 10000), serverVersion: rows[0].version.split(' ')[0] };
}

// ---------- the backup file: a plain ustar archive ----------

const BLOCK = 512;

function writeOctal(buffer, offset, length, value) {
  buffer.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'ascii');
}

function tarHeader(name, size, mtime) {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  writeOctal(h, 100, 8, 0o644);
  writeOctal(h, 108, 8, 0);
  writeOctal(h, 116, 8, 0);
  if (size < 8 ** 11) writeOctal(h, 124, 12, size);
  else {
    // GNU base-256 size for entries of 8 GiB and more.
    h[124] = 0x80;
    h.writeBigUInt64BE(BigInt(size), 128);
  }
  writeOctal(h, 136, 12, Math.floor(mtime / 1000));
  h.fill(' ', 148, 156);
  h.write('0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return h;
}

const padding = (size) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** Writes the archive: the payload (a file path or a Buffer), then the manifest that `makeManifest(payloadInfo)` returns. */
export function writeArchive(file, payloadName, payload, makeManifest) {
  const fd = openSync(file, 'wx');
  try {
    const now = Date.now();
    const hash = createHash('sha256');
    let size;
    if (Buffer.isBuffer(payload)) {
      size = payload.length;
      writeSync(fd, tarHeader(payloadName, size, now));
      writeSync(fd, payload);
      hash.update(payload);
    } else {
      const src = openSync(payload, 'r');
      try {
        size = fstatSync(src).size;
        writeSync(fd, tarHeader(payloadName, size, now));
        const chunk = Buffer.alloc(1 << 20);
        for (let read; (read = readSync(src, chunk, 0, chunk.length, null)) > 0; ) {
          hash.update(chunk.subarray(0, read));
          writeSync(fd, chunk, 0, read);
        }
      } finally {
        closeSync(src);
      }
    }
    writeSync(fd, padding(size));
    const manifest = makeManifest({ name: payloadName, bytes: size, sha256: hash.digest('hex') });
    const json = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    writeSync(fd, tarHeader(MANIFEST_ENTRY, json.length, now));
    writeSync(fd, json);
    writeSync(fd, padding(json.length));
    writeSync(fd, Buffer.alloc(BLOCK * 2));
    return manifest;
  } finally {
    closeSync(fd);
  }
}

function readSize(h) {
  if (h[124] & 0x80) return Number(h.readBigUInt64BE(128));
  return parseInt(h.toString('ascii', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
}

/** Lists the entries of a backup file and reads its manifest; a clear error when it is not one. */
export function readArchive(file) {
  if (!existsSync(file)) throw refuse(`${file} does not exist.`);
  const notBackup = () => refuse(`${file} is not a Kennislijn backup (made by npm run db:backup).`);
  const fd = openSync(file, 'r');
  try {
    const total = fstatSync(fd).size;
    const entries = {};
    const h = Buffer.alloc(BLOCK);
    for (let pos = 0; pos + BLOCK <= total; ) {
      readSync(fd, h, 0, BLOCK, pos);
      if (h.every((b) => b === 0)) break;
      let sum = 0;
      for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
      if (sum !== parseInt(h.toString('ascii', 148, 156).replace(/\0.*$/s, '').trim(), 8)) throw notBackup();
      const name = h.toString('utf8', 0, 100).replace(/\0.*$/s, '');
      const size = readSize(h);
      entries[name] = { offset: pos + BLOCK, size };
      pos += BLOCK + size + ((BLOCK - (size % BLOCK)) % BLOCK);
      if (pos > total) throw refuse(`${file} is cut short (${total} bytes): the backup is incomplete.`);
    }
    const entry = entries[MANIFEST_ENTRY];
    if (!entry) throw notBackup();
    const json = Buffer.alloc(entry.size);
    readSync(fd, json, 0, entry.size, entry.offset);
    let manifest;
    try {
      manifest = JSON.parse(json.toString('utf8'));
    } catch {
      throw notBackup();
    }
    if (manifest.format !== FORMAT) throw notBackup();
    if (manifest.formatVersion > FORMAT_VERSION) throw refuse(`${file} has backup format ${manifest.formatVersion}; this version reads format ${FORMAT_VERSION}. Use a newer Kennislijn.`);
    const payload = entries[manifest.payload?.name];
    if (!payload) throw refuse(`${file} has no ${manifest.payload?.name}: the backup is incomplete.`);
    return { manifest, payload };
  } finally {
    closeSync(fd);
  }
}

/** Checks the payload's SHA-256 against the manifest. */
export function verifyPayload(file, { manifest, payload }) {
  const fd = openSync(file, 'r');
  try {
    const hash = createHash('sha256');
    const chunk = Buffer.alloc(1 << 20);
    for (let done = 0; done < payload.size; ) {
      const read = readSync(fd, chunk, 0, Math.min(chunk.length, payload.size - done), payload.offset + done);
      if (read <= 0) break;
      hash.update(chunk.subarray(0, read));
      done += read;
    }
    if (payload.size !== manifest.payload.bytes || hash.digest('hex') !== manifest.payload.sha256)
      throw new ScriptError(`${file} is damaged: ${manifest.payload.name} does not match the checksum in its manifest. Nothing was changed.`);
  } finally {
    closeSync(fd);
  }
}

export function readPayload(file, payload) {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(payload.size);
    readSync(fd, buffer, 0, payload.size, payload.offset);
    return buffer;
  } finally {
    closeSync(fd);
  }
}

// ---------- output ----------

export const utcStamp = (date = new Date()) => date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');

export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export const formatSeconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
export const formatCount = (n) => n.toLocaleString('en-US');
