import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the web app, generated from the committed API schema.
// Run with `npm run codegen`; CI checks that the output is not stale.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/**/*.{ts,tsx}', 'apps/web/src/**/*.{ts,tsx}', '!libs/web/graphql/src/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'libs/web/graphql/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        skipTypename: false,
      },
    },
  },
};

export default config;
