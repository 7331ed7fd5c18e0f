import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { can, SIGNAL_LIMITS, SOURCE_KINDS, type SourceKind, type SourceLogKind } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError } from '../../core/errors/domain-error';
import { LoaderKey, byKeys } from '../../core/graphql/loaders';
import { decodeCursor, encodeCursor } from '../../core/graphql/page-info.type';
import { APP_CONFIG } from '../../config/config.module';
import { parseAllowlistEntry, type AppConfig } from '../../config/config';
import { AuditService } from '../audit';
import { OrgService } from '../org';
import { assertManage, assertRead, pageSize, paramList, requiredText, signalVisibleSql, UUID } from './signal-access';
import { sourceFromRow, SignalSourceEntity } from './signal-source.entity';
import { SignalSourceKindMismatchError, SignalSourceNotFoundError } from './signals.errors';

export interface SourceInput {
  kind?: SourceKind | null;
  name?: string | null;
  url?: string | null;
  departmentId?: string | null;
  pollIntervalSeconds?: number | null;
  /** false disables the source (not polled, webhook refused); true enables it again with a clean slate. */
  enabled?: boolean | null;
}

export interface SourceLogEntry {
  id: string;
  at: Date;
  kind: SourceLogKind;
  message: string;
  detail: Record<string, unknown> | null;
}

/** A webhook secret: 32 random bytes, prefixed so that one found in a log or a repository is recognisable. */
function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** A feed URL as the hub types it: http(s), no credentials, at most SIGNAL_LIMITS.urlMax characters. */
export function validateFeedUrl(value: unknown): string {
  const text = requiredText(value, 'url', SIGNAL_LIMITS.urlMax);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new BadInputError('"url" must be an http or https address.', { field: 'url' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BadInputError('"url" must be an http or https address.', { field: 'url' });
  if (url.username || url.password) throw new BadInputError('"url" must not carry a user name or password.', { field: 'url' });
  return url.toString();
}

function validateInterval(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < SIGNAL_LIMITS.pollIntervalMinSeconds || value > SIGNAL_LIMITS.pollIntervalMaxSeconds) {
    throw new BadInputError(`"pollIntervalSeconds" must be between ${SIGNAL_LIMITS.pollIntervalMinSeconds} and ${SIGNAL_LIMITS.pollIntervalMaxSeconds}.`, { field: 'pollIntervalSeconds' });
  }
  return value;
}

/** Sources: CRUD, health, their log, webhook secrets, and the fetch allowlist setting. */
@Injectable()
export class SourcesService {
  constructor(
    private readonly ds: DataSource,
    private readonly org: OrgService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sources by id, unchecked: for fields of things the caller already may see (an item's source). */
  readonly byIdUnchecked = new LoaderKey<string, SignalSourceEntity | null>('signals.sourceById', () =>
    new DataLoader(async (ids) => {
      const rows: Record<string, unknown>[] = await this.ds.query(`SELECT * FROM signal_sources WHERE id = ANY($1::uuid[])`, [[...ids]]);
      return byKeys(ids, rows.map(sourceFromRow), (s) => s.id);
    }),
  );

  async list(actor: AuthUser): Promise<SignalSourceEntity[]> {
    assertRead(actor);
    const { params, param } = paramList();
    const rows: Record<string, unknown>[] = await this.ds.query(`SELECT * FROM signal_sources s WHERE ${signalVisibleSql(actor, 's.department_id', param)} ORDER BY s.name, s.id`, params);
    return rows.map(sourceFromRow);
  }

  /** A source `actor` may see; SIGNAL_SOURCE_NOT_FOUND otherwise (also for a malformed id). */
  async get(actor: AuthUser, id: unknown, tx: EntityManager = this.ds.manager): Promise<SignalSourceEntity> {
    assertRead(actor);
    const source = await this.find(id, tx);
    if (!source || !can(actor, 'signals.view', { departmentId: source.departmentId })) throw new SignalSourceNotFoundError();
    return source;
  }

  /** A source the actor manages (the hub sees every department's). */
  async getManaged(actor: AuthUser, id: unknown, tx: EntityManager = this.ds.manager): Promise<SignalSourceEntity> {
    assertManage(actor);
    return this.get(actor, id, tx);
  }

  /** A source by id with no permission check: for the webhook route, the jobs and the ingest service. */
  async find(id: unknown, tx: EntityManager = this.ds.manager, lock = false): Promise<SignalSourceEntity | null> {
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    const rows: Record<string, unknown>[] = await tx.query(`SELECT * FROM signal_sources WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0] ? sourceFromRow(rows[0]) : null;
  }

  private async validateDepartment(departmentId: unknown): Promise<string | null> {
    if (departmentId === null || departmentId === undefined) return null;
    if (typeof departmentId !== 'string' || !UUID.test(departmentId)) throw new BadInputError('"departmentId" must be the id of a department.', { field: 'departmentId' });
    return (await this.org.getDepartment(departmentId)).id;
  }

  /** Creates a source; a webhook source's secret is returned here and on rotation only. */
  async create(actor: AuthUser, input: SourceInput): Promise<{ source: SignalSourceEntity; webhookSecret: string | null }> {
    assertManage(actor);
    const kind = input.kind;
    if (typeof kind !== 'string' || !SOURCE_KINDS.includes(kind)) throw new BadInputError('Unknown source kind.', { field: 'kind' });
    const name = requiredText(input.name, 'name', SIGNAL_LIMITS.nameMax);
    const departmentId = await this.validateDepartment(input.departmentId);
    let url: string | null = null;
    let interval: number | null = null;
    if (kind === 'feed') {
      url = validateFeedUrl(input.url);
      interval = validateInterval(input.pollIntervalSeconds ?? SIGNAL_LIMITS.pollIntervalDefaultSeconds);
    } else if (input.url !== undefined && input.url !== null) {
      throw new BadInputError('Only feed sources have a URL.', { field: 'url' });
    } else if (input.pollIntervalSeconds !== undefined && input.pollIntervalSeconds !== null) {
      throw new BadInputError('Only feed sources are polled.', { field: 'pollIntervalSeconds' });
    }
    const secret = kind === 'webhook' ? newWebhookSecret() : null;
    const id = await this.ds.transaction(async (tx) => {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO signal_sources (kind, name, url, department_id, poll_interval_seconds, next_poll_at, webhook_secret, created_by)
         VALUES ($1, $2, $3, $4, $5, CASE WHEN $1 = 'feed' THEN now() END, $6, $7) RETURNING id`,
        [kind, name, url, departmentId, interval, secret, actor.id],
      );
      await this.audit.record({ actorId: actor.id, action: 'signals.source.create', target: { type: 'signal_source', id: row.id }, data: { kind, name } }, tx);
      return row.id;
    });
    return { source: (await this.find(id))!, webhookSecret: secret };
  }

  async update(actor: AuthUser, id: unknown, patch: SourceInput): Promise<SignalSourceEntity> {
    const source = await this.getManaged(actor, id);
    if (patch.kind !== undefined && patch.kind !== null && patch.kind !== source.kind) throw new BadInputError('A source’s kind cannot change.', { field: 'kind' });
    const name = patch.name === undefined || patch.name === null ? source.name : requiredText(patch.name, 'name', SIGNAL_LIMITS.nameMax);
    const departmentId = patch.departmentId === undefined ? source.departmentId : await this.validateDepartment(patch.departmentId);
    let url = source.url;
    let interval = source.pollIntervalSeconds;
    if (source.kind === 'feed') {
      if (patch.url !== undefined && patch.url !== null) url = validateFeedUrl(patch.url);
      if (patch.pollIntervalSeconds !== undefined && patch.pollIntervalSeconds !== null) interval = validateInterval(patch.pollIntervalSeconds);
    } else if ((patch.url !== undefined && patch.url !== null) || (patch.pollIntervalSeconds !== undefined && patch.pollIntervalSeconds !== null)) {
      throw new BadInputError('Only feed sources have a URL and a poll interval.', { field: patch.url != null ? 'url' : 'pollIntervalSeconds' });
    }
    if (patch.enabled !== undefined && patch.enabled !== null && typeof patch.enabled !== 'boolean') throw new BadInputError('Invalid value.', { field: 'enabled' });
    await this.ds.transaction(async (tx) => {
      // A new URL is a new feed: its validators and failures belong to the old one.
      const urlChanged = url !== source.url;
      await tx.query(
        `UPDATE signal_sources SET name = $2, department_id = $3, url = $4, poll_interval_seconds = $5, updated_at = now(),
                etag = CASE WHEN $6 THEN NULL ELSE etag END, last_modified = CASE WHEN $6 THEN NULL ELSE last_modified END,
                health = CASE WHEN $7::boolean IS FALSE THEN 'disabled' WHEN $7::boolean IS TRUE AND health = 'disabled' THEN 'ok' WHEN $6 THEN 'ok' ELSE health END,
                consecutive_failures = CASE WHEN $7::boolean IS TRUE AND health = 'disabled' OR $6 THEN 0 ELSE consecutive_failures END,
                next_poll_at = CASE WHEN kind = 'feed' AND ($6 OR ($7::boolean IS TRUE AND health = 'disabled')) THEN now() ELSE next_poll_at END
          WHERE id = $1`,
        [source.id, name, departmentId, url, interval, urlChanged, patch.enabled ?? null],
      );
      await this.audit.record({ actorId: actor.id, action: 'signals.source.update', target: { type: 'signal_source', id: source.id }, data: { fields: Object.keys(patch) } }, tx);
    });
    return (await this.find(source.id))!;
  }

  /** Deletes a source with its items, matches, keys and log (counts already made stay). */
  async remove(actor: AuthUser, id: unknown): Promise<boolean> {
    const source = await this.getManaged(actor, id);
    await this.ds.transaction(async (tx) => {
      await tx.query(`DELETE FROM signal_sources WHERE id = $1`, [source.id]);
      await this.audit.record({ actorId: actor.id, action: 'signals.source.delete', target: { type: 'signal_source', id: source.id }, data: { kind: source.kind, name: source.name } }, tx);
    });
    return true;
  }

  /** A new webhook secret (the old one stops working at once), shown this once. */
  async rotateSecret(actor: AuthUser, id: unknown): Promise<{ source: SignalSourceEntity; webhookSecret: string }> {
    const source = await this.getManaged(actor, id);
    if (source.kind !== 'webhook') throw new SignalSourceKindMismatchError('webhook', source.kind);
    const secret = newWebhookSecret();
    await this.ds.transaction(async (tx) => {
      await tx.query(`UPDATE signal_sources SET webhook_secret = $2, updated_at = now() WHERE id = $1`, [source.id, secret]);
      await this.audit.record({ actorId: actor.id, action: 'signals.source.rotate_secret', target: { type: 'signal_source', id: source.id } }, tx);
    });
    return { source: (await this.find(source.id))!, webhookSecret: secret };
  }

  /** A source's log, newest first, keyset-paged on its id. */
  async log(actor: AuthUser, id: unknown, first?: number, after?: string | null): Promise<{ nodes: SourceLogEntry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> {
    const source = await this.getManaged(actor, id);
    const size = pageSize(first, SIGNAL_LIMITS.pageSizeMax);
    let before: string | null = null;
    if (after !== undefined && after !== null) {
      const cursor = decodeCursor(after, 1);
      if (!cursor || !/^\d{1,18}$/.test(cursor[0])) throw new BadInputError('Invalid cursor.', { field: 'after' });
      before = cursor[0];
    }
    const rows: { id: string; at: Date; kind: SourceLogKind; message: string; detail: Record<string, unknown> | null }[] = await this.ds.query(
      // Ordered by the bigint, not by its text (the output column of the same name).
      `SELECT l.id::text AS id, l.at, l.kind, l.message, l.detail FROM signal_source_log l
        WHERE l.source_id = $1 AND ($2::bigint IS NULL OR l.id < $2::bigint) ORDER BY l.id DESC LIMIT $3`,
      [source.id, before, size + 1],
    );
    const nodes = rows.slice(0, size);
    return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: nodes.length ? encodeCursor([nodes[nodes.length - 1].id]) : null } };
  }

  /**
   * Appends lines to a source's log, in the caller's transaction when given, and trims the log to its
   * last SIGNAL_LIMITS.sourceLogMax lines (a flood of refusals cannot grow it without bound).
   */
  async appendLog(sourceId: string, entries: { kind: SourceLogKind; message: string; detail?: Record<string, unknown> }[], tx: EntityManager = this.ds.manager): Promise<void> {
    if (entries.length === 0) return;
    const kept = entries.slice(-SIGNAL_LIMITS.sourceLogMax);
    await tx.query(
      `INSERT INTO signal_source_log (source_id, kind, message, detail) SELECT $1, k, m, d FROM unnest($2::text[], $3::text[], $4::jsonb[]) AS e(k, m, d)`,
      [sourceId, kept.map((e) => e.kind), kept.map((e) => e.message.slice(0, 1000)), kept.map((e) => (e.detail ? JSON.stringify(e.detail) : null))],
    );
    await tx.query(
      `DELETE FROM signal_source_log WHERE source_id = $1 AND id <= (SELECT id FROM signal_source_log WHERE source_id = $1 ORDER BY id DESC OFFSET $2 LIMIT 1)`,
      [sourceId, SIGNAL_LIMITS.sourceLogMax],
    );
  }

  /** The hosts and ranges feeds may be fetched from although private: the operator's (config) and the administrators'. */
  async fetchAllowlist(): Promise<{ operator: string[]; administrators: string[] }> {
    const [row]: { fetch_allowlist: string[] }[] = await this.ds.query(`SELECT fetch_allowlist FROM signal_settings WHERE id = 1`);
    return { operator: this.config.signals.fetchAllowlist, administrators: row?.fetch_allowlist ?? [] };
  }

  async settings(actor: AuthUser): Promise<{ operator: string[]; administrators: string[] }> {
    authorize(actor, 'organisation.administer', {}, 'Only administrators change where feeds may be fetched from.');
    return this.fetchAllowlist();
  }

  async updateAllowlist(actor: AuthUser, entries: unknown): Promise<{ operator: string[]; administrators: string[] }> {
    authorize(actor, 'organisation.administer', {}, 'Only administrators change where feeds may be fetched from.');
    if (!Array.isArray(entries) || entries.length > SIGNAL_LIMITS.allowlistEntriesMax) {
      throw new BadInputError(`The allowlist holds at most ${SIGNAL_LIMITS.allowlistEntriesMax} entries.`, { field: 'fetchAllowlist' });
    }
    const parsed = entries.map((e, i) => {
      const value = typeof e === 'string' ? parseAllowlistEntry(e) : undefined;
      if (!value) throw new BadInputError(`Entry ${i + 1} is not a host name, an IP address or a CIDR range.`, { field: 'fetchAllowlist', index: i });
      return value;
    });
    const unique = [...new Set(parsed)];
    await this.ds.transaction(async (tx) => {
      await tx.query(`UPDATE signal_settings SET fetch_allowlist = $1, updated_by = $2, updated_at = now() WHERE id = 1`, [unique, actor.id]);
      await this.audit.record({ actorId: actor.id, action: 'signals.settings.allowlist', data: { entries: unique } }, tx);
    });
    return this.fetchAllowlist();
  }
}
