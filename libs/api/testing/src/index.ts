// Test helpers for integration tests: a real database per run (PostgreSQL or embedded), GraphQL client, factories.
export * from './lib/graphql-client';
export * from './lib/factories';
export * from './lib/socket-client';
