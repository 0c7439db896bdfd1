// npm start: builds what is not built (Nx caches), then serves API + web on one port (PORT, default 3000).
// Without DATABASE_URL the embedded PostgreSQL (PGlite) keeps its data in DATA_DIR (default ./data).
import { spawn } from 'node:child_process';
import { run } from './lib.mjs';

run('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=stream']);

const server = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
