import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import {
  isNotificationKind,
  MAX_NOTIFICATION_PAYLOAD_BYTES,
  NOTIFICATION_DEFAULTS,
  NOTIFICATION_KINDS,
  rooms,
  type NotificationKind,
  type NotificationPayloads,
  type NotificationView,
} from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { BadInputError } from '../../core/errors/domain-error';
import { decodeCursor, encodeCursor } from '../../core/graphql/page-info.type';
import { JobsService } from '../../core/jobs/jobs.service';
import { ROOT_LOGGER } from '../../core/logging/logging.module';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { NotificationKindUnknownError } from './notifications.errors';

/**
 * Most recipients one notify() call may have. A campaign opening to a whole department fits; a
 * company-wide fan-out beyond this belongs in a job that calls notify() in slices (one INSERT of this
 * many rows stays well under a second and keeps the caller's transaction short).
 */
export const MAX_RECIPIENTS = 5000;
/** Largest page of the list. */
export const MAX_PAGE = 100;
/** Most ids one markNotificationsRead call may name (a page's worth, with room). */
export const MAX_MARK_IDS = 200;
/** Read notifications are deleted after this many days… */
export const READ_RETENTION_DAYS = 90;
/** …and every notification, read or not, after this many. */
export const RETENTION_DAYS = 365;
/** Rows one purge statement deletes, so the job never holds a long lock on a large backlog. */
const PURGE_BATCH = 5000;
const SUBJECT_TYPE = /^[a-z][a-z0-9_.-]{0,99}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface NotifyOptions {
  /** Who caused the event: never notified of their own action. */
  actorId?: string;
  /** The actor acted anonymously: still skipped as a recipient, but not stored with the notification. */
  actorAnonymous?: boolean;
  /** What the notification is about (e.g. `{ type: 'idea', id }`), for grouping. */
  subject?: { type: string; id: string };
  /** The caller's transaction: the rows are written in it and vanish if it rolls back. */
  manager?: EntityManager;
}

export interface NotifyResult {
  /** The people who got a notification (after de-duplication, the actor, preferences and inactive accounts). */
  recipients: string[];
  /**
   * Sends `notification:new` to each recipient. With a `manager`, call it once the caller's transaction
   * has committed; without one notify() already did. It never rejects, sends only rows that are committed
   * (called early or after a rollback it sends nothing) and sends them once however often it is called.
   */
  publish(): Promise<void>;
}

interface NotificationRow {
  id: string;
  user_id: string;
  kind: string;
  payload: Record<string, unknown>;
  subject_type: string | null;
  subject_id: string | null;
  created_at: Date;
  read_at: Date | null;
  cursor_at?: string;
}

export interface NotificationRecord {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface NotificationPage {
  nodes: NotificationRecord[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface ReadResult {
  marked: number;
  notFound: number;
  unreadCount: number;
}

export interface NotificationPreference {
  kind: NotificationKind;
  inApp: boolean;
  defaultInApp: boolean;
}

function toRecord(row: NotificationRow): NotificationRecord {
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

function toView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    payload: row.payload as unknown as NotificationView['payload'],
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: null,
  };
}

/** Checks what a caller hands to notify(): these are programming errors, thrown before anything is written. */
export function checkNotification(kind: unknown, payload: unknown, options: NotifyOptions): void {
  if (!isNotificationKind(kind)) throw new NotificationKindUnknownError(kind);
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new TypeError(`notify(${kind}): the payload must be an object`);
  const json = JSON.stringify(payload);
  if (Buffer.byteLength(json) > MAX_NOTIFICATION_PAYLOAD_BYTES) throw new RangeError(`notify(${kind}): the payload is over ${MAX_NOTIFICATION_PAYLOAD_BYTES} bytes`);
  if (options.subject && (!SUBJECT_TYPE.test(options.subject.type) || !UUID.test(options.subject.id))) throw new TypeError(`notify(${kind}): the subject needs a type like "idea" and a uuid`);
  if (options.actorId !== undefined && !UUID.test(options.actorId)) throw new TypeError(`notify(${kind}): actorId must be a uuid`);
}

/** The distinct, well-formed recipient ids, without the actor; throws over MAX_RECIPIENTS. */
export function recipientsOf(recipients: readonly string[], actorId?: string): string[] {
  const unique = [...new Set(recipients.filter((id) => typeof id === 'string' && UUID.test(id)).map((id) => id.toLowerCase()))];
  if (unique.length > MAX_RECIPIENTS) throw new RangeError(`notify: ${unique.length} recipients, at most ${MAX_RECIPIENTS} per call`);
  const actor = actorId?.toLowerCase();
  return unique.filter((id) => id !== actor);
}

/**
 * The notification centre. Pillars call `notify()` when something happens to people; each recipient
 * gets one row, sees it in the bell (live through the `notification:new` socket event) and on
 * /notifications, and may turn each kind off.
 *
 * Writing and announcing are two steps so that a rolled-back change notifies nobody:
 *
 * ```ts
 * const sent = await this.ds.transaction(async (tx) => {
 *   // … the change itself, with tx …
 *   return this.notifications.notify([authorId], 'idea.commented', { ideaId, ideaTitle, campaignId, commentId, actorName }, {
 *     actorId: actor.id, subject: { type: 'idea', id: ideaId }, manager: tx,
 *   });
 * });
 * void sent.publish(); // after the commit: the socket events
 * ```
 *
 * Without `manager`, notify() writes in its own statement and publishes before returning.
 *
 * notify() skips the actor, de-duplicates recipients, ignores ids that are malformed or belong to no
 * active account (it never fails the caller's transaction on them), honours each recipient's
 * preference for the kind (a missing preference is the kind's default) and refuses more than
 * MAX_RECIPIENTS recipients or an oversized payload (programming errors: thrown before writing).
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly logger: Logger;

  constructor(
    private readonly ds: DataSource,
    private readonly realtime: RealtimeService,
    private readonly jobs: JobsService,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ module: 'notifications' });
  }

  onModuleInit(): void {
    this.jobs.register({ name: 'notifications.purge', everySeconds: 3600, run: () => this.purge().then(() => undefined) });
  }

  async notify<K extends NotificationKind>(recipients: readonly string[], kind: K, payload: NotificationPayloads[K], options: NotifyOptions = {}): Promise<NotifyResult> {
    checkNotification(kind, payload, options);
    const ids = recipientsOf(recipients, options.actorId);
    if (ids.length === 0) return { recipients: [], publish: () => Promise.resolve() };
    const runner = options.manager ?? this.ds;
    // One statement: people who exist, are active and have not turned this kind off.
    const rows: NotificationRow[] = await runner.query(
      `INSERT INTO notifications (user_id, kind, payload, subject_type, subject_id, actor_id)
       SELECT u.id, $2, $3::jsonb, $4, $5::uuid, $6::uuid FROM users u
        WHERE u.id = ANY($1::uuid[]) AND u.deactivated_at IS NULL
          AND coalesce((SELECT p.in_app FROM notification_preferences p WHERE p.user_id = u.id AND p.kind = $2), $7)
       RETURNING id, user_id, kind, payload, subject_type, subject_id, created_at, read_at`,
      [
        ids,
        kind,
        JSON.stringify(payload),
        options.subject?.type ?? null,
        options.subject?.id ?? null,
        options.actorAnonymous ? null : (options.actorId ?? null),
        NOTIFICATION_DEFAULTS[kind].inApp,
      ],
    );
    let published: Promise<void> | undefined;
    const publish = () => (published ??= this.publish(rows));
    if (!options.manager) await publish();
    return { recipients: rows.map((r) => r.user_id), publish };
  }

  /** Announces the rows that are committed, each with its recipient's unread count; never rejects. */
  private async publish(rows: NotificationRow[]): Promise<void> {
    const server = this.realtime.server;
    if (rows.length === 0 || !server) return;
    try {
      // From the pool, not the caller's transaction: rows not (or never) committed are not seen.
      const visible: { id: string; unread: number }[] = await this.ds.query(
        `SELECT n.id, (SELECT count(*)::int FROM notifications u WHERE u.user_id = n.user_id AND u.read_at IS NULL) AS unread
           FROM notifications n WHERE n.id = ANY($1::uuid[])`,
        [rows.map((r) => r.id)],
      );
      const unread = new Map(visible.map((v) => [v.id, v.unread]));
      for (const row of rows) {
        const count = unread.get(row.id);
        if (count !== undefined) server.to(rooms.user(row.user_id)).emit('notification:new', { notification: toView(row), unreadCount: count });
      }
    } catch (err) {
      // The rows are stored; the bell catches up at the page's next load.
      this.logger.warn({ err }, 'notification:new not sent');
    }
  }

  /** The signed-in person's notifications, newest first, keyset-paged. */
  async list(actor: AuthUser, query: { first?: number; after?: string | null; unreadOnly?: boolean }): Promise<NotificationPage> {
    const first = query.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new BadInputError(`"first" must be between 1 and ${MAX_PAGE}.`, { field: 'first' });
    const params: unknown[] = [actor.id, first + 1];
    let keyset = '';
    if (query.after) {
      const cursor = decodeCursor(query.after, 2);
      if (!cursor || !UUID.test(cursor[1]) || Number.isNaN(Date.parse(cursor[0]))) throw new BadInputError('Invalid cursor.', { field: 'after' });
      params.push(cursor[0], cursor[1]);
      keyset = ` AND (created_at, id) < ($3::timestamptz, $4::uuid)`;
    }
    const rows: NotificationRow[] = await this.ds.query(
      `SELECT id, user_id, kind, payload, subject_type, subject_id, created_at, read_at, created_at::text AS cursor_at
         FROM notifications
        WHERE user_id = $1${query.unreadOnly ? ' AND read_at IS NULL' : ''}${keyset}
        ORDER BY created_at DESC, id DESC
        LIMIT $2`,
      params,
    );
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      nodes: page.map(toRecord),
      // created_at as PostgreSQL prints it keeps the microseconds a JavaScript Date would drop.
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.cursor_at!, last.id]) : null },
    };
  }

  async unreadCount(userId: string): Promise<number> {
    const [row]: { n: number }[] = await this.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return row.n;
  }

  /**
   * Marks the signed-in person's notifications among `ids` as read (those already read keep their
   * time). Ids of other people's notifications, unknown or malformed ones are counted as not found,
   * never told apart.
   */
  async markRead(actor: AuthUser, ids: readonly string[]): Promise<ReadResult> {
    if (!Array.isArray(ids)) throw new BadInputError('"ids" must be a list.', { field: 'ids' });
    if (ids.length > MAX_MARK_IDS) throw new BadInputError(`At most ${MAX_MARK_IDS} ids at a time.`, { field: 'ids' });
    const distinct = [...new Set(ids.map((id) => String(id).toLowerCase()))];
    const wellFormed = distinct.filter((id) => UUID.test(id));
    const [row]: { found: number; changed: number }[] = await this.ds.query(
      `WITH mine AS (SELECT id, read_at FROM notifications WHERE user_id = $1 AND id = ANY($2::uuid[])),
            changed AS (UPDATE notifications n SET read_at = now() FROM mine WHERE n.id = mine.id AND mine.read_at IS NULL RETURNING n.id)
       SELECT (SELECT count(*)::int FROM mine) AS found, (SELECT count(*)::int FROM changed) AS changed`,
      [actor.id, wellFormed],
    );
    const unreadCount = await this.unreadCount(actor.id);
    if (row.changed > 0) this.realtime.server?.to(rooms.user(actor.id)).emit('notification:unread', { unreadCount });
    return { marked: row.found, notFound: distinct.length - row.found, unreadCount };
  }

  async markAllRead(actor: AuthUser): Promise<ReadResult> {
    const [, changed]: [unknown[], number] = await this.ds.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [actor.id]);
    const unreadCount = await this.unreadCount(actor.id);
    if (changed > 0) this.realtime.server?.to(rooms.user(actor.id)).emit('notification:unread', { unreadCount });
    return { marked: changed, notFound: 0, unreadCount };
  }

  /** Every kind with the person's choice, or the kind's default when they never chose. */
  async preferences(userId: string): Promise<NotificationPreference[]> {
    const rows: { kind: string; in_app: boolean }[] = await this.ds.query(`SELECT kind, in_app FROM notification_preferences WHERE user_id = $1`, [userId]);
    const chosen = new Map(rows.map((r) => [r.kind, r.in_app]));
    return NOTIFICATION_KINDS.map((kind) => ({ kind, inApp: chosen.get(kind) ?? NOTIFICATION_DEFAULTS[kind].inApp, defaultInApp: NOTIFICATION_DEFAULTS[kind].inApp }));
  }

  /** Sets some kinds on or off, all or nothing: one unknown kind and nothing is saved. */
  async updatePreferences(actor: AuthUser, input: readonly { kind: string; inApp: boolean }[]): Promise<NotificationPreference[]> {
    if (!Array.isArray(input)) throw new BadInputError('"input" must be a list.', { field: 'input' });
    if (input.length > NOTIFICATION_KINDS.length) throw new BadInputError(`At most ${NOTIFICATION_KINDS.length} preferences at a time.`, { field: 'input' });
    const seen = new Set<string>();
    for (const item of input) {
      if (!isNotificationKind(item?.kind)) throw new NotificationKindUnknownError(item?.kind);
      if (typeof item.inApp !== 'boolean') throw new BadInputError('"inApp" must be true or false.', { field: 'inApp' });
      if (seen.has(item.kind)) throw new BadInputError('Each kind may appear once.', { field: 'kind' });
      seen.add(item.kind);
    }
    if (input.length > 0) {
      await this.ds.query(
        `INSERT INTO notification_preferences (user_id, kind, in_app)
         SELECT $1, k, v FROM unnest($2::text[], $3::boolean[]) AS t(k, v)
         ON CONFLICT (user_id, kind) DO UPDATE SET in_app = EXCLUDED.in_app, updated_at = now()`,
        [actor.id, input.map((i) => i.kind), input.map((i) => i.inApp)],
      );
    }
    return this.preferences(actor.id);
  }

  /**
   * Deletes read notifications older than READ_RETENTION_DAYS and any older than RETENTION_DAYS, in
   * batches; returns how many. Run by the `notifications.purge` job (hourly, on one instance).
   */
  async purge(): Promise<number> {
    let total = 0;
    for (;;) {
      const [, deleted]: [unknown[], number] = await this.ds.query(
        `DELETE FROM notifications WHERE id IN (
           SELECT id FROM notifications
            WHERE created_at < now() - make_interval(days => $1)
               OR (read_at IS NOT NULL AND created_at < now() - make_interval(days => $2))
            LIMIT $3)`,
        [RETENTION_DAYS, READ_RETENTION_DAYS, PURGE_BATCH],
      );
      total += deleted;
      if (deleted < PURGE_BATCH) break;
    }
    if (total > 0) this.logger.info({ deleted: total }, 'old notifications purged');
    return total;
  }
}
