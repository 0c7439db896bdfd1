// npm run db:restore -- <file> [--force]: loads a backup made by npm run db:backup into DATABASE_URL
// (PostgreSQL: pg_restore piped into psql in one transaction) or, when DATABASE_URL is empty, into the
// embedded database in DATA_DIR (the server must be stopped). Then it recomputes the per-table row counts
// and content checksums and fails when they differ from the backup's manifest.
import { spawn } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  collectFigures,
  compareFigures,
  connectPg,
  formatCount,
  formatSeconds,
  inUseMessage,
  libpqConnection,
  LIST_TABLES_SQL,
  lockHolder,
  migrationNote,
  moveSync,
  openPglite,
  out,
  PGLITE_DIR,
  pgliteVersion,
  quoteLiteral,
  readArchive,
  readPayload,
  refuse,
  runMain,
  ScriptError,
  SESSION_SETTINGS,
  tableDigestSql,
  takeLock,
  target,
  toolVersion,
  USER_RELATIONS_SQL,
  utcStamp,
  verifyPayload,
} from './backup-lib.mjs';

const USAGE = `Usage: npm run db:restore -- <backup file> [--force]

Restores a backup made by npm run db:backup into DATABASE_URL (PostgreSQL) or, when DATABASE_URL is
empty, into the embedded database in DATA_DIR (default ./data; stop the server first). A database that
already holds data is replaced only with --force: PostgreSQL's schema public is dropped and reloaded in
the same transaction; the embedded data folder is kept as <DATA_DIR>.before-restore-<UTC time>.
Afterwards the row counts and content checksums of every table are compared with the backup.`;

const KIND_LABEL = { postgres: 'PostgreSQL', embedded: 'embedded-database' };

/** A DO block that recomputes every table's figures inside the restore transaction and raises on a difference. */
function verificationSql(manifest) {
  const names = Object.keys(manifest.tables);
  const checks = names.map((name) => {
    const { rows, md5 } = manifest.tables[name];
    const want = `${Number(rows)}`;
    return [
      `  ${tableDigestSql(name, ' INTO n, h')};`,
      `  IF n <> ${quoteLiteral(want)} OR h <> ${quoteLiteral(md5)} THEN`,
      `    bad := bad || E'\\n  ' || ${quoteLiteral(name)} || ': ' || n || ' rows' || CASE WHEN n = ${quoteLiteral(want)} THEN ', content differs' ELSE '' END || ' (backup: ${want} rows)';`,
      `  END IF;`,
    ].join('\n');
  });
  const known = names.length ? `ARRAY[${names.map(quoteLiteral).join(', ')}]::text[]` : `ARRAY[]::text[]`;
  return `DO $kl_verify$
DECLARE n text; h text; bad text := ''; extra text;
BEGIN
${checks.join('\n')}
  SELECT string_agg(t.name, ', ') INTO extra FROM (${LIST_TABLES_SQL}) t WHERE t.name <> ALL (${known});
  IF extra IS NOT NULL THEN bad := bad || E'\\n  not in the backup: ' || extra; END IF;
  IF bad <> '' THEN RAISE EXCEPTION 'restored data does not match the backup manifest:%', bad; END IF;
END $kl_verify$`;
}

function waitForExit(child, name) {
  return new Promise((res) => {
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (error) => res({ code: -1, stderr: `${name}: ${error.message}` }));
    child.on('close', (code) => res({ code, stderr: stderr.trim() }));
  });
}

async function restorePostgres(databaseUrl, file, archive, force) {
  const { manifest, payload } = archive;
  const restoreTool = toolVersion('pg_restore');
  toolVersion('psql');
  if (restoreTool.major < manifest.tool.major)
    throw refuse(`pg_restore ${restoreTool.version} cannot read a dump made by pg_dump ${manifest.tool.version}: install the PostgreSQL client tools ${manifest.tool.major} or newer.`);
  if (Object.keys(manifest.tables).some((name) => name.includes('$kl_verify$'))) throw refuse(`${file} has an unexpected table name.`);
  const conn = libpqConnection(databaseUrl);
  const { client, serverMajor, serverVersion } = await connectPg(databaseUrl, 'kennislijn-restore');
  let relations;
  try {
    if (serverMajor < manifest.database.serverMajor)
      throw refuse(
        `The backup comes from PostgreSQL ${manifest.database.serverVersion}; ${conn.database} runs the older ${serverVersion}. ` +
          `Restore into PostgreSQL ${manifest.database.serverMajor} or newer. Nothing was changed.`,
      );
    relations = (await client.query(USER_RELATIONS_SQL)).rows[0].n;
    if (relations > 0 && !force)
      throw refuse(
        [
          `The database ${conn.database} is not empty (${relations} tables, views or sequences). Nothing was changed.`,
          `Restore into an empty database (createdb), or run again with --force to replace its schema public with the backup`,
          `(in one transaction: on any error nothing changes). Stop every Kennislijn instance that uses it first.`,
          `De database ${conn.database} is niet leeg; gebruik een lege database of --force om de inhoud te vervangen.`,
        ].join('\n'),
      );
    const others = (
      await client.query(
        `SELECT coalesce(nullif(application_name, ''), 'unnamed') AS app, count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1 ORDER BY 1`,
      )
    ).rows;
    if (others.length)
      out(`Note: other connections to ${conn.database} (${others.map((o) => `${o.app} x${o.n}`).join(', ')}); stop the app's instances before restoring.`);
  } finally {
    await client.end().catch(() => undefined);
  }

  out(`Loading into PostgreSQL database ${conn.database} (server ${serverVersion}) with pg_restore ${restoreTool.version}${relations > 0 ? ', replacing its schema public' : ''} ...`);
  const env = { ...process.env, ...conn.env, PGAPPNAME: 'kennislijn-restore' };
  // pg_restore turns the archive into SQL; psql runs all of it, then the check, in one transaction.
  const pgRestore = spawn('pg_restore', ['--no-owner', '--no-acl', '--file=-'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const psqlArgs = ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', '--single-transaction', `--dbname=${conn.dbname}`];
  if (relations > 0) psqlArgs.push('--command=DROP SCHEMA IF EXISTS public CASCADE', '--command=CREATE SCHEMA public');
  psqlArgs.push('--file=-', `--command=${SESSION_SETTINGS}`, `--command=${verificationSql(manifest)}`);
  const psql = spawn('psql', psqlArgs, { env, stdio: ['pipe', 'ignore', 'pipe'] });
  for (const stream of [pgRestore.stdin, pgRestore.stdout, psql.stdin]) stream.on('error', () => undefined);
  createReadStream(file, { start: payload.offset, end: payload.offset + payload.size - 1 }).pipe(pgRestore.stdin);
  pgRestore.stdout.pipe(psql.stdin);
  const [restored, loaded] = await Promise.all([waitForExit(pgRestore, 'pg_restore'), waitForExit(psql, 'psql')]);
  if (loaded.code !== 0) {
    const mismatch = /restored data does not match[\s\S]*/.exec(loaded.stderr)?.[0];
    throw new ScriptError(
      `${mismatch ? `The ${mismatch.replace(/\nCONTEXT:[\s\S]*$/, '')}` : `psql failed (exit ${loaded.code}):\n${loaded.stderr}`}` +
        `${restored.code !== 0 ? `\npg_restore (exit ${restored.code}): ${restored.stderr}` : ''}\nThe restore was rolled back: nothing was changed in ${conn.database}.`,
    );
  }
  if (restored.code !== 0) throw new ScriptError(`pg_restore failed (exit ${restored.code}):\n${restored.stderr}`);
  return `${conn.database}`;
}

async function restoreEmbedded(dataDir, file, archive, force) {
  const { manifest, payload } = archive;
  const pgDir = join(dataDir, PGLITE_DIR);
  const holder = lockHolder(dataDir);
  if (holder) throw refuse(inUseMessage(dataDir, holder, 'restore'));
  const existing = existsSync(pgDir) && readdirSync(pgDir).length > 0;
  if (existing && !force)
    throw refuse(
      [
        `${dataDir} already holds an embedded database. Nothing was changed.`,
        `Run again with --force to replace it; the current database is then kept in ${dataDir}.before-restore-<UTC time>.`,
        `${dataDir} bevat al een database; gebruik --force om die te vervangen (de oude blijft bewaard).`,
      ].join('\n'),
    );
  const release = takeLock(dataDir, 'restore');
  const stamp = utcStamp();
  const staging = join(dataDir, `restoring-${stamp}`);
  try {
    const pglite = pgliteVersion();
    out(`Loading into the embedded database in ${dataDir} (PGlite ${pglite}) ...`);
    const tarball = new Blob([readPayload(file, payload)], { type: 'application/x-gzip' });
    mkdirSync(staging, { recursive: true });
    let db;
    try {
      db = await openPglite(join(staging, PGLITE_DIR), tarball);
    } catch (error) {
      throw new ScriptError(
        `PGlite ${pglite} could not open the backup's database (made with PGlite ${manifest.tool.version}, PostgreSQL ${manifest.database.serverVersion}): ${error.message}\n` +
          `Restore it with the Kennislijn version that made it. Nothing was changed in ${dataDir}.`,
      );
    }
    let figures;
    try {
      await db.exec(SESSION_SETTINGS);
      figures = await collectFigures(async (sql) => (await db.query(sql)).rows);
    } finally {
      await db.close();
    }
    const problems = compareFigures(manifest, figures);
    if (problems.length) throw new ScriptError(`The restored data does not match the backup manifest:\n  ${problems.join('\n  ')}\nNothing was changed in ${dataDir}.`);
    let aside;
    if (existsSync(pgDir)) {
      aside = `${dataDir}.before-restore-${stamp}`;
      for (let n = 2; existsSync(aside); n++) aside = `${dataDir}.before-restore-${stamp}-${n}`;
      mkdirSync(aside, { recursive: true });
      moveSync(pgDir, join(aside, PGLITE_DIR));
      // The aside folder is a complete DATA_DIR of its own (the JWT secret stays in DATA_DIR as well).
      if (existsSync(join(dataDir, 'jwt-secret'))) cpSync(join(dataDir, 'jwt-secret'), join(aside, 'jwt-secret'));
    }
    renameSync(join(staging, PGLITE_DIR), pgDir);
    if (aside) out(`The previous database was moved to ${aside}; delete that folder when you no longer need it.`);
    return dataDir;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    release();
  }
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw refuse(`${error.message}\n\n${USAGE}`);
  }
  if (parsed.values.help) return out(USAGE);
  if (parsed.positionals.length !== 1) throw refuse(USAGE);
  const file = resolve(parsed.positionals[0]);
  const where = target();
  const started = Date.now();
  const archive = readArchive(file);
  const { manifest } = archive;
  if (manifest.kind !== where.kind)
    throw refuse(
      manifest.kind === 'postgres'
        ? `${parsed.positionals[0]} is a PostgreSQL backup (pg_dump); it restores into a PostgreSQL database: set DATABASE_URL. Nothing was changed.`
        : `${parsed.positionals[0]} is an embedded-database backup; it restores into DATA_DIR with DATABASE_URL empty. Nothing was changed.`,
    );
  out(
    `Restoring ${parsed.positionals[0]}: ${KIND_LABEL[manifest.kind]} backup of ${manifest.createdAt}, ` +
      `${manifest.tableCount} tables, ${formatCount(manifest.totalRows)} rows, migration ${manifest.migrations.last ?? '(none)'}`,
  );
  verifyPayload(file, archive);
  const into =
    where.kind === 'postgres' ? await restorePostgres(where.databaseUrl, file, archive, parsed.values.force) : await restoreEmbedded(where.dataDir, file, archive, parsed.values.force);
  out(`Restored into ${into} in ${formatSeconds(Date.now() - started)}.`);
  out(`Verified: ${manifest.tableCount} tables, ${formatCount(manifest.totalRows)} rows; row counts and content checksums match the backup (${manifest.checksum}).`);
  out(migrationNote(manifest.migrations.names));
}

runMain(main);
