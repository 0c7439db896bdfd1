// npm run e2e: builds, starts the product on a free port with a fresh embedded database and demo data,
// runs the Playwright journeys (playwright-core + Debian's /usr/bin/chromium), and stops the server.
// Arguments filter the journey files by name: `npm run e2e -- instruments`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './lib.mjs';

run('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=stream']);

const dataDir = mkdtempSync(join(tmpdir(), 'kennislijn-e2e-data-'));
const server = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO: 'true', LOG_LEVEL: 'info', ACCESS_TOKEN_TTL_SECONDS: '10' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
server.on('error', (e) => {
  throw e;
});
let log = '';
const url = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`server not ready in 90 s:\n${log}`)), 90_000);
  server.stdout.on('data', (d) => {
    log += d;
    const m = log.match(/"url":"(http:\/\/[^"]+)"/);
    if (m) {
      clearTimeout(timer);
      resolve(m[1]);
    }
  });
  server.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
});

let status = 1;
try {
  // `npm run e2e -- instruments` runs only the journeys whose file name contains "instruments".
  const only = process.argv.slice(2);
  const files = readdirSync('apps/web-e2e/src')
    .filter((f) => f.endsWith('.e2e.mjs') && (!only.length || only.some((o) => f.includes(o))))
    .map((f) => join('apps/web-e2e/src', f));
  const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    stdio: 'inherit',
    env: { ...process.env, BASE_URL: url },
  });
  status = result.status ?? 1;
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
