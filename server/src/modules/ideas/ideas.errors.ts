import { DomainError, NotFoundError } from '../../core/errors/domain-error';

/** Also the answer for an idea of a campaign the person may not see, and for a hidden idea. */
export class IdeaNotFoundError extends NotFoundError {
  constructor() {
    super('IDEA_NOT_FOUND', 'This idea does not exist.');
  }
}

export class VoteBudgetExceededError extends DomainError {
  constructor(budget: number) {
    super('VOTE_BUDGET_EXCEEDED', `You have used all ${budget} of your votes in this campaign; take one back to vote again.`, { budget });
  }
}
