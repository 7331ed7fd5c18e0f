import { DomainError } from '../../core/errors/domain-error';

/** The token names no pair issued to this person (garbage, someone else's, or never issued). */
export class PairNotIssuedError extends DomainError {
  constructor() {
    super('PAIRWISE_PAIR_NOT_ISSUED', 'This pair was not offered to you; ask for the next pair.');
  }
}

/** The pair was issued but is no longer answerable: it expired, or one of its ideas left the board. */
export class PairExpiredError extends DomainError {
  constructor() {
    super('PAIRWISE_PAIR_EXPIRED', 'This pair is out of date; ask for the next pair.');
  }
}
