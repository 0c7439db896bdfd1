// npm run check:generated: fails when apps/api/schema.gql or the web's generated GraphQL types are stale.
import { execSync } from 'node:child_process';
import { run } from './lib.mjs';

run('node', ['tools/scripts/schema-generate.mjs']);
const paths = ['apps/api/schema.gql', 'libs/web/graphql/src/generated'];
const changed = execSync(`git status --porcelain -- ${paths.join(' ')}`, { encoding: 'utf8' }).trim();
if (changed) {
  process.stderr.write(`Generated GraphQL files are stale. Run \`npm run schema:generate\` and commit:\n${changed}\n`);
  execSync(`git --no-pager diff --stat -- ${paths.join(' ')}`, { stdio: 'inherit' });
  process.exit(1);
}
process.stdout.write('schema.gql and generated web types are up to date.\n');
