import { type Extension, PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The contrib entry ships ESM types only; its CommonJS build is loaded directly.
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };

export interface EmbeddedPostgres {
  /** A postgres:// URL that the ordinary `pg` driver connects to. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder to persist in, or `memory://`. */
  dataDir: string;
  /** Must be at least the pool size: PGlite multiplexes connections but serialises their queries. */
  maxConnections: number;
  host?: string;
  port?: number;
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid}. ` +
        'Stop that Kennislijn process first (or set DATABASE_URL to use a PostgreSQL server).',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// One process at a time may open a PGlite folder; two would corrupt it.
function takeLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'kennislijn.lock');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) throw new DataDirInUseError(dataDir, pid);
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

/** Starts PGlite (PostgreSQL in WASM) and serves it over the PostgreSQL wire protocol on loopback. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const memory = options.dataDir === 'memory://';
  const release = memory ? () => undefined : takeLock(join(options.dataDir));
  try {
    const pgDir = memory ? undefined : join(options.dataDir, 'pglite');
    const db = await PGlite.create(pgDir, { extensions: { pg_trgm } });
    const server = new PGLiteSocketServer({
      db,
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      maxConnections: options.maxConnections,
    });
    await server.start();
    const conn = server.getServerConn(); // "host:port"
    let stopped = false;
    return {
      url: `postgres://postgres:postgres@${conn}/postgres`,
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
