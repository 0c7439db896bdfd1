import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SERVER_ENTRY = resolve(__dirname, '../../../../dist/apps/api/apps/api/src/main.js');

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs the built server as its own process, exactly as `npm start` does. Used where Jest's VM
 * cannot host PGlite (it loads WASM through dynamic import) and to test start-up and shutdown.
 */
export async function spawnServer(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<SpawnedServer> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: build the API first (npm test does this).`);
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: { PATH: process.env['PATH'], HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', WEB_DIST_DIR: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`server did not become ready:\n${out}`));
    }, timeoutMs);
    const check = () => {
      const m = out.match(/"url":"(http:\/\/[^"]+)"[^\n]*Kennislijn is klaar/);
      if (m) {
        clearTimeout(timer);
        res(m[1]);
      }
    };
    child.stdout?.on('data', check);
    // With a fixed PORT, readiness is also seen on /health/ready: below LOG_LEVEL=info the
    // "Kennislijn is klaar" line is not logged.
    const port = Number(env['PORT']);
    if (Number.isInteger(port) && port > 0) {
      const poll = setInterval(() => {
        fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(2_000) }).then(
          (r) => {
            void r.arrayBuffer().catch(() => undefined);
            if (r.status !== 200) return;
            clearInterval(poll);
            clearTimeout(timer);
            res(`http://127.0.0.1:${port}`);
          },
          () => undefined,
        );
      }, 100);
      void exited.then(() => clearInterval(poll));
      setTimeout(() => clearInterval(poll), timeoutMs).unref();
    }
    void exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    child,
    output: () => out,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      child.kill(signal);
      return exited;
    },
  };
}
