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

/** The data of a GraphQL response, or a thrown error naming the codes (keeps tests short and failures readable). */
export function must<T>(res: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] }): T {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/**
 * A random suffix for names that pass the privacy guard: eight hex characters can be all digits,
 * and one in eleven of those passes the BSN check (a flaky PRIVACY_FINDINGS), so it starts with a letter.
 */
export function readableSuffix(): string {
  return `k${randomUUID().slice(0, 7)}`;
}

const CREATE_COMMUNITY = `mutation Create($input: CommunityInput!) { createCommunity(input: $input) { id slug name visibility joinPolicy } }`;

export interface BuiltCommunity {
  id: string;
  slug: string;
  name: string;
}

/** Creates a community through the API; the client's user becomes its owner. */
export async function buildCommunity(
  owner: TestClient,
  overrides: Partial<{ name: string; slug: string; visibility: 'PUBLIC' | 'PRIVATE'; joinPolicy: 'OPEN' | 'REQUEST' | 'INVITE'; description: string; guidelines: string; tags: string[]; researchThemeCodes: string[] }> = {},
): Promise<BuiltCommunity> {
  const suffix = readableSuffix();
  const input = {
    name: overrides.name ?? `Testgemeenschap ${suffix}`,
    slug: overrides.slug ?? `test-${suffix}`,
    visibility: overrides.visibility ?? 'PUBLIC',
    joinPolicy: overrides.joinPolicy ?? 'OPEN',
    description: overrides.description ?? 'Een gemeenschap voor tests.',
    guidelines: overrides.guidelines ?? '',
    tags: overrides.tags ?? [],
    researchThemeCodes: overrides.researchThemeCodes ?? [],
  };
  const data = must(await owner.gql<{ createCommunity: BuiltCommunity }>(CREATE_COMMUNITY, { input }));
  return data.createCommunity;
}
