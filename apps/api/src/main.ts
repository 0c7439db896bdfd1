import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from '@kennislijn/api-core';
import { createApp } from './app/create-app';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Kennislijn cannot start. ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const { app, logger } = await createApp(config);
  await app.listen(config.port, config.host);
  const { port } = app.getHttpServer().address() as AddressInfo;
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = config.publicUrl || `http://${shown}:${port}`;
  // Graceful shutdown: stop taking requests, finish the running ones, close the pool and the embedded database.
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  logger.info({ url, uptimeMs: Math.round(process.uptime() * 1000) }, `Kennislijn is klaar: ${url}`);
}

main().catch((error) => {
  process.stderr.write(`Kennislijn failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
