import { DomainError, NotFoundError } from '../../core/errors/domain-error';

/** A merge that cannot be: the same idea, ideas of two campaigns, an idea already merged, or a hidden target. */
export class MergeNotAllowedError extends DomainError {
  constructor(message: string) {
    super('MERGE_NOT_ALLOWED', message);
  }
}

/** Also the answer for a link whose idea the person may not see. */
export class LinkNotFoundError extends NotFoundError {
  constructor() {
    super('LINK_NOT_FOUND', 'This link does not exist.');
  }
}
