// npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR.
import { API_CLI, buildApi, run } from './lib.mjs';
buildApi();
run('node', [API_CLI, 'migrate']);
