import { ArgumentsHost, Catch, HttpException, Inject, Optional, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { DatabaseStatus } from '../database/database-status';
import { ROOT_LOGGER } from '../logging/logging.module';
import { DomainError, RateLimitedError, ServiceUnavailableError } from './domain-error';

/** Maps errors on plain HTTP routes (auth, health) to `{ code, message }` JSON with the right status. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Optional() private readonly database?: DatabaseStatus,
  ) {}

  catch(thrown: unknown, host: ArgumentsHost) {
    // PostgreSQL unreachable: SERVICE_UNAVAILABLE, logged once by DatabaseStatus. Resolver errors pass
    // through here too (rethrown below), so GraphQL's formatter receives the coded error.
    const error = this.database?.report(thrown) ? new ServiceUnavailableError() : thrown;
    if (host.getType() !== 'http') throw error;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const req = host.switchToHttp().getRequest<FastifyRequest>();
    if (reply.sent) return;
    if (error instanceof DomainError) {
      if (error instanceof RateLimitedError) void reply.header('Retry-After', String(error.retryAfterSeconds));
      if (error instanceof ServiceUnavailableError) {
        void reply.header('Retry-After', '5');
        // Refused before Apollo ran (the session lookup needs the database): answer in GraphQL's shape.
        if (req.url.split('?', 1)[0] === '/graphql') {
          void reply.code(error.httpStatus).send({ errors: [{ message: error.message, extensions: { code: error.code } }] });
          return;
        }
      }
      void reply.code(error.httpStatus).send({ code: error.code, message: error.message });
      return;
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const code = status === 404 ? 'NOT_FOUND' : status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
      void reply.code(status).send({ code, message: status < 500 ? error.message : 'Internal server error' });
      return;
    }
    // Fastify's own errors (body parsing: malformed JSON, body too large, unsupported media type…).
    const status = (error as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      void reply.code(status).send({ code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT', message: (error as Error).message });
      return;
    }
    this.logger.error({ err: error, url: req.url, requestId: req.requestId }, 'unhandled error');
    void reply.code(500).send({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
  }
}
