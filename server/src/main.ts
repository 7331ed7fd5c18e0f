import 'reflect-metadata';
import type { Server } from 'node:http';
import { createApp, initApp } from './app';
import { ConfigError, demoSignInNotice, loadConfig } from './config/config';
import { prepareDatabase } from './core/database/prepare-database';
import { seedOnStart } from './demo-seed';
import { createRootLogger } from './core/logging/logger';
import { StartupError } from './core/startup-error';

function fail(message: string): never {
  process.stderr.write(`ruche: ${message}\n`);
  process.exit(1);
}

async function listen(server: Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }
  const logger = createRootLogger(config.log);
  const db = await prepareDatabase(config, logger, (ds) => seedOnStart(ds, config.database.seedDemo));
  config.database.url = db.url;
  // The embedded PostgreSQL is restarted when it dies; when it keeps dying, stop with one clear line.
  db.embedded?.onGiveUp((message) => fail(message));

  const app = await createApp(config, logger);
  await initApp(app);
  const server = app.getHttpServer() as Server;
  try {
    await listen(server, config.port, config.host);
  } catch (e) {
    await app.close().catch(() => undefined);
    await db.embedded?.stop();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`Port ${config.port} is already in use (set PORT to another one).`);
    if (code === 'EACCES') fail(`Not allowed to listen on port ${config.port} (set PORT to one above 1024).`);
    throw e;
  }
  logger.info({ url: config.publicUrl, authMode: config.auth.mode }, `Ruche is ready on ${config.publicUrl}`);
  const notice = demoSignInNotice(config);
  if (notice) logger[notice.level]({ host: config.host, port: config.port }, notice.message);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 15 s; exiting');
      process.exit(1);
    }, 15_000).unref();
    try {
      // Stops accepting, lets in-flight requests finish, closes sockets and the database pool.
      await app.close();
      await db.embedded?.stop();
      clearTimeout(force);
      logger.info('stopped');
      logger.flush();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  if (e instanceof StartupError || e instanceof ConfigError) fail(e.message);
  fail(`start-up failed: ${e instanceof Error ? e.message : String(e)}`);
});
