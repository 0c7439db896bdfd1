import type { Config } from 'jest';
import { pathsToModuleNameMapper } from 'ts-jest';
import { readFileSync } from 'node:fs';

// `npm test` runs both projects: pure logic (*.spec.ts) and integration against a real database (*.int-spec.ts).
const { compilerOptions } = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};

const common: Config = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  roots: ['<rootDir>/apps/api', '<rootDir>/libs/api', '<rootDir>/libs/shared', '<rootDir>/apps/web/src', '<rootDir>/tools'],
  rootDir: __dirname,
};

const config: Config = {
  // Nest's GraphQL schema builder keeps state that leaks between test files sharing a worker;
  // a tiny idle-memory limit makes Jest start a fresh worker for each file.
  workerIdleMemoryLimit: '1MB',
  maxWorkers: 2,
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
    },
  ],
};

export default config;
