/**
 * Dynamic Signal's live stream over socket.io: what a client sends to subscribe, the batches and
 * summaries the server sends back, and their limits. The server enforces the limits; the web shows
 * the items and moves its per-minute chart with the `minutes` deltas.
 *
 * A client emits `signal:subscribe` with its filters and the id of the last item it saw; the ack says
 * what it was subscribed to (or why not). Items then arrive in `signal:batch` messages, at most one
 * live batch per SIGNAL_STREAM_LIMITS.batchMs (several messages when a moment holds more than
 * batchItemsMax items). Items missed while disconnected come first, marked `replay`, read from the
 * database; beyond resumeItemsMax of them a `signal:summary` replaces them. A client whose socket
 * does not drain (its write buffer above the server's bound) gets no items, only one `signal:summary`
 * once it has drained, with what it missed and the id to resume from.
 */
import type { SentimentOrigin, SignalSentiment } from './signals';

export const SIGNAL_STREAM_LIMITS = {
  /** Live batches: at most one per socket per this many milliseconds (the server's setting may differ). */
  batchMs: 250,
  /** Items per `signal:batch` message; a busier moment goes out in several messages. */
  batchItemsMax: 500,
  /** Missed items replayed on resume; beyond, a summary says what was missed. */
  resumeItemsMax: 500,
  /** Filters of one subscription. */
  watchlistsMax: 50,
  departmentsMax: 50,
  sourcesMax: 50,
  languagesMax: 10,
  /** Characters of an item's text carried in the stream (the item's page shows it whole). */
  excerptMax: 280,
  /** Subscribe requests per socket per minute (a page changing filters sends one each time). */
  subscribesPerMinute: 30,
} as const;

/** What a client asks for. Every field is optional: no filter means every item the person may read. */
export interface SignalStreamSubscribe {
  /** Items matching one of these watchlists (each must be visible to the person). */
  watchlistIds?: string[];
  /** Items from sources of these departments (each must be visible to the person). */
  departmentIds?: string[];
  sourceIds?: string[];
  /** ISO 639-1 codes, or 'und'. */
  languages?: string[];
  sentiments?: SignalSentiment[];
  /** The last item this client received (from a batch's `lastId`): what came after it is replayed. */
  lastId?: string | null;
}

export type SignalStreamResume = 'live' | 'replayed' | 'summary' | 'unknown';

/** The ack of `signal:subscribe`. */
export type SignalStreamAck =
  | {
      ok: true;
      /** The subscription as the server holds it (filters normalised). */
      watchlistIds: string[];
      departmentIds: string[];
      /** `replayed`: missed items come next, marked `replay`; `summary`: too many were missed, a summary comes; `unknown`: lastId is not (any more) an item this person may see, the stream starts now. */
      resume: SignalStreamResume;
    }
  | { ok: false; code: string; message: string; field?: string };

/** One item as the stream carries it (the item's page reads the rest through GraphQL). */
export interface SignalStreamItem {
  id: string;
  sourceId: string;
  /** The source's department (null: company-wide). */
  departmentId: string | null;
  externalId: string;
  storyId: string;
  storyLead: boolean;
  title: string;
  /** The start of the item's text, at most SIGNAL_STREAM_LIMITS.excerptMax characters. */
  excerpt: string;
  url: string | null;
  /** ISO 8601, UTC */
  publishedAt: string;
  receivedAt: string;
  language: string;
  /** `origin`: the analyser's, a correction rule's or a person's (when it was sent). */
  sentiment: { label: SignalSentiment; score: number; origin: SentimentOrigin };
  authors: string[];
  /** Copies of its story (syndication), itself included, when it was sent. */
  copyCount: number;
  /** The watchlists and terms it matched, among those the recipient may see. */
  watchlistIds: string[];
  termIds: string[];
}

/**
 * Per-minute change of one watchlist's volume and sentiment, from the items in the same message (or,
 * in a summary, the items it replaces): add `items` to the minute's count and `sentimentSum` to its
 * sum of sentiment scores (mean = sum / count). `watchlistId` null: items matching no watchlist of
 * the recipient's. Minutes are those of the items' publication, UTC, ISO 8601.
 */
export interface SignalMinuteDelta {
  watchlistId: string | null;
  minute: string;
  items: number;
  sentimentSum: number;
}

export interface SignalStreamBatch {
  items: SignalStreamItem[];
  minutes: SignalMinuteDelta[];
  /** The id to send as `lastId` when resubscribing: the last item of this message. */
  lastId: string | null;
  /** Items missed while away, read back from the database (in the order they were stored). */
  replay: boolean;
  /** When the server sent it (ISO 8601): clients and the benchmark measure delays with it. */
  sentAt: string;
}

/** What a client missed, instead of the items. */
export interface SignalStreamSummary {
  /** `slow`: its socket did not drain in time; `resume`: it was away for more than resumeItemsMax items. */
  reason: 'slow' | 'resume';
  /** Items missed (at least this many when `truncated`). */
  missed: number;
  truncated: boolean;
  byWatchlist: { watchlistId: string | null; items: number }[];
  bySentiment: Record<SignalSentiment, number>;
  /** Per watchlist, as a batch's: an item of two watchlists is in two of them. */
  minutes: SignalMinuteDelta[];
  /** Per minute, every missed item once (what a chart without a watchlist filter adds). */
  totals: Omit<SignalMinuteDelta, 'watchlistId'>[];
  /** The last item the client did receive before the gap (to page through the gap with GraphQL), if any. */
  resumeFrom: string | null;
  /** The last item missed: what to send as `lastId` to go on after the gap (null: nothing was missed that the client could see). */
  lastId: string | null;
  /** Live items follow from the next batch on. */
  sentAt: string;
}
