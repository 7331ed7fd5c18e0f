import type { Locale } from './locale';
import type { Role } from './org';
import type { IdeaStagePayload, IdeaVotesBatch } from './hivemind';
import type { IdeaMergedPayload, IdeaModerationPayload } from './curation';
import type { CommentEventPayload } from './comments';
import type { NotificationNewEvent, NotificationUnreadEvent } from './notifications';
import type { AlertNewEvent } from './alerts';
import type { SignalImportProgressEvent, SignalSourceHealthEvent } from './signals';
import type { SignalStreamAck, SignalStreamBatch, SignalStreamSubscribe, SignalStreamSummary } from './signal-stream';

/** Room names, built in one place so server and tests agree. */
export const rooms = {
  user: (userId: string) => `user:${userId}`,
  department: (departmentId: string) => `department:${departmentId}`,
  hub: () => 'hub',
  /** Dynamic Signal's live stream: sockets subscribed to a watchlist's items (joined only if they may see it). */
  signalWatchlist: (watchlistId: string) => `signals:watchlist:${watchlistId}`,
  /** Dynamic Signal's live stream: sockets subscribed to a department's sources' items (only if they may see them). */
  signalDepartment: (departmentId: string) => `signals:department:${departmentId}`,
  /** Dynamic Signal's live stream: sockets subscribed with no watchlist or department filter. */
  signalAll: () => 'signals:all',
} as const;

export interface Notice {
  id: string;
  kind: string;
  title: string;
  body?: string;
  link?: string;
  createdAt: string;
}

export interface PresencePayload {
  online: number;
}

/** Who the socket belongs to, as the server has it now, and the rooms it is in (user, department, hub). */
export interface SessionInfo {
  userId: string;
  displayName: string;
  locale: Locale;
  role: Role;
  rooms: string[];
}

/**
 * Why the server closed the socket: `signed_out` when the session was ended on purpose (here, in
 * another tab, or by the IdP's single logout); `expired` when it stopped being valid — timed out,
 * or the account was deactivated.
 */
export type SessionEndReason = 'signed_out' | 'expired';

/** Events the server sends to browsers. */
export interface ServerToClientEvents {
  'session:ready': (info: SessionInfo) => void;
  /** The account changed while connected (role, department, name, language); rooms already follow. */
  'session:updated': (info: SessionInfo) => void;
  /** Sent just before the server disconnects the socket for good. */
  'session:ended': (payload: { reason: SessionEndReason }) => void;
  notification: (notice: Notice) => void;
  presence: (payload: PresencePayload) => void;
  /** notifications: a notification for this user was stored (sent after its transaction committed). */
  'notification:new': (payload: NotificationNewEvent) => void;
  /** notifications: this user's unread count changed (marked read, possibly in another tab). */
  'notification:unread': (payload: NotificationUnreadEvent) => void;
  /** Hivemind: ideas' vote counts changed, in batches (without counts when the campaign hides them until people vote). */
  'idea:votes': (payload: IdeaVotesBatch) => void;
  /** Hivemind: an idea moved to another stage. */
  'idea:stage': (payload: IdeaStagePayload) => void;
  /** Hivemind curation: a moderator hid an idea (boards drop it) or restored it (boards read again). */
  'idea:hidden': (payload: IdeaModerationPayload) => void;
  'idea:restored': (payload: IdeaModerationPayload) => void;
  /** Hivemind curation: an idea was merged into another. */
  'idea:merged': (payload: IdeaMergedPayload) => void;
  /** Hivemind: a comment was posted on an idea (ids only; the page reads it through GraphQL). */
  'comment:added': (payload: CommentEventPayload) => void;
  /** Hivemind: a comment was edited, deleted or hidden. */
  'comment:updated': (payload: CommentEventPayload) => void;
  /** Dynamic Signal: a source's health changed (the hub's room). */
  'signal:source-health': (payload: SignalSourceHealthEvent) => void;
  /** Dynamic Signal: an NDJSON import made progress (its starter's room). */
  'signal:import-progress': (payload: SignalImportProgressEvent) => void;
  /** Dynamic Signal's live stream: stored items (after commit), in batches; see signal-stream.ts. */
  'signal:batch': (payload: SignalStreamBatch) => void;
  /** Dynamic Signal's live stream: what a slow or long-away client missed, instead of the items. */
  'signal:summary': (payload: SignalStreamSummary) => void;
  /** Dynamic Signal: an alert was raised (its recipients' rooms and the hub's; after its transaction committed). */
  'alert:new': (payload: AlertNewEvent) => void;
}

/** Events browsers send to the server; acknowledgements carry the result. */
export interface ClientToServerEvents {
  ping: (ack: (payload: { at: string }) => void) => void;
  /** Dynamic Signal: (re)subscribe to the live stream with filters and the last item seen; replaces any earlier subscription. */
  'signal:subscribe': (payload: SignalStreamSubscribe, ack: (result: SignalStreamAck) => void) => void;
  'signal:unsubscribe': (ack?: (result: { ok: true }) => void) => void;
}

export const SOCKET_PATH = '/socket.io';
