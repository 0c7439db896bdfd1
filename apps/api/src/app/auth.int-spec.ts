import * as jwt from 'jsonwebtoken';
import { buildUser, errorCode, must, TestClient, uniqueEmail } from '@kennislijn/api-testing';
import { startTestApp, TestApp } from '../test/test-app';

const SECRET = 'test-secret-of-at-least-32-characters!!';
const REGISTER = `mutation R($input: RegisterInput!) { register(input: $input) { accessToken user { id email displayName role organisation level } } }`;
const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { accessToken user { id email } } }`;
const ME = `{ me { id email displayName role level } }`;
const REFRESH = `mutation { refreshToken { accessToken user { id } } }`;

describe('accounts over /graphql', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({}, { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000', JWT_SECRET: SECRET });
  });
  afterAll(() => app.close());

  it('registers, signs in and reads me', async () => {
    const client = new TestClient(app.url);
    const email = uniqueEmail('anna');
    const reg = await client.gql<{ register: { accessToken: string; user: { id: string; email: string; level: number } } }>(REGISTER, {
      input: { email: `  ${email.toUpperCase()} `, password: 'een-lang-wachtwoord', displayName: 'Anna', role: 'STUDENT', level: 3, organisation: 'HAN' },
    });
    expect(reg.errors).toBeUndefined();
    expect(reg.data?.register.user.email).toBe(email);
    expect(reg.data?.register.user.level).toBe(3);

    const login = await client.gql<{ login: { accessToken: string; user: { id: string } } }>(LOGIN, { input: { email, password: 'een-lang-wachtwoord' } });
    expect(login.errors).toBeUndefined();
    client.accessToken = login.data?.login.accessToken;
    const me = await client.gql<{ me: { id: string; displayName: string; role: string } }>(ME);
    expect(me.data?.me).toMatchObject({ id: reg.data?.register.user.id, displayName: 'Anna', role: 'STUDENT' });
  });

  it('stores only an argon2id hash, never the password', async () => {
    const user = await buildUser(app.url, { password: 'geheim-wachtwoord-123' });
    const [row] = await app.dataSource.query(`SELECT password_hash FROM user_account WHERE id = $1`, [user.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('geheim-wachtwoord-123');
  });

  it('answers bad input with BAD_USER_INPUT and a message per field, in Dutch by default', async () => {
    const res = await new TestClient(app.url).gql(REGISTER, { input: { email: 'geen-email', password: 'kort', displayName: 'A', role: 'LECTURER' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0].extensions?.['fields'] as { field: string; message: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['displayName', 'email', 'password']);
    expect(fields.find((f) => f.field === 'password')?.message).toBe('Je wachtwoord moet minstens 10 tekens hebben.');
  });

  it('answers in English when Accept-Language prefers it', async () => {
    const res = await new TestClient(app.url, 'en-GB,en;q=0.9,nl;q=0.5').gql(REGISTER, { input: { email: 'x@y.nl', password: 'short', displayName: 'Ab', role: 'LECTURER' } });
    const fields = res.errors?.[0].extensions?.['fields'] as { field: string; message: string }[];
    expect(fields).toEqual([{ field: 'password', message: 'Your password must be at least 10 characters long.' }]);
  });

  it('requires a level for students and refuses one for other roles', async () => {
    const student = await new TestClient(app.url).gql(REGISTER, { input: { email: uniqueEmail(), password: 'een-lang-wachtwoord', displayName: 'Stu', role: 'STUDENT' } });
    expect(errorCode(student)).toBe('BAD_USER_INPUT');
    expect(student.errors?.[0].extensions?.['fields']).toEqual([{ field: 'level', message: 'Kies als student je niveau (1 tot en met 4).' }]);
    const lecturer = await new TestClient(app.url).gql(REGISTER, { input: { email: uniqueEmail(), password: 'een-lang-wachtwoord', displayName: 'Doc', role: 'LECTURER', level: 2 } });
    expect(errorCode(lecturer)).toBe('BAD_USER_INPUT');
    const outOfRange = await new TestClient(app.url).gql(REGISTER, { input: { email: uniqueEmail(), password: 'een-lang-wachtwoord', displayName: 'Stu', role: 'STUDENT', level: 5 } });
    expect(errorCode(outOfRange)).toBe('BAD_USER_INPUT');
  });

  it('answers a duplicate e-mail with CONFLICT and stores nothing twice', async () => {
    const user = await buildUser(app.url);
    const res = await new TestClient(app.url).gql(REGISTER, { input: { email: user.email.toUpperCase(), password: 'een-lang-wachtwoord', displayName: 'Dubbel', role: 'PROFESSIONAL' } });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].extensions?.['fields']).toEqual([{ field: 'email', message: 'Er is al een account met dit e-mailadres.' }]);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM user_account WHERE email = $1`, [user.email]);
    expect(count).toBe(1);
  });

  it('denies anonymous callers and bad tokens with UNAUTHENTICATED', async () => {
    expect(errorCode(await new TestClient(app.url).gql(ME))).toBe('UNAUTHENTICATED');
    const forged = new TestClient(app.url);
    forged.accessToken = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad';
    expect(errorCode(await forged.gql(ME))).toBe('UNAUTHENTICATED');
    const change = await new TestClient(app.url).gql(`mutation { changePassword(input: { currentPassword: "a", newPassword: "bbbbbbbbbbbb" }) }`);
    expect(errorCode(change)).toBe('UNAUTHENTICATED');
  });

  it('tells an expired access token apart, so the client knows to refresh', async () => {
    const user = await buildUser(app.url);
    const [, payload] = (user.client.accessToken as string).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { exp: number; iat: number };
    expect(claims.exp - claims.iat).toBe(900);
    const expired = new TestClient(app.url);
    expired.accessToken = jwt.sign({ sub: user.id, role: 'USER', typ: 'access', iat: 1000, exp: 2000 }, SECRET, { algorithm: 'HS256', issuer: 'kennislijn' });
    const res = await expired.gql(ME);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toBe('Je sessie is verlopen. Log opnieuw in.');
    // Also on public operations (it would otherwise silently see less), but not on the sign-in flow.
    expect(errorCode(await expired.gql(`{ communities { totalCount } }`))).toBe('UNAUTHENTICATED');
    // The refresh itself works with the stale token still in the header (the cookie is what counts).
    const staleAccess = expired.accessToken;
    user.client.accessToken = staleAccess;
    const refreshed = await user.client.gql<{ refreshToken: { accessToken: string } }>(`mutation { refreshToken { accessToken } }`);
    expect(refreshed.data?.refreshToken.accessToken).toBeTruthy();
    const relogin = await expired.gql<{ login: { accessToken: string } }>(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: user.email, password: user.password } });
    expect(relogin.data?.login.accessToken).toBeTruthy();
    const valid = new TestClient(app.url);
    valid.accessToken = jwt.sign({ sub: user.id, role: 'USER', typ: 'access' }, SECRET, { algorithm: 'HS256', issuer: 'kennislijn', expiresIn: 60 });
    expect((await valid.gql<{ me: { id: string } }>(ME)).data?.me.id).toBe(user.id);
  });

  it('rejects a wrong password without telling whether the account exists', async () => {
    const user = await buildUser(app.url);
    const wrong = await new TestClient(app.url).gql(LOGIN, { input: { email: user.email, password: 'niet-het-goede' } });
    const missing = await new TestClient(app.url).gql(LOGIN, { input: { email: uniqueEmail('nobody'), password: 'niet-het-goede' } });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(missing)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(missing.errors?.[0].message);
  });

  it('rate-limits sign-in attempts per account with a retry time', async () => {
    const user = await buildUser(app.url);
    const client = new TestClient(app.url);
    for (let i = 0; i < 3; i++) expect(errorCode(await client.gql(LOGIN, { input: { email: user.email, password: 'fout-fout-fout' } }))).toBe('UNAUTHENTICATED');
    const blocked = await client.gql(LOGIN, { input: { email: user.email, password: user.password } });
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
  });

  it('rotates the refresh cookie on use and revokes the session when an old one is replayed', async () => {
    const user = await buildUser(app.url);
    const first = user.client.cookie('kl_refresh');
    expect(first).toBeTruthy();
    const refreshed = await user.client.gql<{ refreshToken: { accessToken: string; user: { id: string } } }>(REFRESH);
    expect(refreshed.data?.refreshToken.user.id).toBe(user.id);
    const second = user.client.cookie('kl_refresh');
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);

    // Someone replays the first (rotated) token a minute later: the whole family is revoked.
    await app.dataSource.query(`UPDATE refresh_token SET replaced_at = now() - interval '1 minute' WHERE replaced_at IS NOT NULL AND user_id = $1`, [user.id]);
    const thief = new TestClient(app.url);
    thief.setCookie('kl_refresh', first as string);
    expect(errorCode(await thief.gql(REFRESH))).toBe('UNAUTHENTICATED');
    expect(errorCode(await user.client.gql(REFRESH))).toBe('UNAUTHENTICATED');
  });

  it('keeps a person signed in when a refresh answer was lost (a reload during a silent refresh), but not after signing out', async () => {
    const user = await buildUser(app.url);
    const first = user.client.cookie('kl_refresh') as string;
    must(await user.client.gql(REFRESH)); // rotated; pretend the browser never stored the new cookie
    const reloaded = new TestClient(app.url);
    reloaded.setCookie('kl_refresh', first);
    const again = await reloaded.gql<{ refreshToken: { user: { id: string } } }>(REFRESH);
    expect(again.data?.refreshToken.user.id).toBe(user.id);
    // Both browsers' newest tokens still work (one family, nothing revoked).
    must(await reloaded.gql(REFRESH));
    must(await user.client.gql(REFRESH));
    const [{ n }] = await app.dataSource.query(`SELECT count(DISTINCT family_id)::int AS n FROM refresh_token WHERE user_id = $1`, [user.id]);
    expect(n).toBe(1);

    // After signing out, the same quick replay is refused.
    const other = await buildUser(app.url);
    const before = other.client.cookie('kl_refresh') as string;
    must(await other.client.gql(REFRESH));
    must(await other.client.gql(`mutation { logout }`));
    const replay = new TestClient(app.url);
    replay.setCookie('kl_refresh', before);
    expect(errorCode(await replay.gql(REFRESH))).toBe('UNAUTHENTICATED');
  });

  it('sets the refresh cookie httpOnly and SameSite=Strict, and stores only its hash', async () => {
    const client = new TestClient(app.url);
    const res = await client.gql(REGISTER, { input: { email: uniqueEmail(), password: 'een-lang-wachtwoord', displayName: 'Cookie', role: 'RESEARCHER' } });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('kl_refresh='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const raw = client.cookie('kl_refresh') as string;
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM refresh_token WHERE token_hash = $1`, [raw]);
    expect(count).toBe(0);
  });

  it('signs out: the refresh token no longer works', async () => {
    const user = await buildUser(app.url);
    const cookie = user.client.cookie('kl_refresh') as string;
    const out = await user.client.gql<{ logout: boolean }>(`mutation { logout }`);
    expect(out.data?.logout).toBe(true);
    expect(user.client.cookie('kl_refresh')).toBeUndefined();
    const again = new TestClient(app.url);
    again.setCookie('kl_refresh', cookie);
    expect(errorCode(await again.gql(REFRESH))).toBe('UNAUTHENTICATED');
  });

  it('changes the password: old one fails, new one works, other sessions are signed out', async () => {
    const user = await buildUser(app.url);
    const otherDevice = new TestClient(app.url);
    await otherDevice.gql(LOGIN, { input: { email: user.email, password: user.password } });

    const wrong = await user.client.gql(`mutation C($input: ChangePasswordInput!) { changePassword(input: $input) }`, { input: { currentPassword: 'niet-juist-123', newPassword: 'nieuw-wachtwoord-1' } });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    const ok = await user.client.gql(`mutation C($input: ChangePasswordInput!) { changePassword(input: $input) }`, { input: { currentPassword: user.password, newPassword: 'nieuw-wachtwoord-1' } });
    expect(ok.errors).toBeUndefined();

    expect(errorCode(await new TestClient(app.url).gql(LOGIN, { input: { email: user.email, password: user.password } }))).toBe('UNAUTHENTICATED');
    expect((await new TestClient(app.url).gql(LOGIN, { input: { email: user.email, password: 'nieuw-wachtwoord-1' } })).errors).toBeUndefined();
    expect(errorCode(await otherDevice.gql(REFRESH))).toBe('UNAUTHENTICATED');
    expect((await user.client.gql(REFRESH)).errors).toBeUndefined();
  });

  it('never sends a stack trace or SQL to the client', async () => {
    const res = await new TestClient(app.url).gql(`mutation { register(input: { email: "a@b.nl", password: 1234567890, displayName: "x", role: STUDENT }) { accessToken } }`);
    const body = JSON.stringify(res);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(body).not.toMatch(/stacktrace|at .*\.js:\d+|SELECT|INSERT/);
  });
});
