import { parse as parseForm } from 'node:querystring';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import type { AppConfig } from './config/config';
import { SESSION_RESOLVER, type SessionResolver } from './core/auth/session-resolver';
import { sessionMiddleware } from './core/auth/session.middleware';
import { PinoNestLogger } from './core/logging/logger';
import { requestLogging } from './core/logging/request-logging';
import { graphqlRateLimit } from './core/security/graphql-rate-limit.middleware';
import { LeasedRateLimiter } from './core/security/leased-rate-limiter';
import { RateLimitService } from './core/security/rate-limit.service';
import { securityHeaders } from './core/security/security-headers';
import { webAssets } from './core/web/web-assets';

const JSON_LIMIT = 256 * 1024;
const FORM_LIMIT = 512 * 1024;

/**
 * Builds the whole application (not yet listening): used by `main.ts` and by the e2e tests alike.
 * NestJS on Fastify rather than Express: on the same GraphQL request the framework costs less than
 * half as much CPU per request (bench/api.mjs measures the whole path against a bare floor).
 */
export async function createApp(config: AppConfig, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    // How many X-Forwarded-For hops to believe (README: TRUST_PROXY); `req.ip` follows it. A number
    // means the same as in Express (proxy-addr): the nearest `trustProxy` hops are proxies.
    trustProxy: config.trustProxy > 0 ? (_address: string, hop: number) => hop < config.trustProxy : false,
    bodyLimit: JSON_LIMIT,
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
    abortOnError: false,
  });
  app.enableShutdownHooks();
  const fastify = adapter.getInstance();
  fastify.decorateRequest('auth', undefined);
  fastify.decorateRequest('sessionToken', undefined);
  fastify.decorateRequest('loaders', undefined);
  fastify.decorateRequest('requestId', '');

  // Bodies: JSON (Fastify's own parser, prototype-poisoning safe), text (which Apollo's CSRF prevention
  // and the auth routes' same-origin check then refuse, as any simple cross-site request) and forms,
  // read only for the IdP's posts (SAML ACS and SLO) as Express's urlencoded({ extended: false }) did;
  // elsewhere a form reaches the route without a body and is refused there.
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_LIMIT }, (req, body, done) => {
    done(null, req.url.startsWith('/auth/saml/') ? parseForm(body as string) : undefined);
  });

  const web = webAssets(config.webDistDir);
  const setSecurityHeaders = securityHeaders(config, web.scriptHashes);
  const logging = requestLogging(logger);
  fastify.addHook('onRequest', logging.onRequest);
  fastify.addHook('onResponse', logging.onResponse);
  fastify.addHook('onRequest', (req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    setSecurityHeaders(reply.raw);
    // The web app's files and its page are the same for everyone: answered here, before the body
    // parser and the session lookup, which only the server's own paths need. Any path a module
    // routes (GraphQL, auth, a download…) is the server's: the web app only gets the rest.
    if (req.is404 && web.serve(req.raw, reply.raw)) return void reply.hijack();
    done();
  });
  fastify.addHook('onRequest', sessionMiddleware(app.get<SessionResolver>(SESSION_RESOLVER), config));
  const limitGraphql = graphqlRateLimit(new LeasedRateLimiter(app.get(RateLimitService)), config.graphql.rateLimit);
  fastify.addHook('onRequest', (req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) =>
    req.url === '/graphql' || req.url.startsWith('/graphql?') ? limitGraphql(req, reply, done) : done(),
  );
  return app;
}

/**
 * Initialises the application (modules, routes, GraphQL) and readies Fastify, so that the HTTP server
 * can be listened on directly (socket.io shares it): Fastify builds its routes' hook chains at `ready`.
 */
export async function initApp(app: NestFastifyApplication): Promise<void> {
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
}
