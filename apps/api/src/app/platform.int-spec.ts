import { buildUser, TestClient } from '@kennislijn/api-testing';
import { startTestApp, TestApp } from '../test/test-app';

describe('platform: health, headers, reference data, community visibility', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('reports live and ready (database checked)', async () => {
    const live = await fetch(`${app.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok' } });
  });

  it('sends security headers and a request id', async () => {
    const res = await fetch(`${app.url}/health/live`, { headers: { 'x-request-id': 'support-case-12345' } });
    expect(res.headers.get('x-request-id')).toBe('support-case-12345');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('puts the request id in error responses so people can quote it', async () => {
    const res = await new TestClient(app.url).gql(`{ me { id } }`, {}, { 'x-request-id': 'quote-me-please-1' });
    expect(res.errors?.[0].extensions?.['requestId']).toBe('quote-me-please-1');
  });

  it('answers malformed or oversized bodies with a coded error and no stack trace', async () => {
    const bad = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|node_modules/);
    const big = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: JSON.stringify({ query: `{ me { id } }`, pad: 'x'.repeat(1_100_000) }) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { errors: { message: string }[] }).errors[0].message).toBe('The request is too large (at most 1 MB).');
  });

  it('loads the learning line as rows, in Dutch and English', async () => {
    const nl = await new TestClient(app.url).gql<{ levels: { number: number }[]; qualifications: { code: string; text: string }[]; collaborationForms: { code: string }[]; dublinDescriptors: { number: number; qualificationCodes: string[] }[] }>(
      `{ levels { number } qualifications { code text } collaborationForms { code } dublinDescriptors { number qualificationCodes } }`,
    );
    expect(nl.data?.levels.map((l) => l.number)).toEqual([1, 2, 3, 4]);
    expect(nl.data?.qualifications.map((q) => q.code)).toEqual([...Array(9)].map((_, i) => `B${i + 1}`).concat([...Array(9)].map((_, i) => `M${i + 1}`)));
    expect(nl.data?.qualifications.find((q) => q.code === 'B9')?.text).toBe('monitort samenwerking met monitoringsinstrumenten.');
    expect(nl.data?.collaborationForms).toHaveLength(8);
    expect(nl.data?.dublinDescriptors.find((d) => d.number === 2)?.qualificationCodes).toEqual(['B3', 'B4', 'B5', 'B6']);
    const en = await new TestClient(app.url, 'en').gql<{ qualifications: { code: string; text: string }[] }>(`{ qualifications { code text } }`);
    expect(en.data?.qualifications.find((q) => q.code === 'B9')?.text).toBe('monitors collaboration using monitoring instruments.');
    const themes = await new TestClient(app.url).gql<{ researchThemes: { code: string; name: string }[] }>(`{ researchThemes { code name } }`);
    expect(themes.data?.researchThemes.map((t) => t.code)).toEqual(['COMMON_FACTORS', 'TASK_ALLIANCE', 'MULTIPLE_ALLIANCES', 'SHARED_DECISIONS', 'POWER_DEPENDENCY', 'LIVING_PROCESS']);
    expect(themes.data?.researchThemes[1].name).toBe('De taakalliantie');
  });

  it('reference seeding is idempotent: a second start adds no rows', async () => {
    const count = async () => (await app.dataSource.query(`SELECT (SELECT count(*) FROM qualification)::int + (SELECT count(*) FROM level)::int + (SELECT count(*) FROM dublin_descriptor_qualification)::int AS n`))[0].n;
    const before = await count();
    const second = await startTestApp();
    await second.close();
    expect(await count()).toBe(before);
    expect(before).toBe(18 + 4 + 9);
  });

  it('never lists a private community to someone outside it', async () => {
    const slug = `geheim-${Date.now()}`;
    const [{ id }] = await app.dataSource.query(`INSERT INTO community (slug, name, visibility, join_policy) VALUES ($1, 'Besloten test', 'PRIVATE', 'REQUEST') RETURNING id`, [slug]);
    const member = await buildUser(app.url);
    const outsider = await buildUser(app.url);
    await app.dataSource.query(`INSERT INTO community_member (community_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [id, member.id]);
    const q = `{ communities(first: 100) { edges { node { slug } } } }`;
    const seenBy = async (c: TestClient) => ((await c.gql<{ communities: { edges: { node: { slug: string } }[] } }>(q)).data?.communities.edges ?? []).map((x) => x.node.slug);
    expect(await seenBy(member.client)).toContain(slug);
    expect(await seenBy(outsider.client)).not.toContain(slug);
    expect(await seenBy(new TestClient(app.url))).not.toContain(slug);
  });
});
