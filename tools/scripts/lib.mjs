// Helpers shared by the npm scripts in tools/scripts.
import { spawnSync } from 'node:child_process';

export const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...(options.env ?? {}) }, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Builds the API (cached by Nx when nothing changed). */
export function buildApi() {
  run('npx', ['nx', 'run', 'api:build', '--output-style=stream']);
}

export const API_CLI = 'dist/apps/api/apps/api/src/cli.js';
