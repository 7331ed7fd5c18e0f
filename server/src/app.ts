import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { urlencoded } from 'express';
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

/** Builds the whole application (not yet listening): used by `main.ts` and by the e2e tests alike. */
export async function createApp(config: AppConfig, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
    abortOnError: false,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // No ETag hashed over every body (GraphQL answers are POSTs, never revalidated); static files carry
  // their own and the web app's page a precomputed one (core/web/web-assets.ts).
  app.set('etag', false);
  app.enableShutdownHooks();

  const web = webAssets(config.webDistDir);
  app.use(requestLogging(logger));
  app.use(securityHeaders(config, web.scriptHashes));
  // The web app's files and its page are the same for everyone: served (with the headers above)
  // before the body parsers and the session lookup, which only the server's own paths need.
  app.use(web.middleware);
  app.useBodyParser('json', { limit: '256kb' });
  // Form posts are only the IdP's (SAML ACS and SLO): no other request pays for looking at a form parser.
  app.use('/auth/saml', urlencoded({ limit: '512kb', extended: false }));
  app.use(sessionMiddleware(app.get<SessionResolver>(SESSION_RESOLVER), config));
  app.use('/graphql', graphqlRateLimit(new LeasedRateLimiter(app.get(RateLimitService)), config.graphql.rateLimit));
  return app;
}
