import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { can, SENTIMENT_LABEL_SCORE, SIGNAL_LIMITS, SIGNAL_SENTIMENTS, type SentimentOrigin, type SignalSentiment } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { BadInputError } from '../../core/errors/domain-error';
import { LoaderKey } from '../../core/graphql/loaders';
import { decodeCursor, encodeCursor } from '../../core/graphql/page-info.type';
import { AuditService } from '../audit';
import { compileWatchTerms, matchWatchTerms } from './analysis/watchlist-query';
import { detectLanguage } from './analysis/language';
import { analyseSentiment } from './analysis/sentiment';
import { draftFromJson } from './feeds/normalise';
import { shiftSentiment } from './ingest/counts';
import { IngestService } from './ingest/ingest.service';
import { assertManage, assertRead, pageSize, paramList, requiredText, signalVisibleSql, UUID } from './signal-access';
import { SignalItemNotFoundError, SignalItemRefusedError, SignalSourceKindMismatchError, SentimentRuleNotFoundError } from './signals.errors';
import { SourcesService } from './sources.service';
import { ruleFromRow, termFromRow, type SentimentRuleEntity, type WatchTermEntity } from './watchlist.entity';
import { validateWatchQuery, WatchlistsService } from './watchlists.service';

/** A stored item as the API shows it. */
export interface SignalItemView {
  id: string;
  receivedAt: Date;
  sourceId: string;
  externalId: string;
  storyId: string;
  storyLead: boolean;
  url: string | null;
  title: string;
  text: string;
  publishedAt: Date;
  authors: string[];
  categories: string[];
  language: string;
  sentimentScore: number;
  sentimentLabel: SignalSentiment;
  sentimentOrigin: SentimentOrigin;
  analyserScore: number;
  analyserLabel: SignalSentiment;
}

function itemFromRow(r: Record<string, unknown>): SignalItemView {
  return {
    id: r.id as string,
    receivedAt: r.received_at as Date,
    sourceId: r.source_id as string,
    externalId: r.external_id as string,
    storyId: r.story_id as string,
    storyLead: r.story_lead as boolean,
    url: r.url as string | null,
    title: r.title as string,
    text: r.body as string,
    publishedAt: r.published_at as Date,
    authors: r.authors as string[],
    categories: r.categories as string[],
    language: r.language as string,
    sentimentScore: r.sentiment_score as number,
    sentimentLabel: r.sentiment_label as SignalSentiment,
    sentimentOrigin: r.sentiment_origin as SentimentOrigin,
    analyserScore: r.analyser_score as number,
    analyserLabel: r.analyser_label as SignalSentiment,
  };
}

export interface ItemFilter {
  sourceId?: string | null;
  language?: string | null;
  sentiment?: SignalSentiment | null;
  watchlistId?: string | null;
  departmentId?: string | null;
  storiesOnly?: boolean | null;
}

export interface ManualItemInput {
  sourceId?: unknown;
  title?: unknown;
  text?: unknown;
  url?: unknown;
  publishedAt?: unknown;
  authors?: unknown;
  categories?: unknown;
}

const ITEM_COLUMNS = `i.id, i.received_at, i.source_id, i.external_id, i.story_id, i.story_lead, i.url, i.title, i.body, i.published_at, i.authors,
  i.categories, i.language, i.sentiment_score, i.sentiment_label, i.sentiment_origin, i.analyser_score, i.analyser_label`;

/** Items: the stream (filters, keyset pages, department scoping), manual entry, sentiment corrections and rules, the analyser. */
@Injectable()
export class ItemsService {
  constructor(
    private readonly ds: DataSource,
    private readonly sources: SourcesService,
    private readonly watchlists: WatchlistsService,
    private readonly ingest: IngestService,
    private readonly audit: AuditService,
  ) {}

  /** Copy counts of stories (an item's syndicated copies, itself included). */
  readonly storyCopies = new LoaderKey<string, number>('signals.storyCopies', () =>
    new DataLoader(async (ids) => {
      const rows: { id: string; copy_count: number }[] = await this.ds.query(`SELECT id, copy_count FROM signal_stories WHERE id = ANY($1::uuid[])`, [[...ids]]);
      const byId = new Map(rows.map((r) => [r.id, r.copy_count]));
      return ids.map((id) => byId.get(id) ?? 1);
    }),
  );

  /** The stream as `actor` sees it: newest first, keyset-paged on (published_at, id). */
  async list(actor: AuthUser, filter: ItemFilter, first?: number, after?: string | null): Promise<{ nodes: SignalItemView[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> {
    assertRead(actor);
    const size = pageSize(first, SIGNAL_LIMITS.pageSizeMax);
    const { params, param } = paramList();
    const where = [signalVisibleSql(actor, 's.department_id', param)];
    if (filter.sourceId !== undefined && filter.sourceId !== null) where.push(`i.source_id = ${param((await this.sources.get(actor, filter.sourceId)).id)}::uuid`);
    if (filter.language !== undefined && filter.language !== null) {
      if (typeof filter.language !== 'string' || !/^([a-z]{2,3}|und)$/.test(filter.language)) throw new BadInputError('"language" must be an ISO 639-1 code or "und".', { field: 'language' });
      where.push(`i.language = ${param(filter.language)}`);
    }
    if (filter.sentiment !== undefined && filter.sentiment !== null) {
      if (!SIGNAL_SENTIMENTS.includes(filter.sentiment)) throw new BadInputError('Unknown sentiment.', { field: 'sentiment' });
      where.push(`i.sentiment_label = ${param(filter.sentiment)}`);
    }
    if (filter.departmentId !== undefined && filter.departmentId !== null) {
      if (typeof filter.departmentId !== 'string' || !UUID.test(filter.departmentId)) throw new BadInputError('"departmentId" must be the id of a department.', { field: 'departmentId' });
      where.push(`s.department_id = ${param(filter.departmentId)}::uuid`);
    }
    if (filter.watchlistId !== undefined && filter.watchlistId !== null) {
      const list = await this.watchlists.get(actor, filter.watchlistId);
      where.push(`EXISTS (SELECT 1 FROM signal_item_terms m JOIN signal_watch_terms t ON t.id = m.term_id
                           WHERE m.item_id = i.id AND m.received_at = i.received_at AND t.watchlist_id = ${param(list.id)}::uuid)`);
    }
    if (filter.storiesOnly) where.push('i.story_lead');
    if (after !== undefined && after !== null) {
      const cursor = decodeCursor(after, 2);
      if (!cursor || !/^-?\d{1,18}$/.test(cursor[0]) || !UUID.test(cursor[1])) throw new BadInputError('Invalid cursor.', { field: 'after' });
      where.push(`(i.published_at, i.id) < ('epoch'::timestamptz + ${param(cursor[0])}::bigint * interval '1 microsecond', ${param(cursor[1])}::uuid)`);
    }
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${ITEM_COLUMNS}, (extract(epoch FROM i.published_at) * 1000000)::bigint::text AS sort_key
         FROM signal_items i JOIN signal_sources s ON s.id = i.source_id
        WHERE ${where.join(' AND ')}
        ORDER BY i.published_at DESC, i.id DESC LIMIT ${param(size + 1)}`,
      params,
    );
    const page = rows.slice(0, size);
    const last = page[page.length - 1];
    return { nodes: page.map(itemFromRow), pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor([String(last.sort_key), String(last.id)]) : null } };
  }

  /** One item `actor` may see; SIGNAL_ITEM_NOT_FOUND otherwise (and once retention dropped it). */
  async get(actor: AuthUser, id: unknown, tx: EntityManager = this.ds.manager, lock = false): Promise<SignalItemView & { departmentId: string | null }> {
    assertRead(actor);
    if (typeof id !== 'string' || !UUID.test(id)) throw new SignalItemNotFoundError();
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT ${ITEM_COLUMNS}, s.department_id FROM signal_items i JOIN signal_sources s ON s.id = i.source_id WHERE i.id = $1${lock ? ' FOR UPDATE OF i' : ''}`,
      [id],
    );
    if (!rows[0] || !can(actor, 'signals.view', { departmentId: rows[0].department_id as string | null })) throw new SignalItemNotFoundError();
    return { ...itemFromRow(rows[0]), departmentId: rows[0].department_id as string | null };
  }

  /** Manual entry by the hub (a call-centre trend, a field report) into a manual source; goes through the whole pipeline. */
  async createManual(actor: AuthUser, input: ManualItemInput): Promise<SignalItemView> {
    assertManage(actor);
    const source = await this.sources.getManaged(actor, input.sourceId);
    if (source.kind !== 'manual') throw new SignalSourceKindMismatchError('manual', source.kind);
    const title = requiredText(input.title, 'title', SIGNAL_LIMITS.manualTitleMax);
    const text = input.text === undefined || input.text === null ? '' : typeof input.text === 'string' ? input.text : null;
    if (text === null || text.length > SIGNAL_LIMITS.manualTextMax) throw new BadInputError(`"text" must be text of at most ${SIGNAL_LIMITS.manualTextMax} characters.`, { field: 'text' });
    if (input.publishedAt !== undefined && input.publishedAt !== null && !(input.publishedAt instanceof Date && !Number.isNaN(input.publishedAt.getTime()))) {
      throw new BadInputError('"publishedAt" must be a date.', { field: 'publishedAt' });
    }
    // Each manual entry is its own item, even with the same title as another: a fresh id. A report
    // may be a title alone: it is then its own text too.
    const result = draftFromJson(
      {
        id: randomUUID(),
        title,
        text: text.trim() === '' ? title : text,
        url: input.url ?? undefined,
        published: input.publishedAt instanceof Date ? input.publishedAt.toISOString() : undefined,
        authors: input.authors ?? [actor.displayName],
        categories: input.categories ?? [],
      },
      { now: new Date() },
    );
    if ('refused' in result) throw new SignalItemRefusedError(result.refused);
    const report = await this.ingest.ingest(source.id, [{ draft: result.draft, position: 0 }], { via: 'manual' });
    if (!report.stored[0]) throw new SignalItemRefusedError('it was already stored');
    return this.get(actor, report.stored[0].id);
  }

  /**
   * The hub corrects an item's sentiment: the label (and its score, SENTIMENT_LABEL_SCORE) change, the
   * analyser's answer is kept beside it, and its terms' per-minute and daily sums move by the difference.
   */
  async correctSentiment(actor: AuthUser, itemId: unknown, label: unknown): Promise<SignalItemView> {
    assertManage(actor);
    if (typeof label !== 'string' || !SIGNAL_SENTIMENTS.includes(label as SignalSentiment)) throw new BadInputError('Unknown sentiment.', { field: 'label' });
    const id = await this.ds.transaction(async (tx) => {
      const item = await this.get(actor, itemId, tx, true);
      const score = SENTIMENT_LABEL_SCORE[label as SignalSentiment];
      await tx.query(
        // By id alone: received_at read back into JavaScript has lost its microseconds.
        `UPDATE signal_items SET sentiment_label = $2, sentiment_score = $3, sentiment_origin = 'person', sentiment_corrected_by = $4 WHERE id = $1`,
        [item.id, label, score, actor.id],
      );
      const terms: { term_id: string }[] = await tx.query(`SELECT term_id FROM signal_item_terms WHERE item_id = $1`, [item.id]);
      await shiftSentiment((sql, params) => tx.query(sql, params), terms.map((t) => t.term_id), item.publishedAt, score - item.sentimentScore);
      await this.audit.record({ actorId: actor.id, action: 'signals.item.sentiment', target: { type: 'signal_item', id: item.id }, data: { from: item.sentimentLabel, to: label } }, tx);
      return item.id;
    });
    return this.get(actor, id);
  }

  async rules(actor: AuthUser): Promise<SentimentRuleEntity[]> {
    assertManage(actor);
    const rows: Record<string, unknown>[] = await this.ds.query(`SELECT * FROM signal_sentiment_rules ORDER BY created_at DESC, id`);
    return rows.map(ruleFromRow);
  }

  /** A correction rule: new items matching `query` (the watch-query syntax) get `label`. The newest matching rule wins. */
  async createRule(actor: AuthUser, input: { query?: unknown; label?: unknown }): Promise<SentimentRuleEntity> {
    assertManage(actor);
    const query = requiredText(input.query, 'query', SIGNAL_LIMITS.termQueryMax);
    if (typeof input.label !== 'string' || !SIGNAL_SENTIMENTS.includes(input.label as SignalSentiment)) throw new BadInputError('Unknown sentiment.', { field: 'label' });
    const row = await this.ds.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('signal_sentiment_rules'))`);
      const others: { id: string; label: string; query: string }[] = await tx.query(`SELECT id::text, label, query FROM signal_sentiment_rules`);
      if (others.length >= SIGNAL_LIMITS.sentimentRulesMax) throw new BadInputError(`At most ${SIGNAL_LIMITS.sentimentRulesMax} rules.`, { field: 'query' });
      validateWatchQuery(query, others, '00000000-0000-0000-0000-000000000000');
      const [inserted]: Record<string, unknown>[] = await tx.query(`INSERT INTO signal_sentiment_rules (query, label, created_by) VALUES ($1, $2, $3) RETURNING *`, [query, input.label, actor.id]);
      await this.audit.record({ actorId: actor.id, action: 'signals.rule.create', target: { type: 'signal_sentiment_rule', id: inserted.id as string }, data: { query, label: input.label } }, tx);
      return inserted;
    });
    return ruleFromRow(row);
  }

  async deleteRule(actor: AuthUser, id: unknown): Promise<boolean> {
    assertManage(actor);
    if (typeof id !== 'string' || !UUID.test(id)) throw new SentimentRuleNotFoundError();
    await this.ds.transaction(async (tx) => {
      // TypeORM answers a DELETE with [rows, affectedCount].
      const [rows]: [unknown[], number] = await tx.query(`DELETE FROM signal_sentiment_rules WHERE id = $1 RETURNING id`, [id]);
      if (rows.length === 0) throw new SentimentRuleNotFoundError();
      await this.audit.record({ actorId: actor.id, action: 'signals.rule.delete', target: { type: 'signal_sentiment_rule', id } }, tx);
    });
    return true;
  }

  /**
   * "Try the analyser": language, sentiment (with the hub's rules, as a new item would get) and the
   * watch terms it matches among those `actor` may see.
   */
  async analyze(actor: AuthUser, text: unknown): Promise<{ language: string; sentiment: { score: number; label: SignalSentiment; origin: SentimentOrigin }; terms: WatchTermEntity[] }> {
    assertRead(actor);
    if (typeof text !== 'string' || text.length > SIGNAL_LIMITS.analyzeTextMax) throw new BadInputError(`"text" must be text of at most ${SIGNAL_LIMITS.analyzeTextMax} characters.`, { field: 'text' });
    const context = await this.ingest.analysisContext();
    const { params, param } = paramList();
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT t.* FROM signal_watch_terms t JOIN signal_watchlists w ON w.id = t.watchlist_id WHERE ${signalVisibleSql(actor, 'w.department_id', param)}`,
      params,
    );
    const visible = rows.map(termFromRow);
    const language = detectLanguage(text);
    const analysed = analyseSentiment(text, language);
    const prepared = IngestService.prepare({ externalId: 'x', url: null, title: '', text, publishedAt: new Date(), authors: [], categories: [], fingerprint: 0n }, { ...context, terms: compileWatchTerms([]) });
    // Aliases may point at terms of other departments: compile against all, show only the visible ones.
    const matched = new Set(matchWatchTerms(text, context.terms));
    return {
      language,
      sentiment: prepared.sentiment.origin === 'rule' ? prepared.sentiment : { ...analysed, origin: 'analyser' },
      terms: visible.filter((t) => matched.has(t.id)).sort((a, b) => a.label.localeCompare(b.label)),
    };
  }
}
