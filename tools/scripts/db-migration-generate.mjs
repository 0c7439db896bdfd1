// npm run db:migration:generate -- <Name>: writes a migration for the difference between entities and migrations.
import { API_CLI, buildApi, run } from './lib.mjs';
buildApi();
run('node', [API_CLI, 'generate-migration', process.argv[2] ?? '']);
