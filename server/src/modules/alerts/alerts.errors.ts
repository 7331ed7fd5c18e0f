import { DomainError, NotFoundError } from '../../core/errors/domain-error';

/** Also the answer for a rule the person may not manage or whose term they may not see. */
export class AlertRuleNotFoundError extends NotFoundError {
  constructor() {
    super('ALERT_RULE_NOT_FOUND', 'This alert rule does not exist.');
  }
}

/** Also the answer for an alert the person may not see (neither a recipient nor the hub). */
export class AlertNotFoundError extends NotFoundError {
  constructor() {
    super('ALERT_NOT_FOUND', 'This alert does not exist.');
  }
}

/** Each recipient gives one verdict per alert: changing it back and forth would pump the rule's tuning. */
export class AlertFeedbackGivenError extends DomainError {
  constructor(verdict: string) {
    super('ALERT_FEEDBACK_GIVEN', `You already marked this alert as ${verdict}.`, { verdict });
  }
}

export class AlertClosedError extends DomainError {
  constructor() {
    super('ALERT_CLOSED', 'This alert is closed.');
  }
}

export class BacktestRangeInvalidError extends DomainError {
  constructor(reason: string) {
    super('BACKTEST_RANGE_INVALID', `This period cannot be backtested: ${reason}`, { reason });
  }
}
