/**
 * Every stable error code carried in GraphQL `extensions.code` and HTTP error bodies, with its HTTP
 * status: the one table. Codes are grouped by the module that owns them; adding a code is one line
 * here (the web dictionaries' parity test then asks for its French and English message).
 */
export const ERRORS = {
  // core: infrastructure and generic outcomes
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  QUERY_TOO_COMPLEX: 400,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  // identity: sign-in and sessions
  LOCAL_AUTH_DISABLED: 403,
  SAML_REJECTED: 401,
  // org: organisation and departments
  DEPARTMENT_NOT_FOUND: 404,
  // users: people and roles
  USER_NOT_FOUND: 404,
  // notifications: the notification centre
  NOTIFICATION_KIND_UNKNOWN: 400,
  // campaigns and ideas (Hivemind); a campaign or idea the person may not see answers as not found
  CAMPAIGN_NOT_FOUND: 404,
  STAGE_NOT_FOUND: 404,
  IDEA_NOT_FOUND: 404,
  CAMPAIGN_NOT_OPEN: 409,
  CAMPAIGN_CLOSED: 409,
  VOTE_BUDGET_EXCEEDED: 409,
  // pairwise: comparisons of two ideas (Hivemind); a token that is not yours is the same as a garbage one
  PAIRWISE_PAIR_NOT_ISSUED: 409,
  PAIRWISE_PAIR_EXPIRED: 409,
  // comments and follows (Hivemind discussion); a comment the person may not see answers as not found
  COMMENT_NOT_FOUND: 404,
  // reviews: stage pipeline editing, scorecards and reviews (Hivemind)
  PIPELINE_RULE_BROKEN: 409,
  PIPELINE_CHANGED: 409,
  STAGE_NOT_EMPTY: 409,
  SCORECARD_NOT_FOUND: 404,
  SCORECARD_LOCKED: 409,
  REVIEW_STAGE_CLOSED: 409,
  // curation: moderation, merge and typed links (Hivemind)
  MERGE_NOT_ALLOWED: 409,
  LINK_NOT_FOUND: 404,
  // signals: Dynamic Signal sources, webhooks, imports, watchlists and items; what a person may not see answers as not found
  SIGNAL_SOURCE_NOT_FOUND: 404,
  SIGNAL_SOURCE_KIND_MISMATCH: 409,
  SIGNAL_SOURCE_DISABLED: 409,
  SIGNAL_ITEM_NOT_FOUND: 404,
  SIGNAL_ITEM_REFUSED: 400,
  SIGNAL_IMPORT_NOT_FOUND: 404,
  WATCHLIST_NOT_FOUND: 404,
  WATCH_TERM_NOT_FOUND: 404,
  WATCH_QUERY_INVALID: 400,
  SENTIMENT_RULE_NOT_FOUND: 404,
  WEBHOOK_SIGNATURE_INVALID: 401,
  WEBHOOK_TIMESTAMP_INVALID: 401,
  WEBHOOK_BODY_INVALID: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  SOURCE_FETCH_REFUSED: 422,
  // alerts: Dynamic Signal alert rules and alerts; an alert the person may not see answers as not found
  ALERT_RULE_NOT_FOUND: 404,
  ALERT_NOT_FOUND: 404,
  ALERT_FEEDBACK_GIVEN: 409,
  ALERT_CLOSED: 409,
  BACKTEST_RANGE_INVALID: 400,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERRORS;
export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERRORS, value);
}

export function httpStatusOf(code: ErrorCode): number {
  return ERRORS[code];
}
