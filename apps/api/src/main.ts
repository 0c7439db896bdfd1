import 'reflect-metadata';
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
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = config.publicUrl || `http://${shown}:${config.port}`;
  logger.info({ url, uptimeMs: Math.round(process.uptime() * 1000) }, `Kennislijn is klaar: ${url}`);
}

main().catch((error) => {
  process.stderr.write(`Kennislijn failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
