import type { ErrorCode } from '@ruche/shared';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  DEPARTMENT_NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  QUERY_TOO_COMPLEX: 400,
  LOCAL_AUTH_DISABLED: 403,
  SAML_REJECTED: 401,
};

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
    return HTTP_STATUS[this.code] ?? 400;
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
