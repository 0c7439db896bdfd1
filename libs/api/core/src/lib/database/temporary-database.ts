import { DataSource } from 'typeorm';

export interface TemporaryDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database on the server of `serverUrl` (for tests and the drift check); `drop` removes it. */
export async function createTemporaryDatabase(serverUrl: string, prefix: string): Promise<TemporaryDatabase> {
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const admin = async (sql: string) => {
    const ds = new DataSource({ type: 'postgres', url: serverUrl });
    await ds.initialize();
    try {
      await ds.query(sql);
    } finally {
      await ds.destroy();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
