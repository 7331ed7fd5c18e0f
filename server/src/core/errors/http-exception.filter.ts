import { ArgumentsHost, Catch, HttpException, Inject, Optional, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
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
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    if (res.headersSent) return;
    if (error instanceof DomainError) {
      if (error instanceof RateLimitedError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      if (error instanceof ServiceUnavailableError) {
        res.setHeader('Retry-After', '5');
        // Refused before Apollo ran (the session lookup needs the database): answer in GraphQL's shape.
        if (req.path === '/graphql') {
          res.status(error.httpStatus).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
          return;
        }
      }
      res.status(error.httpStatus).json({ code: error.code, message: error.message });
      return;
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const code = status === 404 ? 'NOT_FOUND' : status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
      res.status(status).json({ code, message: status < 500 ? error.message : 'Internal server error' });
      return;
    }
    const status = (error as { status?: number; type?: string }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // body-parser errors: malformed JSON, payload too large, bad charset
      res.status(status).json({ code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT', message: (error as Error).message });
      return;
    }
    this.logger.error({ err: error, url: req.url }, 'unhandled error');
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
  }
}
