import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { can, SIGNAL_LIMITS } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { BadInputError } from '../../core/errors/domain-error';
import { LoaderKey } from '../../core/graphql/loaders';
import { AuditService } from '../audit';
import { OrgService } from '../org';
import { compileWatchTerms, WatchQueryError } from './analysis/watchlist-query';
import { assertManage, assertRead, paramList, requiredText, signalVisibleSql, UUID } from './signal-access';
import { WatchlistNotFoundError, WatchQueryInvalidError, WatchTermNotFoundError } from './signals.errors';
import { termFromRow, watchlistFromRow, type WatchlistEntity, type WatchTermEntity } from './watchlist.entity';

/**
 * Checks a query with the analyser's compiler, against the other stored terms (so aliases to them
 * resolve): WATCH_QUERY_INVALID with the analyser's reason code and position otherwise.
 */
export function validateWatchQuery(query: string, others: { id: string; label: string; query: string }[], id: string, field = 'query'): void {
  try {
    compileWatchTerms([...others.filter((o) => o.id !== id), { id, label: id, query }]);
  } catch (e) {
    if (e instanceof WatchQueryError) {
      // An error in another stored term (it was valid when saved) is not this query's fault.
      if (e.termId !== null && e.termId !== id) return;
      throw new WatchQueryInvalidError(e.message, { reason: e.code, position: e.position, field });
    }
    throw e;
  }
}

/** Watchlists and their terms: CRUD for the hub, reading for those who read the stream (by department). */
@Injectable()
export class WatchlistsService {
  constructor(
    private readonly ds: DataSource,
    private readonly org: OrgService,
    private readonly audit: AuditService,
  ) {}

  /** Terms of each watchlist, by label (the caller has checked the watchlist is visible). */
  readonly termsOf = new LoaderKey<string, WatchTermEntity[]>('signals.termsOf', () =>
    new DataLoader(async (ids) => {
      const rows: Record<string, unknown>[] = await this.ds.query(`SELECT * FROM signal_watch_terms WHERE watchlist_id = ANY($1::uuid[]) ORDER BY lower(label), id`, [[...ids]]);
      const terms = rows.map(termFromRow);
      return ids.map((id) => terms.filter((t) => t.watchlistId === id));
    }),
  );

  async list(actor: AuthUser): Promise<WatchlistEntity[]> {
    assertRead(actor);
    const { params, param } = paramList();
    const rows: Record<string, unknown>[] = await this.ds.query(`SELECT * FROM signal_watchlists w WHERE ${signalVisibleSql(actor, 'w.department_id', param)} ORDER BY lower(w.name), w.id`, params);
    return rows.map(watchlistFromRow);
  }

  async get(actor: AuthUser, id: unknown, tx: EntityManager = this.ds.manager): Promise<WatchlistEntity> {
    assertRead(actor);
    if (typeof id !== 'string' || !UUID.test(id)) throw new WatchlistNotFoundError();
    const rows: Record<string, unknown>[] = await tx.query(`SELECT * FROM signal_watchlists WHERE id = $1`, [id]);
    const list = rows[0] ? watchlistFromRow(rows[0]) : null;
    if (!list || !can(actor, 'signals.view', { departmentId: list.departmentId })) throw new WatchlistNotFoundError();
    return list;
  }

  private async department(value: unknown): Promise<string | null> {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string' || !UUID.test(value)) throw new BadInputError('"departmentId" must be the id of a department.', { field: 'departmentId' });
    return (await this.org.getDepartment(value)).id;
  }

  async create(actor: AuthUser, input: { name?: unknown; departmentId?: unknown }): Promise<WatchlistEntity> {
    assertManage(actor);
    const name = requiredText(input.name, 'name', SIGNAL_LIMITS.nameMax);
    const departmentId = await this.department(input.departmentId);
    const id = await this.ds.transaction(async (tx) => {
      const [row]: { id: string }[] = await tx.query(`INSERT INTO signal_watchlists (name, department_id, created_by) VALUES ($1, $2, $3) RETURNING id`, [name, departmentId, actor.id]);
      await this.audit.record({ actorId: actor.id, action: 'signals.watchlist.create', target: { type: 'signal_watchlist', id: row.id }, data: { name } }, tx);
      return row.id;
    });
    return this.get(actor, id);
  }

  async update(actor: AuthUser, id: unknown, patch: { name?: unknown; departmentId?: unknown }): Promise<WatchlistEntity> {
    assertManage(actor);
    const list = await this.get(actor, id);
    const name = patch.name === undefined || patch.name === null ? list.name : requiredText(patch.name, 'name', SIGNAL_LIMITS.nameMax);
    const departmentId = patch.departmentId === undefined ? list.departmentId : await this.department(patch.departmentId);
    await this.ds.query(`UPDATE signal_watchlists SET name = $2, department_id = $3, updated_at = now() WHERE id = $1`, [list.id, name, departmentId]);
    return this.get(actor, list.id);
  }

  /** Deletes a watchlist with its terms, their matches and counts. */
  async remove(actor: AuthUser, id: unknown): Promise<boolean> {
    assertManage(actor);
    const list = await this.get(actor, id);
    await this.ds.transaction(async (tx) => {
      await tx.query(`DELETE FROM signal_watchlists WHERE id = $1`, [list.id]);
      await this.audit.record({ actorId: actor.id, action: 'signals.watchlist.delete', target: { type: 'signal_watchlist', id: list.id }, data: { name: list.name } }, tx);
    });
    return true;
  }

  private async allTerms(tx: EntityManager): Promise<{ id: string; label: string; query: string }[]> {
    return tx.query(`SELECT id::text, label, query FROM signal_watch_terms`);
  }

  /** Adds a term; its query is compiled first (WATCH_QUERY_INVALID with the position otherwise). New items match it from now on. */
  async addTerm(actor: AuthUser, watchlistId: unknown, input: { label?: unknown; query?: unknown }): Promise<WatchTermEntity> {
    assertManage(actor);
    const list = await this.get(actor, watchlistId);
    const label = requiredText(input.label, 'label', SIGNAL_LIMITS.termLabelMax);
    const query = requiredText(input.query, 'query', SIGNAL_LIMITS.termQueryMax);
    const row = await this.ds.transaction(async (tx) => {
      // One term at a time per watchlist: the count below cannot be raced past the limit.
      await tx.query(`SELECT id FROM signal_watchlists WHERE id = $1 FOR UPDATE`, [list.id]);
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM signal_watch_terms WHERE watchlist_id = $1`, [list.id]);
      if (n >= SIGNAL_LIMITS.watchlistTermsMax) throw new BadInputError(`A watchlist holds at most ${SIGNAL_LIMITS.watchlistTermsMax} terms.`, { field: 'watchlistId' });
      validateWatchQuery(query, await this.allTerms(tx), '00000000-0000-0000-0000-000000000000');
      const [inserted]: Record<string, unknown>[] = await tx.query(`INSERT INTO signal_watch_terms (watchlist_id, label, query) VALUES ($1, $2, $3) RETURNING *`, [list.id, label, query]);
      return inserted;
    });
    return termFromRow(row);
  }

  private async termFor(actor: AuthUser, id: unknown, tx: EntityManager): Promise<WatchTermEntity> {
    if (typeof id !== 'string' || !UUID.test(id)) throw new WatchTermNotFoundError();
    const rows: Record<string, unknown>[] = await tx.query(`SELECT * FROM signal_watch_terms WHERE id = $1`, [id]);
    if (!rows[0]) throw new WatchTermNotFoundError();
    const term = termFromRow(rows[0]);
    try {
      await this.get(actor, term.watchlistId, tx);
    } catch (e) {
      if (e instanceof WatchlistNotFoundError) throw new WatchTermNotFoundError();
      throw e;
    }
    return term;
  }

  async updateTerm(actor: AuthUser, id: unknown, patch: { label?: unknown; query?: unknown }): Promise<WatchTermEntity> {
    assertManage(actor);
    const row = await this.ds.transaction(async (tx) => {
      const term = await this.termFor(actor, id, tx);
      const label = patch.label === undefined || patch.label === null ? term.label : requiredText(patch.label, 'label', SIGNAL_LIMITS.termLabelMax);
      const query = patch.query === undefined || patch.query === null ? term.query : requiredText(patch.query, 'query', SIGNAL_LIMITS.termQueryMax);
      validateWatchQuery(query, await this.allTerms(tx), term.id);
      // TypeORM answers an UPDATE with [rows, affectedCount].
      const [[updated]]: [Record<string, unknown>[], number] = await tx.query(`UPDATE signal_watch_terms SET label = $2, query = $3, updated_at = now() WHERE id = $1 RETURNING *`, [term.id, label, query]);
      return updated;
    });
    return termFromRow(row);
  }

  /** Removes a term with its matches and counts; a term another one uses as an alias stops that one matching until fixed. */
  async removeTerm(actor: AuthUser, id: unknown): Promise<boolean> {
    assertManage(actor);
    await this.ds.transaction(async (tx) => {
      const term = await this.termFor(actor, id, tx);
      await tx.query(`DELETE FROM signal_watch_terms WHERE id = $1`, [term.id]);
    });
    return true;
  }

  /**
   * An item's matched terms that the asking person may see (by their watchlists' departments). Every
   * key of one request carries the same person (loaders are per request); the item id is the cache key.
   */
  readonly visibleTermsOf = new LoaderKey<{ actor: AuthUser; itemId: string }, WatchTermEntity[]>('signals.visibleTermsOf', () =>
    new DataLoader(
      async (keys) => {
        const actor = keys[0].actor;
        const { params, param } = paramList();
        const rows: Record<string, unknown>[] = await this.ds.query(
          `SELECT m.item_id AS match_item_id, t.* FROM signal_item_terms m JOIN signal_watch_terms t ON t.id = m.term_id JOIN signal_watchlists w ON w.id = t.watchlist_id
            WHERE m.item_id = ANY(${param(keys.map((k) => k.itemId))}::uuid[]) AND ${signalVisibleSql(actor, 'w.department_id', param)} ORDER BY lower(t.label), t.id`,
          params,
        );
        return keys.map((k) => rows.filter((r) => r.match_item_id === k.itemId).map(termFromRow));
      },
      { cacheKeyFn: (k) => k.itemId },
    ),
  );
}
