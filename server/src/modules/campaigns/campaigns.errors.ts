import { DomainError, NotFoundError } from '../../core/errors/domain-error';

/** Also the answer for a campaign the person may not see: its existence must not leak. */
export class CampaignNotFoundError extends NotFoundError {
  constructor() {
    super('CAMPAIGN_NOT_FOUND', 'This campaign does not exist.');
  }
}

export class StageNotFoundError extends NotFoundError {
  constructor() {
    super('STAGE_NOT_FOUND', 'This stage does not exist in this campaign.');
  }
}

export class CampaignNotOpenError extends DomainError {
  constructor() {
    super('CAMPAIGN_NOT_OPEN', 'This campaign has not opened yet.');
  }
}

export class CampaignClosedError extends DomainError {
  constructor() {
    super('CAMPAIGN_CLOSED', 'This campaign is closed.');
  }
}
