import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { can, effectiveSort, HIVEMIND_LIMITS, IDEA_SORTS, type IdeaSort } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError } from '../../core/errors/domain-error';
import { LoaderKey } from '../../core/graphql/loaders';
import { decodeCursor, encodeCursor } from '../../core/graphql/page-info.type';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { AuditService } from '../audit';
import {
  campaignContext,
  CampaignClosedError,
  CampaignNotOpenError,
  CampaignsService,
  campaignVisibleSql,
  paramList,
  renderMarkdown,
  UUID,
  type CampaignEntity,
  type CampaignStageEntity,
} from '../campaigns';
import { IdeaEntity, type IdeaView } from './idea.entity';
import { IdeaNotFoundError } from './ideas.errors';
import { preparedQuery } from '../../core/database/prepared-query';

/** The columns of an idea row that ideaFromRow reads (with my_vote and counts_hidden). */
export const IDEA_COLUMNS = [
  'id', 'campaign_id', 'author_id', 'anonymous', 'title', 'body', 'body_html', 'tags', 'stage_id', 'up_votes', 'down_votes', 'comment_count',
  'last_activity_at', 'created_at', 'updated_at', 'hidden_at', 'merged_into_id', 'top_score', 'hot_score', 'controversy_score',
] as const;

/**
 * The columns of IDEA_COLUMNS kept in idea_tallies (one narrow row per idea, which a vote rewrites
 * without touching the idea's own row: see migrations/1766800000000-idea-tallies.ts), not in ideas.
 */
export const TALLY_COLUMNS: ReadonlySet<string> = new Set(['up_votes', 'down_votes', 'comment_count', 'last_activity_at', 'top_score', 'hot_score', 'controversy_score']);

/** A column of IDEA_COLUMNS in SQL where ideas is `i` and idea_tallies `t` (joined on t.idea_id = i.id). */
export const ideaColumn = (column: string): string => `${TALLY_COLUMNS.has(column) ? 't' : 'i'}.${column}`;

/** The columns every idea row carries: what loaders and the campaign's rules are keyed by. */
const CORE_COLUMNS = ['id', 'campaign_id'];
/** What the fields of Idea read besides the core columns (my_vote and counts_hidden come with every row). */
const AUTHOR = ['author_id', 'anonymous'] as const; // never one without the other: `author` hides anonymous authors
/** An idea's vote counters. */
export const IDEA_COUNT_COLUMNS = ['up_votes', 'down_votes'] as const;
const COUNTS = IDEA_COUNT_COLUMNS;
/** What the review fields read (ReviewsService.access: the stage, the author, the counters). */
const REVIEW = ['stage_id', ...AUTHOR, 'title', ...COUNTS, 'comment_count', 'hidden_at', 'merged_into_id'] as const;
const FIELD_COLUMNS: Record<string, readonly string[]> = {
  __typename: [],
  id: [],
  campaign: [],
  myVote: [],
  countsHidden: [],
  flagCount: [],
  followerCount: [],
  isFollowing: [],
  links: [],
  myFlag: [],
  viewerCanModerate: [],
  title: ['title'],
  author: AUTHOR,
  isAnonymous: AUTHOR,
  isMine: AUTHOR,
  upVotes: COUNTS,
  downVotes: COUNTS,
  commentCount: ['comment_count'],
  hiddenAt: ['hidden_at'],
  mergedIntoId: ['merged_into_id'],
  mergedInto: ['merged_into_id'],
  body: ['body'],
  bodyHtml: ['body_html'],
  tags: ['tags'],
  createdAt: ['created_at'],
  updatedAt: ['updated_at'],
  lastActivityAt: ['last_activity_at'],
  stage: ['stage_id'],
  reviewSummary: REVIEW,
  reviews: REVIEW,
  myReview: REVIEW,
  rankExplanation: [...COUNTS, 'comment_count', 'created_at', 'top_score', 'hot_score', 'controversy_score'],
};

/**
 * The columns a board page or a vote reads for the fields asked (GraphQL's selection of its nodes): a
 * board of 50 ideas that shows titles and counts does not read 50 bodies, their HTML and five timestamps
 * each, nor a vote's answer its idea's title. A field this list does not know reads every column.
 * `always`: columns the caller needs whatever the fields.
 */
export function ideaColumnsFor(fields: ReadonlySet<string> | undefined, always: readonly string[] = []): readonly string[] {
  if (!fields) return IDEA_COLUMNS;
  const columns = new Set([...CORE_COLUMNS, ...always]);
  for (const field of fields) {
    const needs = FIELD_COLUMNS[field];
    if (!needs) return IDEA_COLUMNS;
    needs.forEach((c) => columns.add(c));
  }
  return IDEA_COLUMNS.filter((c) => columns.has(c));
}

/**
 * An idea row as `viewer` sees it. `$viewer` is bound by the caller; `c` is the idea's campaign and `v`
 * the viewer's vote. Counts are hidden (countsHidden) while the campaign hides them until people vote,
 * the viewer has not voted on this idea, and the campaign has not closed (the database's clock).
 */
export const IDEA_SELECT = (viewer: string, extraColumns = '', columns: readonly string[] = IDEA_COLUMNS) => `
  SELECT ${columns.map(ideaColumn).join(', ')}, coalesce(v.value, 0)::int AS my_vote,
         (c.hide_counts_until_voted AND now() < c.closes_at AND v.value IS NULL) AS counts_hidden${extraColumns}
    FROM ideas i
    JOIN idea_tallies t ON t.idea_id = i.id
    JOIN campaigns c ON c.id = i.campaign_id
    LEFT JOIN idea_votes v ON v.idea_id = i.id AND v.user_id = ${viewer}::uuid`;

/** Ideas on a board: not hidden by a moderator, not merged into another. */
export const ON_BOARD = `i.hidden_at IS NULL AND i.merged_into_id IS NULL`;

/**
 * Each board order: its column (indexed per campaign, descending, with the id), the cursor's text for
 * a row, and how a cursor's text becomes a value of the column again. Creation times travel as integer
 * microseconds since 1970: exact, where a JavaScript date would drop the microseconds and skip ties.
 */
interface SortColumn {
  column: string;
  key: string;
  fromCursor: (param: string) => string;
  valid: RegExp;
  /** Where the order's index is: the tallies' (campaign, column, idea) or the ideas' (campaign, column, id). */
  table: 'tallies' | 'ideas';
}
const FLOAT = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
const tallyOrder = (column: string, fromCursor: (p: string) => string, valid: RegExp): SortColumn => ({ column: `t.${column}`, key: `t.${column}::text`, fromCursor, valid, table: 'tallies' });
const SORT_COLUMNS: Record<IdeaSort, SortColumn> = {
  top: tallyOrder('top_score', (p) => `${p}::float8`, FLOAT),
  hot: tallyOrder('hot_score', (p) => `${p}::float8`, FLOAT),
  new: {
    column: 'i.created_at',
    key: '(extract(epoch FROM i.created_at) * 1000000)::bigint::text',
    fromCursor: (p) => `('epoch'::timestamptz + ${p}::bigint * interval '1 microsecond')`,
    valid: /^-?\d{1,18}$/,
    table: 'ideas',
  },
  controversial: tallyOrder('controversy_score', (p) => `${p}::float8`, FLOAT),
  discussed: tallyOrder('comment_count', (p) => `${p}::int`, /^\d{1,9}$/),
};

export interface BoardQuery {
  campaignId: string;
  /** The fields asked of each idea (ideaColumnsFor); all when absent. */
  fields?: ReadonlySet<string>;
  sort?: IdeaSort;
  first?: number;
  after?: string;
}

export interface BoardPage {
  nodes: IdeaView[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** The order used: a count-revealing sort falls back to `new` while counts are hidden (effectiveSort). */
  sort: IdeaSort;
  countsHidden: boolean;
}

export interface IdeaInput {
  title?: string;
  body?: string;
  tags?: string[];
}

export function ideaFromRow(row: Record<string, unknown>, viewerId: string): IdeaView {
  return Object.assign(new IdeaEntity(), {
    id: row.id as string,
    campaignId: row.campaign_id as string,
    authorId: row.author_id as string | null,
    anonymous: row.anonymous as boolean,
    title: row.title as string,
    body: row.body as string,
    bodyHtml: row.body_html as string,
    tags: row.tags as string[],
    stageId: row.stage_id as string,
    upVotes: row.up_votes as number,
    downVotes: row.down_votes as number,
    commentCount: row.comment_count as number,
    lastActivityAt: row.last_activity_at as Date,
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
    hiddenAt: row.hidden_at as Date | null,
    mergedIntoId: row.merged_into_id as string | null,
    topScore: row.top_score as number,
    hotScore: row.hot_score as number,
    controversyScore: row.controversy_score as number,
    myVote: row.my_vote as -1 | 0 | 1,
    isMine: row.author_id !== null && row.author_id === viewerId,
    countsHidden: row.counts_hidden as boolean,
  });
}

/** Marks ideas as active now (their last activity, in their tallies), inside the caller's transaction. */
export async function touchIdeas(tx: EntityManager, ids: readonly string[]): Promise<void> {
  await tx.query(`UPDATE idea_tallies SET last_activity_at = now() WHERE idea_id = ANY($1::uuid[])`, [ids]);
}

/** Throws CAMPAIGN_NOT_OPEN or CAMPAIGN_CLOSED unless the campaign is open now. */
export function assertOpen(campaign: Pick<CampaignEntity, 'status'>): void {
  if (campaign.status === 'upcoming') throw new CampaignNotOpenError();
  if (campaign.status === 'closed') throw new CampaignClosedError();
}

/** Ideas: the board (sorts, paging), posting, editing and moving through stages. Votes: VotesService. */
@Injectable()
export class IdeasService {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
  ) {}

  /** Ideas on the board of each campaign (the caller has checked the campaign is visible). */
  readonly ideaCount = new LoaderKey<string, number>('ideas.count', () =>
    new DataLoader(async (campaignIds) => {
      const rows: { campaign_id: string; n: number }[] = await this.ds.query(
        `SELECT i.campaign_id, count(*)::int AS n FROM ideas i WHERE i.campaign_id = ANY($1::uuid[]) AND ${ON_BOARD} GROUP BY i.campaign_id`,
        [[...campaignIds]],
      );
      const counts = new Map(rows.map((r) => [r.campaign_id, r.n]));
      return campaignIds.map((id) => counts.get(id) ?? 0);
    }),
  );

  /** A campaign's board as `actor` sees it, keyset-paged on (sort value, id). */
  async board(actor: AuthUser, query: BoardQuery): Promise<BoardPage> {
    const first = query.first ?? 25;
    if (!Number.isInteger(first) || first < 1 || first > HIVEMIND_LIMITS.pageSizeMax) throw new BadInputError(`"first" must be between 1 and ${HIVEMIND_LIMITS.pageSizeMax}.`, { field: 'first' });
    const requested = query.sort ?? 'hot';
    if (!IDEA_SORTS.includes(requested)) throw new BadInputError('Unknown sort.', { field: 'sort' });
    const campaign = await this.campaigns.get(actor, query.campaignId);
    const countsHidden = campaign.hideCountsUntilVoted && campaign.status !== 'closed';
    const sort = effectiveSort(requested, countsHidden);
    const { column, key, fromCursor, valid, table } = SORT_COLUMNS[sort];

    const { params, param } = paramList();
    const viewer = param(actor.id);
    // The same ideas either way (the tallies' on_board follows ideas by trigger), each order on its index.
    const id = table === 'tallies' ? 't.idea_id' : 'i.id';
    const where = table === 'tallies' ? `t.campaign_id = ${param(campaign.id)} AND t.on_board` : `i.campaign_id = ${param(campaign.id)} AND ${ON_BOARD}`;
    let keyset = '';
    if (query.after) {
      const cursor = decodeCursor(query.after, 3);
      if (!cursor || cursor[0] !== sort || !UUID.test(cursor[2]) || cursor[1].length > 40 || !valid.test(cursor[1])) throw new BadInputError('Invalid cursor.', { field: 'after' });
      keyset = ` AND (${column}, ${id}) < (${fromCursor(param(cursor[1]))}, ${param(cursor[2])}::uuid)`;
    }
    const rows = await preparedQuery(
      this.ds,
      `${IDEA_SELECT(viewer, `, ${key} AS sort_key`, ideaColumnsFor(query.fields))}
        WHERE ${where}${keyset}
        ORDER BY ${column} DESC, ${id} DESC
        LIMIT ${param(first + 1)}`,
      params,
    );
    const [{ count }] = await preparedQuery<{ count: number }>(this.ds, `SELECT count(*)::int AS count FROM ideas i WHERE i.campaign_id = $1 AND ${ON_BOARD}`, [campaign.id]);
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      nodes: page.map((r) => ideaFromRow(r, actor.id)),
      totalCount: count,
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([sort, String(last.sort_key), String(last.id)]) : null },
      sort,
      countsHidden,
    };
  }

  /**
   * An idea `actor` may see: its campaign is visible to them, and it is not hidden (moderators see
   * hidden ones). Anything else — unknown, malformed, out of their audience — is IDEA_NOT_FOUND.
   */
  async get(actor: AuthUser, id: string, tx: EntityManager = this.ds.manager): Promise<IdeaView> {
    if (typeof id !== 'string' || !UUID.test(id)) throw new IdeaNotFoundError();
    const { params, param } = paramList();
    const viewer = param(actor.id);
    const idParam = param(id);
    const rows: Record<string, unknown>[] = await tx.query(`${IDEA_SELECT(viewer)} WHERE i.id = ${idParam} AND ${campaignVisibleSql(actor, 'c', param)}`, params);
    if (!rows[0]) throw new IdeaNotFoundError();
    const idea = ideaFromRow(rows[0], actor.id);
    if (idea.hiddenAt && !can(actor, 'content.moderate')) throw new IdeaNotFoundError();
    return idea;
  }

  /**
   * Every idea on a campaign's board (not hidden, not merged) as `actor` sees it, unordered and unpaged,
   * in one statement: for whole-campaign views such as pairwise comparisons and their ranking. The
   * caller has checked that `actor` may see the campaign.
   */
  async listOnBoard(actor: AuthUser, campaignId: string): Promise<IdeaView[]> {
    const rows: Record<string, unknown>[] = await this.ds.query(`${IDEA_SELECT('$1')} WHERE i.campaign_id = $2 AND ${ON_BOARD}`, [actor.id, campaignId]);
    return rows.map((r) => ideaFromRow(r, actor.id));
  }

  /**
   * The ids and authors of the ideas on a campaign's board, without their text: what pair choice needs
   * (which ideas, and which are the person's own). The caller has checked the campaign; the author is
   * for the server's own use, never to be sent.
   */
  async boardMembers(campaignId: string): Promise<{ id: string; authorId: string | null }[]> {
    const rows: { id: string; author_id: string | null }[] = await this.ds.query(`SELECT i.id, i.author_id FROM ideas i WHERE i.campaign_id = $1 AND ${ON_BOARD}`, [campaignId]);
    return rows.map((r) => ({ id: r.id, authorId: r.author_id }));
  }

  /** Posts an idea in the first stage of an open campaign, for a person of its audience. */
  async create(actor: AuthUser, input: IdeaInput & { campaignId: string; anonymous?: boolean }): Promise<IdeaView> {
    const campaign = await this.campaigns.get(actor, input.campaignId);
    assertOpen(campaign);
    authorize(actor, 'campaign.participate', campaignContext(campaign), 'Only the people this campaign asks may post ideas in it.');
    const value = validateIdea({ title: input.title ?? '', body: input.body ?? '', tags: input.tags ?? [] });
    if (input.anonymous !== undefined && typeof input.anonymous !== 'boolean') throw new BadInputError('Invalid value.', { field: 'anonymous' });
    const id = await this.ds.transaction(async (tx) => {
      const stage = await this.campaigns.firstStage(campaign.id, tx);
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO ideas (campaign_id, author_id, anonymous, title, body, body_html, tags, stage_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [campaign.id, actor.id, input.anonymous ?? false, value.title, value.body, renderMarkdown(value.body), value.tags, stage.id],
      );
      for (const listener of this.createListeners) await listener(tx, { ideaId: row.id, authorId: actor.id, campaignId: campaign.id });
      return row.id;
    });
    return this.get(actor, id);
  }

  /** Edits an idea: its author while it is in the first stage, or a moderator (audited). */
  async update(actor: AuthUser, id: string, patch: IdeaInput): Promise<IdeaView> {
    const idea = await this.get(actor, id);
    const stage = await this.campaigns.getStage(idea.campaignId, idea.stageId);
    authorize(actor, 'idea.edit', { createdBy: idea.authorId, stageKind: stage.kind }, 'This idea can no longer be edited by you.');
    const value = validateIdea({ title: patch.title ?? idea.title, body: patch.body ?? idea.body, tags: patch.tags ?? idea.tags });
    await this.ds.transaction(async (tx) => {
      await tx.query(`UPDATE ideas SET title = $2, body = $3, body_html = $4, tags = $5, updated_at = now() WHERE id = $1`, [
        id,
        value.title,
        value.body,
        renderMarkdown(value.body),
        value.tags,
      ]);
      await touchIdeas(tx, [id]);
      // A moderator's edit of someone else's idea is a moderator action: audited (without the author's identity).
      if (idea.authorId !== actor.id) {
        await this.audit.record({ actorId: actor.id, action: 'idea.edit', target: { type: 'idea', id }, data: { fields: Object.keys(patch).filter((k) => patch[k as keyof IdeaInput] !== undefined) } }, tx);
      }
    });
    return this.get(actor, id);
  }

  /** Moves an idea to another stage of its campaign: for the people who run the campaign (audited). */
  async moveToStage(actor: AuthUser, ideaId: string, stageId: string): Promise<IdeaView> {
    const idea = await this.get(actor, ideaId);
    const campaign = await this.campaigns.get(actor, idea.campaignId);
    authorize(actor, 'campaign.run', campaignContext(campaign), 'Only the people who run this campaign may move its ideas.');
    const stage = await this.campaigns.getStage(campaign.id, stageId);
    if (stage.id === idea.stageId) return idea;
    const afterCommit = await this.ds.transaction((tx) => this.applyStageMove(tx, { actorId: actor.id, ideaId, fromStageId: idea.stageId, campaign, stage }));
    afterCommit();
    return this.get(actor, ideaId);
  }

  /**
   * The one path by which an idea changes stage, inside the caller's transaction: the row, the audit
   * entry, and (returned, to call after commit) the socket event. moveToStage (a runner's move) and
   * rules that move ideas by themselves (the reviews module's auto-advance, which checks its own rights
   * and locks the idea row first) both come through here, so whatever a stage change triggers happens
   * whoever or whatever moved the idea. `rule` names the rule in the audit entry.
   */
  async applyStageMove(
    tx: EntityManager,
    move: { actorId: string | null; ideaId: string; fromStageId: string; campaign: CampaignEntity; stage: CampaignStageEntity; rule?: string },
  ): Promise<() => void> {
    const { ideaId, campaign, stage } = move;
    await tx.query(`UPDATE ideas SET stage_id = $2, updated_at = now() WHERE id = $1`, [ideaId, stage.id]);
    await this.audit.record(
      { actorId: move.actorId, action: 'idea.stage', target: { type: 'idea', id: ideaId }, data: { from: move.fromStageId, to: stage.id, kind: stage.kind, ...(move.rule ? { rule: move.rule } : {}) } },
      tx,
    );
    const listened: (() => void)[] = [];
    for (const listener of this.stageMoveListeners) {
      const after = await listener(tx, move);
      if (after) listened.push(after);
    }
    // The idea's tally row last: a listener may lock its voters' budget rows (refunds on decline), which
    // votes take before the tally row; taking the tally row first could deadlock with such a vote.
    await touchIdeas(tx, [ideaId]);
    return () => {
      const rooms = this.campaigns.audienceRooms(campaign);
      const io = this.realtime.server;
      if (io) (rooms ? io.to(rooms) : io).emit('idea:stage', { ideaId, campaignId: campaign.id, stageId: stage.id });
      for (const after of listened) after();
    };
  }

  private readonly stageMoveListeners: StageMoveListener[] = [];
  private readonly createListeners: IdeaCreatedListener[] = [];

  /** Lets another module act when an idea is posted (e.g. its author following it), inside the posting transaction. */
  onIdeaCreated(listener: IdeaCreatedListener): void {
    this.createListeners.push(listener);
  }

  /**
   * Lets another module act on every stage change (e.g. follows notifying an idea's followers) without
   * this module depending on it: the listener runs inside the move's transaction and may return what to
   * do after commit.
   */
  onStageMove(listener: StageMoveListener): void {
    this.stageMoveListeners.push(listener);
  }

  /**
   * Adds `delta` to an idea's comment count in the caller's transaction (the comments module's one way
   * to change it; the row lock serialises concurrent comments) and returns the new count.
   */
  async adjustCommentCount(tx: EntityManager, ideaId: string, delta: number): Promise<number> {
    const [rows]: [{ comment_count: number }[], number] = await tx.query(
      `UPDATE idea_tallies SET comment_count = comment_count + $2, last_activity_at = CASE WHEN $2 > 0 THEN now() ELSE last_activity_at END WHERE idea_id = $1 RETURNING comment_count`,
      [ideaId, delta],
    );
    if (!rows[0]) throw new IdeaNotFoundError();
    return rows[0].comment_count;
  }

  /**
   * An idea without a visibility check, for work the system does on behalf of an action already
   * checked (who to notify about a stage change made by a rule): never to answer a person with.
   */
  async getUnchecked(id: string, tx: EntityManager = this.ds.manager): Promise<IdeaView | null> {
    if (!UUID.test(id)) return null;
    // Nobody's vote: the nil uuid as the viewer.
    const rows: Record<string, unknown>[] = await tx.query(`${IDEA_SELECT('$2')} WHERE i.id = $1`, [id, '00000000-0000-0000-0000-000000000000']);
    return rows[0] ? ideaFromRow(rows[0], '') : null;
  }
}

/** What a stage change tells its listeners (IdeasService.onStageMove). */
export interface StageMoveEvent {
  actorId: string | null;
  ideaId: string;
  fromStageId: string;
  campaign: CampaignEntity;
  stage: CampaignStageEntity;
  rule?: string;
}
export type StageMoveListener = (tx: EntityManager, move: StageMoveEvent) => Promise<(() => void) | void>;
export type IdeaCreatedListener = (tx: EntityManager, idea: { ideaId: string; authorId: string; campaignId: string }) => Promise<void>;

/** Checks and normalises an idea's text: trimmed title, body within limits, tags trimmed, de-duplicated (ignoring case). */
export function validateIdea(input: Required<IdeaInput>): Required<IdeaInput> {
  const L = HIVEMIND_LIMITS;
  const title = typeof input.title === 'string' ? input.title.trim().replace(/\s+/g, ' ') : '';
  if (title.length < L.ideaTitleMin || title.length > L.ideaTitleMax) throw new BadInputError(`The title must have ${L.ideaTitleMin} to ${L.ideaTitleMax} characters.`, { field: 'title' });
  if (typeof input.body !== 'string' || input.body.length > L.ideaBodyMax) throw new BadInputError(`The text is limited to ${L.ideaBodyMax} characters.`, { field: 'body' });
  if (!Array.isArray(input.tags) || input.tags.length > L.tagsMax) throw new BadInputError(`At most ${L.tagsMax} tags.`, { field: 'tags' });
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const raw of input.tags) {
    const tag = typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ') : '';
    // eslint-disable-next-line no-control-regex
    if (tag.length < 1 || tag.length > L.tagLengthMax || /[\u0000-\u001f\u007f]/.test(tag)) throw new BadInputError(`Each tag must have 1 to ${L.tagLengthMax} characters.`, { field: 'tags' });
    const folded = tag.toLocaleLowerCase('fr');
    if (seen.has(folded)) continue;
    seen.add(folded);
    tags.push(tag);
  }
  return { title, body: input.body, tags };
}
