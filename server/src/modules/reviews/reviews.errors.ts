import { DomainError, NotFoundError } from '../../core/errors/domain-error';

export class ScorecardNotFoundError extends NotFoundError {
  constructor() {
    super('SCORECARD_NOT_FOUND', 'This stage has no scorecard.');
  }
}

export class ScorecardLockedError extends DomainError {
  constructor(message: string) {
    super('SCORECARD_LOCKED', message);
  }
}

/** The idea is not (or no longer) at the stage the review is for, or that stage has no scorecard. */
export class ReviewStageClosedError extends DomainError {
  constructor() {
    super('REVIEW_STAGE_CLOSED', 'This idea is not at that review stage (any more): its review there can no longer change.');
  }
}
