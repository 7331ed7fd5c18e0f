import 'reflect-metadata';
import type { Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp, initApp } from '../../server/src/app';
import { loadConfig, type AppConfig } from '../../server/src/config/config';
import { seedDemo } from '../../server/src/demo-seed';
import { createRootLogger } from '../../server/src/core/logging/logger';
import { SessionService } from '../../server/src/modules/identity/session.service';
import { freePort } from './free-port';
import { createTestDatabase, type TestDatabase } from './test-db';

export interface TestApp {
  app: NestFastifyApplication;
  server: Server;
  url: string;
  config: AppConfig;
  ds: DataSource;
  db: TestDatabase;
  /** Signs in as a seeded or created user (local mode) and returns the Cookie header to send. */
  signIn(userIdOrEmail: string): Promise<string>;
  /** Posts a GraphQL operation, optionally with a session cookie; returns the parsed body. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, cookie?: string): Promise<GqlResult<T>>;
  userId(email: string): Promise<string>;
  /**
   * After a change to accounts or sessions made in SQL behind the app's back: the app reads sessions
   * again at once (else within SESSION_CACHE_SECONDS), as after a change announced by Ruche's services.
   */
  forgetSessions(): void;
  /** Parsed log lines, when started with `captureLogs` (empty otherwise). */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Seed the demo organisation (default true). */
  seed?: boolean;
  /** Run on this database instead of a fresh clone (a second instance of the same deployment); not dropped on close. */
  database?: TestDatabase;
  /** Host name in PUBLIC_URL (default 127.0.0.1); `localhost` makes the app a different site from an IdP on 127.0.0.1. */
  publicHost?: string;
  /** Keep the app's log lines (level info and up) in `logs` instead of discarding them. */
  captureLogs?: boolean;
}

/** Boots the real application on its own cloned database and a free port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.database ?? (await createTestDatabase());
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://${options.publicHost ?? '127.0.0.1'}:${port}`,
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '4',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    ...options.env,
  });
  const logs: Record<string, unknown>[] = [];
  const logger = options.captureLogs
    ? createRootLogger({ level: 'info', pretty: false }, { write: (line: string) => void logs.push(JSON.parse(line)) })
    : createRootLogger({ level: config.log.level, pretty: false });
  const app = await createApp(config, logger);
  const ds = app.get(DataSource);
  if (options.seed !== false) await seedDemo(ds);
  else await ds.query(`INSERT INTO organisation (id, name) VALUES (1, 'Test') ON CONFLICT DO NOTHING`);
  await initApp(app);
  const server = app.getHttpServer() as Server;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = config.publicUrl;

  const userId = async (emailOrId: string) => {
    const rows: { id: string }[] = await ds.query(`SELECT id FROM users WHERE email = $1 OR id::text = $1`, [emailOrId]);
    if (!rows[0]) throw new Error(`no user ${emailOrId}`);
    return rows[0].id;
  };

  return {
    app,
    server,
    url,
    config,
    ds,
    db,
    userId,
    logs,
    forgetSessions: () => app.get(SessionService).forget('all'),
    async signIn(userIdOrEmail) {
      const id = await userId(userIdOrEmail);
      const res = await request(server).post('/auth/local/login').set('Origin', url).send({ userId: id });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
      const cookie = (res.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
      return cookie;
    },
    async gql(query, variables, cookie) {
      const req = request(server).post('/graphql').set('Content-Type', 'application/json');
      if (cookie) req.set('Cookie', cookie);
      const res = await req.send({ query, variables });
      return { status: res.status, data: res.body.data, errors: res.body.errors };
    },
    async close() {
      await app.close();
      if (!options.database) await db.drop();
    },
  };
}
