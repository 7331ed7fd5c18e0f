/**
 * Dynamic Signal: the market-signal stream's shared vocabulary (source kinds and health, sentiment
 * labels), its limits, and the socket events about sources and imports. Used by the server (which
 * enforces the limits) and the web (which shows them).
 */

/** Where items come from: a polled RSS/Atom feed, an inbound webhook, NDJSON imports, or the hub's manual entries. */
export const SOURCE_KINDS = ['feed', 'webhook', 'import', 'manual'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * A source's health: `ok` (its last poll or delivery worked), `failing` (its last poll failed; it is
 * retried with backoff), `disabled` (switched off by the hub or an administrator: not polled, its
 * webhook refused).
 */
export const SOURCE_HEALTHS = ['ok', 'failing', 'disabled'] as const;
export type SourceHealth = (typeof SOURCE_HEALTHS)[number];

export const SIGNAL_SENTIMENTS = ['positive', 'negative', 'neutral'] as const;
export type SignalSentiment = (typeof SIGNAL_SENTIMENTS)[number];

/** Where an item's sentiment label comes from: the analyser, a correction rule of the hub, or a person's correction. */
export const SENTIMENT_ORIGINS = ['analyser', 'rule', 'person'] as const;
export type SentimentOrigin = (typeof SENTIMENT_ORIGINS)[number];

/** The states of an NDJSON import run. `aborted`: the upload stopped half-way (what was stored stays; re-sending stores the rest once). */
export const IMPORT_STATUSES = ['running', 'done', 'aborted', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What a line of a source's log records. */
export const SOURCE_LOG_KINDS = ['poll', 'refused', 'webhook', 'import', 'error'] as const;
export type SourceLogKind = (typeof SOURCE_LOG_KINDS)[number];

/**
 * The score a label stands for when a person or a rule sets it (the analyser's own scores are kept
 * otherwise): what the per-minute sentiment sums add up for a corrected item.
 */
export const SENTIMENT_LABEL_SCORE: Record<SignalSentiment, number> = { positive: 0.5, negative: -0.5, neutral: 0 };

export const SIGNAL_LIMITS = {
  nameMax: 120,
  urlMax: 2048,
  /** Feeds are polled at most every minute and at least once a day. */
  pollIntervalMinSeconds: 60,
  pollIntervalMaxSeconds: 86_400,
  pollIntervalDefaultSeconds: 900,
  /** Backoff after failed polls: the interval doubles with each consecutive failure, up to this. */
  pollBackoffMaxSeconds: 6 * 3600,
  /** A webhook delivery's body: an item is a few kB; 100 of them fit well under this. */
  webhookBodyMaxBytes: 512 * 1024,
  webhookItemsMax: 100,
  /** Deliveries whose timestamp is further than this from the server's clock are refused (replay window). */
  webhookToleranceSeconds: 300,
  idempotencyKeyMax: 200,
  /** An NDJSON line longer than this is refused (the rest of the file goes on). */
  importLineMaxBytes: 64 * 1024,
  /** One import: beyond this many lines the upload is cut (split a larger history into several files). */
  importLinesMax: 1_000_000,
  /** Refused lines reported one by one per import run; beyond, only counted. */
  importReportMax: 1000,
  /** Lines of a source's log kept (older ones are dropped as new ones come). */
  sourceLogMax: 200,
  watchlistTermsMax: 200,
  termLabelMax: 120,
  termQueryMax: 1000,
  sentimentRulesMax: 200,
  manualTitleMax: 500,
  manualTextMax: 20_000,
  analyzeTextMax: 20_000,
  /** A feed document, fetched (polling, "test this source" by URL) or uploaded to be tested: beyond, refused. */
  feedMaxBytes: 5 * 1024 * 1024,
  pageSizeMax: 100,
  allowlistEntriesMax: 50,
} as const;

/** Socket event: a source's health changed (to the hub's room). */
export interface SignalSourceHealthEvent {
  sourceId: string;
  health: SourceHealth;
  consecutiveFailures: number;
  lastError: string | null;
}

/** Socket event: an import run made progress (to the person who started it). */
export interface SignalImportProgressEvent {
  importId: string;
  sourceId: string;
  status: ImportStatus;
  lines: number;
  stored: number;
  duplicates: number;
  refused: number;
}
