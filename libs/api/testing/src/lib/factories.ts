import { randomUUID } from 'node:crypto';
import { TestClient } from './graphql-client';

export interface BuiltUser {
  id: string;
  email: string;
  password: string;
  client: TestClient;
}

const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken user { id email } } }`;

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 12)}@test.kennislijn.nl`;
}

/** Registers a fresh account through the API and returns a signed-in client for it. */
export async function buildUser(baseUrl: string, overrides: Partial<{ email: string; password: string; displayName: string; role: string; level: number | null; organisation: string }> = {}): Promise<BuiltUser> {
  const client = new TestClient(baseUrl);
  const input = {
    email: overrides.email ?? uniqueEmail(),
    password: overrides.password ?? 'correct-horse-battery',
    displayName: overrides.displayName ?? 'Test Persoon',
    role: overrides.role ?? 'PROFESSIONAL',
    organisation: overrides.organisation ?? 'Testorganisatie',
    ...(overrides.level !== undefined ? { level: overrides.level } : {}),
  };
  const res = await client.gql<{ register: { accessToken: string; user: { id: string; email: string } } }>(REGISTER, { input });
  if (!res.data?.register) throw new Error(`buildUser failed: ${JSON.stringify(res.errors)}`);
  client.accessToken = res.data.register.accessToken;
  return { id: res.data.register.user.id, email: input.email, password: input.password, client };
}
