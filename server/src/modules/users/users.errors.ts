import { DomainError, NotFoundError } from '../../core/errors/domain-error';

export class UserNotFoundError extends NotFoundError {
  constructor() {
    super('USER_NOT_FOUND', 'This person does not exist.');
  }
}

/** An IdP sign-in whose email belongs to an account already linked to another IdP identity. */
export class ExternalAccountConflictError extends DomainError {
  constructor() {
    super('CONFLICT', 'This email address belongs to another account linked to the identity provider.');
  }
}
