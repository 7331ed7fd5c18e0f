import { httpStatusOf, type ErrorCode } from '@ruche/shared';

/** An expected failure with a stable code; the message is safe to show to the user. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }

  get httpStatus(): number {
    return httpStatusOf(this.code);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'You need to sign in.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super('FORBIDDEN', message);
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(code: ErrorCode = 'NOT_FOUND', message = 'Not found.') {
    super(code, message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', 'Too many attempts; try again shortly.', { retryAfterSeconds });
  }
}

/** The database cannot be reached right now (restart, failover); the request may be retried. */
export class ServiceUnavailableError extends DomainError {
  constructor(message = 'The service is briefly unavailable; try again in a moment.') {
    super('SERVICE_UNAVAILABLE', message);
  }
}
