// npm run check:drift: fails when entities changed without a migration.
import { API_CLI, buildApi, run } from './lib.mjs';
buildApi();
run('node', [API_CLI, 'check-drift']);
