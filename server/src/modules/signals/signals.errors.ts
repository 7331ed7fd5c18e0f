import { DomainError, NotFoundError } from '../../core/errors/domain-error';

/** Also the answer for a source of a department the person may not see. */
export class SignalSourceNotFoundError extends NotFoundError {
  constructor() {
    super('SIGNAL_SOURCE_NOT_FOUND', 'This signal source does not exist.');
  }
}

export class SignalSourceKindMismatchError extends DomainError {
  constructor(expected: string, actual: string) {
    super('SIGNAL_SOURCE_KIND_MISMATCH', `This source is a ${actual} source; this needs a ${expected} source.`, { expected, actual });
  }
}

export class SignalSourceDisabledError extends DomainError {
  constructor() {
    super('SIGNAL_SOURCE_DISABLED', 'This source is disabled.');
  }
}

export class SignalItemNotFoundError extends NotFoundError {
  constructor() {
    super('SIGNAL_ITEM_NOT_FOUND', 'This signal does not exist or is no longer kept.');
  }
}

/** A manual entry that the pipeline refuses (empty, over-long, bad date…): the reason says which. */
export class SignalItemRefusedError extends DomainError {
  constructor(reason: string) {
    super('SIGNAL_ITEM_REFUSED', `This signal cannot be stored: ${reason}`, { reason });
  }
}

export class SignalImportNotFoundError extends NotFoundError {
  constructor() {
    super('SIGNAL_IMPORT_NOT_FOUND', 'This import does not exist.');
  }
}

export class WatchlistNotFoundError extends NotFoundError {
  constructor() {
    super('WATCHLIST_NOT_FOUND', 'This watchlist does not exist.');
  }
}

export class WatchTermNotFoundError extends NotFoundError {
  constructor() {
    super('WATCH_TERM_NOT_FOUND', 'This watch term does not exist.');
  }
}

export class SentimentRuleNotFoundError extends NotFoundError {
  constructor() {
    super('SENTIMENT_RULE_NOT_FOUND', 'This sentiment rule does not exist.');
  }
}

/** A watch query (or a correction rule's query) that does not compile: the analyser's code, message and position. */
export class WatchQueryInvalidError extends DomainError {
  constructor(message: string, details: { reason: string; position: number | null; field: string }) {
    super('WATCH_QUERY_INVALID', message, details);
  }
}

/** "Test this source": the URL was refused (SSRF rules, size, time, HTTP status) or the document is not a feed. */
export class SourceFetchRefusedError extends DomainError {
  constructor(reason: string, message: string) {
    super('SOURCE_FETCH_REFUSED', message, { reason });
  }
}

/** Refusals on the module's HTTP routes (webhooks, imports, file previews), with their codes. */
export class WebhookRefusedError extends DomainError {
  constructor(code: 'WEBHOOK_SIGNATURE_INVALID' | 'WEBHOOK_TIMESTAMP_INVALID' | 'WEBHOOK_BODY_INVALID' | 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE', message: string) {
    super(code, message);
  }
}
