import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@kennislijn/api-core';
import { buildUser, errorCode, TestClient } from '@kennislijn/api-testing';
import { spawnServer } from '../test/spawn-server';

// Always the embedded database on disk, whatever DATABASE_URL says: this is what `npm start` uses.
describe('the built server on its embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kennislijn-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data across a restart, including sign-in sessions and demo data, and shuts down cleanly', async () => {
    const first = await spawnServer({ DATA_DIR: dataDir });
    const user = await buildUser(first.url, { displayName: 'Blijvend' });
    const cookie = user.client.cookie('kl_refresh') as string;
    // Graceful shutdown on SIGTERM: exit code 0 and the data folder unlocked.
    expect(await first.stop('SIGTERM')).toBe(0);

    const second = await spawnServer({ DATA_DIR: dataDir });
    try {
      const again = new TestClient(second.url);
      const login = await again.gql<{ login: { user: { id: string } } }>(`mutation { login(input: { email: "${user.email}", password: "${user.password}" }) { user { id } } }`);
      expect(login.data?.login.user.id).toBe(user.id);
      // The JWT secret is kept in DATA_DIR, so the refresh session survives as well.
      const device = new TestClient(second.url);
      device.setCookie('kl_refresh', cookie);
      expect((await device.gql(`mutation { refreshToken { accessToken } }`)).errors).toBeUndefined();
      // Demo accounts exist once, however often the server starts.
      const demo = new TestClient(second.url);
      const demoLogin = await demo.gql(`mutation { login(input: { email: "docent@demo.kennislijn.nl", password: "kennislijn-demo" }) { accessToken } }`);
      expect(demoLogin.errors).toBeUndefined();
      const reg = await demo.gql(`mutation { register(input: { email: "docent@demo.kennislijn.nl", password: "kennislijn-demo", displayName: "x y", role: LECTURER }) { accessToken } }`);
      expect(errorCode(reg)).toBe('CONFLICT');
    } finally {
      await second.stop();
    }
  });

  it('answers concurrent requests correctly (PGlite serialises them through one pooled connection)', async () => {
    const server = await spawnServer({ DATA_DIR: dataDir });
    try {
      const login = () =>
        new TestClient(server.url).gql<{ login: { user: { email: string } } }>(
          `mutation { login(input: { email: "student@demo.kennislijn.nl", password: "kennislijn-demo" }) { user { email } } }`,
        );
      for (let round = 0; round < 3; round++) {
        const results = await Promise.all([...Array(8)].map(login));
        expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? r.data?.login.user.email)).toEqual(Array(8).fill('student@demo.kennislijn.nl'));
      }
    } finally {
      await server.stop();
    }
  });

  it('exits with a clear message naming a bad variable', async () => {
    await expect(spawnServer({ DATA_DIR: dataDir, PORT: 'not-a-port' }, 20_000)).rejects.toThrow(/PORT must be a whole number/);
  });

  it('refuses a second process on the same data folder with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kennislijn-lock-'));
    writeFileSync(join(dir, 'kennislijn.lock'), String(process.ppid));
    await expect(startEmbeddedPostgres({ dataDir: dir, maxConnections: 2 })).rejects.toThrow(/in use by process/);
    rmSync(dir, { recursive: true, force: true });
  });
});
