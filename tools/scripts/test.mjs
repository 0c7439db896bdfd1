// npm test: unit and integration tests. Integration tests use DATABASE_URL's PostgreSQL when set
// (a fresh database per run), else an embedded PostgreSQL. The API is built first: some tests run the real server.
import { buildApi, run } from './lib.mjs';

buildApi();
run('npx', ['jest', '--ci', ...process.argv.slice(2)]);
