// npm run schema:generate: writes apps/api/schema.gql from the code-first resolvers, then the web's typed documents.
import { API_CLI, buildApi, run } from './lib.mjs';
buildApi();
run('node', [API_CLI, 'schema', 'apps/api/schema.gql'], { env: { DATABASE_URL: '' } });
run('npx', ['graphql-codegen', '--config', 'codegen.ts']);
