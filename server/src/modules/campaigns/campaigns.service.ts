import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CAMPAIGN_AUDIENCES,
  CAMPAIGN_STATUSES,
  can,
  DEFAULT_STAGES,
  hasRoleAtLeast,
  HIVEMIND_LIMITS,
  rooms,
  type CampaignAudience,
  type CampaignStatus,
  type PolicyContext,
  type StageKind,
} from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError } from '../../core/errors/domain-error';
import { LoaderKey } from '../../core/graphql/loaders';
import { decodeCursor, encodeCursor } from '../../core/graphql/page-info.type';
import { AuditService } from '../audit';
import { OrgService } from '../org';
import { CampaignEntity, CampaignStageEntity } from './campaign.entity';
import { CampaignNotFoundError, StageNotFoundError } from './campaigns.errors';
import { renderMarkdown } from './markdown';
import { preparedQuery } from '../../core/database/prepared-query';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;

/** Builds `$n` placeholders while collecting their values. */
export type Param = (value: unknown) => string;
export function paramList(): { params: unknown[]; param: Param } {
  const params: unknown[] = [];
  return { params, param: (value) => (params.push(value), `$${params.length}`) };
}

/**
 * SQL for "campaign `alias` is visible to `actor`": the 'campaign.view' policy rule (shared/src/policy.ts)
 * as a WHERE condition, so that lists, counts and lookups filter in PostgreSQL. Keep the two in step:
 * campaigns.e2e.ts checks both against the same people.
 */
export function campaignVisibleSql(actor: AuthUser, alias: string, param: Param): string {
  if (hasRoleAtLeast(actor.role, 'hub_coordinator') || actor.isHubMember) return 'TRUE';
  const clauses = [`${alias}.audience = 'everyone'`, `${alias}.created_by = ${param(actor.id)}::uuid`];
  if (actor.departmentId) {
    const dept = param(actor.departmentId);
    clauses.push(
      `${alias}.department_id = ${dept}::uuid`,
      `EXISTS (SELECT 1 FROM campaign_departments cd WHERE cd.campaign_id = ${alias}.id AND cd.department_id = ${dept}::uuid)`,
    );
  }
  return `(${clauses.join(' OR ')})`;
}

/**
 * SQL for "`actor` is in the audience of campaign `alias`": the audience half of the 'campaign.participate'
 * policy rule (isAudienceMember in shared/src/policy.ts) as a condition, so that a vote can be checked
 * and cast in one statement (VotesService.vote). The open half is the row's status. Keep the two in step:
 * ideas.e2e.ts votes as every role, inside and outside audiences.
 */
export function campaignParticipantSql(actor: AuthUser, alias: string, param: Param): string {
  if (!actor.departmentId) return `(${alias}.audience = 'everyone')`;
  const dept = param(actor.departmentId);
  return `(${alias}.audience = 'everyone' OR ${alias}.department_id = ${dept}::uuid
    OR EXISTS (SELECT 1 FROM campaign_departments cd WHERE cd.campaign_id = ${alias}.id AND cd.department_id = ${dept}::uuid))`;
}

/** A campaign's status by the database's clock. */
const CAMPAIGN_STATUS_SQL = (alias: string) => `CASE WHEN now() < ${alias}.opens_at THEN 'upcoming' WHEN now() >= ${alias}.closes_at THEN 'closed' ELSE 'open' END`;

/** The departments of a campaign's audience, as text, in order. */
const AUDIENCE_IDS_SQL = (alias: string) =>
  `ARRAY(SELECT cd.department_id::text FROM campaign_departments cd WHERE cd.campaign_id = ${alias}.id ORDER BY cd.department_id)`;

/** The columns of a campaign row, with its audience and its status by the database's clock. */
export const CAMPAIGN_COLUMNS = (alias: string) => `${alias}.*,
  ${AUDIENCE_IDS_SQL(alias)} AS audience_ids,
  ${CAMPAIGN_STATUS_SQL(alias)} AS status`;

/**
 * What the rules need of a campaign (campaignContext, audienceRooms, assertOpen) and what a vote needs
 * besides (its budget, hidden counts): a campaign checked without being shown (a vote, its retraction).
 */
export type CampaignRules = Pick<CampaignEntity, 'id' | 'departmentId' | 'audience' | 'audienceDepartmentIds' | 'voteBudget' | 'hideCountsUntilVoted' | 'createdBy' | 'status'>;

/**
 * The columns of CampaignRules, read by campaignRulesFromRow: the audience's departments only when the
 * campaign is not for everyone (the rules ignore them then), its status by the database's clock, and no
 * text or date to carry and parse on the request path.
 */
export const CAMPAIGN_RULE_COLUMNS = (alias: string) =>
  ['id', 'department_id', 'audience', 'vote_budget', 'hide_counts_until_voted', 'created_by'].map((c) => `${alias}.${c}`).join(', ') +
  `, CASE WHEN ${alias}.audience = 'everyone' THEN '{}'::text[] ELSE ${AUDIENCE_IDS_SQL(alias)} END AS audience_ids,
  ${CAMPAIGN_STATUS_SQL(alias)} AS status`;

export function campaignRulesFromRow(row: Record<string, unknown>): CampaignRules {
  return {
    id: row.id as string,
    departmentId: row.department_id as string,
    audience: row.audience as CampaignAudience,
    audienceDepartmentIds: (row.audience_ids as string[] | undefined) ?? [],
    voteBudget: row.vote_budget as number | null,
    hideCountsUntilVoted: row.hide_counts_until_voted as boolean,
    createdBy: row.created_by as string | null,
    status: row.status as CampaignStatus,
  };
}

const STATUS_SQL: Record<CampaignStatus, (alias: string) => string> = {
  upcoming: (a) => `now() < ${a}.opens_at`,
  open: (a) => `now() >= ${a}.opens_at AND now() < ${a}.closes_at`,
  closed: (a) => `now() >= ${a}.closes_at`,
};

/** A campaign row of CAMPAIGN_COLUMNS: its rules (campaignRulesFromRow) and what is shown of it. */
export function campaignFromRow(row: Record<string, unknown>): CampaignEntity {
  return Object.assign(new CampaignEntity(), campaignRulesFromRow(row), {
    title: row.title as string,
    description: row.description as string,
    descriptionHtml: row.description_html as string,
    opensAt: row.opens_at as Date,
    closesAt: row.closes_at as Date,
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
  });
}

function stageFromRow(row: Record<string, unknown>): CampaignStageEntity {
  return Object.assign(new CampaignStageEntity(), {
    id: row.id as string,
    campaignId: row.campaign_id as string,
    position: Number(row.position),
    key: row.key as string,
    nameFr: row.name_fr as string,
    nameEn: row.name_en as string,
    kind: row.kind as StageKind,
    createdAt: row.created_at as Date,
  });
}

export interface CampaignListQuery {
  first?: number;
  after?: string;
  status?: CampaignStatus;
}

export interface CampaignPage {
  nodes: CampaignEntity[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** What createCampaign and updateCampaign accept; undefined leaves a field as it is (null budget: unlimited). */
export interface CampaignInput {
  departmentId?: string;
  title?: string;
  description?: string;
  opensAt?: Date;
  closesAt?: Date;
  audience?: CampaignAudience;
  audienceDepartmentIds?: string[];
  voteBudget?: number | null;
  hideCountsUntilVoted?: boolean;
}

/** The policy context of a campaign: the rules of shared/src/policy.ts read it. */
export function campaignContext(campaign: CampaignRules, extra: PolicyContext = {}): PolicyContext {
  return {
    departmentId: campaign.departmentId,
    createdBy: campaign.createdBy,
    audienceDepartmentIds: campaign.audience === 'everyone' ? null : campaign.audienceDepartmentIds,
    campaignOpen: campaign.status === 'open',
    ...extra,
  };
}

/**
 * Campaigns: who sees them (audience), who creates and runs them (policy), their dates and their
 * pipeline of stages. Ideas and votes live in the ideas module, which asks this service whether a
 * campaign is visible and open.
 */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly ds: DataSource,
    private readonly org: OrgService,
    private readonly audit: AuditService,
  ) {}

  /** Stages of each campaign, in pipeline order. */
  readonly stagesByCampaign = new LoaderKey<string, CampaignStageEntity[]>('campaigns.stages', () =>
    new DataLoader(async (ids) => {
      const rows: Record<string, unknown>[] = await this.ds.query(`SELECT * FROM campaign_stages WHERE campaign_id = ANY($1::uuid[]) ORDER BY campaign_id, position`, [[...ids]]);
      const byCampaign = new Map<string, CampaignStageEntity[]>();
      for (const stage of rows.map(stageFromRow)) byCampaign.set(stage.campaignId, [...(byCampaign.get(stage.campaignId) ?? []), stage]);
      return ids.map((id) => byCampaign.get(id) ?? []);
    }),
  );

  readonly stageById = new LoaderKey<string, CampaignStageEntity | null>('campaigns.stageById', () =>
    new DataLoader(async (ids) => {
      const rows: Record<string, unknown>[] = await this.ds.query(`SELECT * FROM campaign_stages WHERE id = ANY($1::uuid[])`, [[...ids]]);
      const stages = new Map(rows.map((r) => [r.id as string, stageFromRow(r)]));
      return ids.map((id) => stages.get(id) ?? null);
    }),
  );

  /**
   * Campaigns by id without a visibility check: only for campaigns reached through something already
   * checked (an idea the person was allowed to read).
   */
  readonly byIdUnchecked = new LoaderKey<string, CampaignEntity | null>('campaigns.byId', () =>
    new DataLoader(async (ids) => {
      const rows: Record<string, unknown>[] = await this.ds.query(`SELECT ${CAMPAIGN_COLUMNS('c')} FROM campaigns c WHERE c.id = ANY($1::uuid[])`, [[...ids]]);
      const campaigns = new Map(rows.map((r) => [r.id as string, campaignFromRow(r)]));
      return ids.map((id) => campaigns.get(id) ?? null);
    }),
  );

  /** The campaigns this person may see, newest opening first, keyset-paged, optionally by status. */
  async list(actor: AuthUser, query: CampaignListQuery): Promise<CampaignPage> {
    const first = query.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > HIVEMIND_LIMITS.pageSizeMax) throw new BadInputError(`"first" must be between 1 and ${HIVEMIND_LIMITS.pageSizeMax}.`, { field: 'first' });
    if (query.status !== undefined && !CAMPAIGN_STATUSES.includes(query.status)) throw new BadInputError('Unknown campaign status.', { field: 'status' });
    const { params, param } = paramList();
    const where = [campaignVisibleSql(actor, 'c', param)];
    if (query.status) where.push(STATUS_SQL[query.status]('c'));
    const filter = where.join(' AND ');
    const filterParams = [...params];
    let keyset = '';
    if (query.after) {
      const cursor = decodeCursor(query.after, 2);
      if (!cursor || !UUID.test(cursor[1]) || Number.isNaN(Date.parse(cursor[0]))) throw new BadInputError('Invalid cursor.', { field: 'after' });
      keyset = ` AND (c.opens_at, c.id) < (${param(cursor[0])}::timestamptz, ${param(cursor[1])}::uuid)`;
    }
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${CAMPAIGN_COLUMNS('c')}, c.opens_at::text AS sort_key FROM campaigns c
        WHERE ${filter}${keyset} ORDER BY c.opens_at DESC, c.id DESC LIMIT ${param(first + 1)}`,
      params,
    );
    const [{ count }] = await this.ds.query(`SELECT count(*)::int AS count FROM campaigns c WHERE ${filter}`, filterParams);
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      nodes: page.map(campaignFromRow),
      totalCount: count,
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([String(last.sort_key), String(last.id)]) : null },
    };
  }

  /** A campaign this person may see; any other id (unknown, malformed, or not for them) is CAMPAIGN_NOT_FOUND. */
  async get(actor: AuthUser, id: string, tx: EntityManager = this.ds.manager): Promise<CampaignEntity> {
    if (typeof id !== 'string' || !UUID.test(id)) throw new CampaignNotFoundError();
    const { params, param } = paramList();
    const idParam = param(id);
    const rows = await preparedQuery(tx, `SELECT ${CAMPAIGN_COLUMNS('c')} FROM campaigns c WHERE c.id = ${idParam} AND ${campaignVisibleSql(actor, 'c', param)}`, params);
    if (!rows[0]) throw new CampaignNotFoundError();
    return campaignFromRow(rows[0]);
  }

  canRun(actor: AuthUser, campaign: CampaignEntity): boolean {
    return can(actor, 'campaign.run', campaignContext(campaign));
  }

  canParticipate(actor: AuthUser, campaign: CampaignEntity): boolean {
    return can(actor, 'campaign.participate', campaignContext(campaign));
  }

  /** A stage of this campaign, or STAGE_NOT_FOUND. */
  async getStage(campaignId: string, stageId: string, tx: EntityManager = this.ds.manager): Promise<CampaignStageEntity> {
    if (typeof stageId !== 'string' || !UUID.test(stageId)) throw new StageNotFoundError();
    const rows: Record<string, unknown>[] = await tx.query(`SELECT * FROM campaign_stages WHERE id = $1 AND campaign_id = $2`, [stageId, campaignId]);
    if (!rows[0]) throw new StageNotFoundError();
    return stageFromRow(rows[0]);
  }

  /** A campaign's stages in pipeline order (the caller has checked the campaign; in a transaction, after locking it). */
  async stagesOf(campaignId: string, tx: EntityManager = this.ds.manager): Promise<CampaignStageEntity[]> {
    const rows: Record<string, unknown>[] = await tx.query(`SELECT * FROM campaign_stages WHERE campaign_id = $1 ORDER BY position`, [campaignId]);
    return rows.map(stageFromRow);
  }

  /** Where new ideas start: the first stage of kind `submitted` (the first stage if none is). */
  async firstStage(campaignId: string, tx: EntityManager = this.ds.manager): Promise<CampaignStageEntity> {
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT * FROM campaign_stages WHERE campaign_id = $1 ORDER BY kind <> 'submitted', position LIMIT 1`,
      [campaignId],
    );
    if (!rows[0]) throw new Error(`campaign ${campaignId} has no stages`);
    return stageFromRow(rows[0]);
  }

  /**
   * The socket.io rooms allowed to hear about a campaign's ideas: undefined for everyone (a broadcast);
   * otherwise its audience's departments, its owning department and the hub. Administrators outside
   * those rooms see the change at their next read.
   */
  audienceRooms(campaign: CampaignRules): string[] | undefined {
    if (campaign.audience === 'everyone') return undefined;
    return [...new Set([...campaign.audienceDepartmentIds, campaign.departmentId].map(rooms.department)), rooms.hub()];
  }

  async create(actor: AuthUser, input: CampaignInput): Promise<CampaignEntity> {
    const departmentId = input.departmentId ?? actor.departmentId;
    if (!departmentId) throw new BadInputError('Choose the department that owns the campaign.', { field: 'departmentId' });
    if (input.title === undefined || input.opensAt === undefined || input.closesAt === undefined) throw new BadInputError('A campaign needs a title and dates.', { field: 'title' });
    const value = this.validate({
      departmentId,
      title: input.title,
      description: input.description ?? '',
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      audience: input.audience ?? 'everyone',
      audienceDepartmentIds: input.audienceDepartmentIds ?? [],
      voteBudget: input.voteBudget ?? null,
      hideCountsUntilVoted: input.hideCountsUntilVoted ?? false,
    });
    if (value.closesAt.getTime() <= Date.now()) throw new BadInputError('The closing date must be in the future.', { field: 'closesAt' });
    const { hubModel } = await this.org.getOrganisation();
    authorize(actor, 'campaign.create', this.createContext(value, hubModel), 'You may not create this campaign.');
    await this.checkDepartments([value.departmentId, ...value.audienceDepartmentIds]);

    const id = await this.ds.transaction(async (tx) => {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO campaigns (department_id, title, description, description_html, opens_at, closes_at, audience, vote_budget, hide_counts_until_voted, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [value.departmentId, value.title, value.description, renderMarkdown(value.description), value.opensAt, value.closesAt, value.audience, value.voteBudget, value.hideCountsUntilVoted, actor.id],
      );
      await this.writeAudience(tx, row.id, value.audienceDepartmentIds);
      await insertDefaultStages(tx, row.id);
      await this.audit.record({ actorId: actor.id, action: 'campaign.create', target: { type: 'campaign', id: row.id }, data: { title: value.title, departmentId: value.departmentId, audience: value.audience } }, tx);
      return row.id;
    });
    return this.get(actor, id);
  }

  /** Changes a campaign's settings. Its owning department stays; widening its audience needs the right to create such a campaign. */
  async update(actor: AuthUser, id: string, patch: CampaignInput): Promise<CampaignEntity> {
    const current = await this.get(actor, id);
    authorize(actor, 'campaign.run', campaignContext(current), 'You may not change this campaign.');
    if (patch.departmentId !== undefined && patch.departmentId !== current.departmentId) throw new BadInputError('A campaign cannot change department.', { field: 'departmentId' });
    const audienceChanged = patch.audience !== undefined || patch.audienceDepartmentIds !== undefined;
    const value = this.validate({
      departmentId: current.departmentId,
      title: patch.title ?? current.title,
      description: patch.description ?? current.description,
      opensAt: patch.opensAt ?? current.opensAt,
      closesAt: patch.closesAt ?? current.closesAt,
      audience: patch.audience ?? current.audience,
      audienceDepartmentIds: patch.audienceDepartmentIds ?? (patch.audience === 'everyone' ? [] : current.audienceDepartmentIds),
      voteBudget: patch.voteBudget === undefined ? current.voteBudget : patch.voteBudget,
      hideCountsUntilVoted: patch.hideCountsUntilVoted ?? current.hideCountsUntilVoted,
    });
    if (audienceChanged) {
      const { hubModel } = await this.org.getOrganisation();
      authorize(actor, 'campaign.create', this.createContext(value, hubModel), 'You may not open this campaign to that audience.');
      await this.checkDepartments(value.audienceDepartmentIds);
    }
    await this.ds.transaction(async (tx) => {
      await tx.query(
        `UPDATE campaigns SET title = $2, description = $3, description_html = $4, opens_at = $5, closes_at = $6, audience = $7,
                vote_budget = $8, hide_counts_until_voted = $9, updated_at = now() WHERE id = $1`,
        [id, value.title, value.description, renderMarkdown(value.description), value.opensAt, value.closesAt, value.audience, value.voteBudget, value.hideCountsUntilVoted],
      );
      if (audienceChanged) {
        await tx.query(`DELETE FROM campaign_departments WHERE campaign_id = $1`, [id]);
        await this.writeAudience(tx, id, value.audienceDepartmentIds);
      }
      const changed = Object.keys(patch).filter((k) => patch[k as keyof CampaignInput] !== undefined);
      await this.audit.record({ actorId: actor.id, action: 'campaign.update', target: { type: 'campaign', id }, data: { fields: changed } }, tx);
    });
    return this.get(actor, id);
  }

  private createContext(value: Required<CampaignInput>, hubModel: PolicyContext['hubModel']): PolicyContext {
    return { hubModel, departmentId: value.departmentId, audienceDepartmentIds: value.audience === 'everyone' ? null : value.audienceDepartmentIds };
  }

  /** Checks and normalises a campaign's full settings; throws BAD_USER_INPUT naming the field. */
  private validate(input: Required<CampaignInput>): Required<CampaignInput> {
    const title = typeof input.title === 'string' ? input.title.trim() : '';
    if (title.length < 1 || title.length > HIVEMIND_LIMITS.campaignTitleMax) throw new BadInputError(`The title must have 1 to ${HIVEMIND_LIMITS.campaignTitleMax} characters.`, { field: 'title' });
    if (typeof input.description !== 'string' || input.description.length > HIVEMIND_LIMITS.campaignDescriptionMax) {
      throw new BadInputError(`The description is limited to ${HIVEMIND_LIMITS.campaignDescriptionMax} characters.`, { field: 'description' });
    }
    if (!UUID.test(input.departmentId)) throw new BadInputError('Unknown department.', { field: 'departmentId' });
    const opensAt = input.opensAt;
    const closesAt = input.closesAt;
    if (!(opensAt instanceof Date) || Number.isNaN(opensAt.getTime())) throw new BadInputError('Invalid opening date.', { field: 'opensAt' });
    if (!(closesAt instanceof Date) || Number.isNaN(closesAt.getTime())) throw new BadInputError('Invalid closing date.', { field: 'closesAt' });
    if (closesAt.getTime() <= opensAt.getTime()) throw new BadInputError('The campaign must close after it opens.', { field: 'closesAt' });
    if (closesAt.getTime() - opensAt.getTime() > HIVEMIND_LIMITS.campaignDaysMax * DAY_MS) throw new BadInputError(`A campaign may stay open ${HIVEMIND_LIMITS.campaignDaysMax} days at most.`, { field: 'closesAt' });
    if (!CAMPAIGN_AUDIENCES.includes(input.audience)) throw new BadInputError('Unknown audience.', { field: 'audience' });
    const ids = [...new Set(input.audienceDepartmentIds)];
    if (input.audience === 'everyone' && ids.length > 0) throw new BadInputError('A campaign for everyone lists no departments.', { field: 'audienceDepartmentIds' });
    if (input.audience === 'departments' && (ids.length < 1 || ids.length > HIVEMIND_LIMITS.audienceDepartmentsMax)) {
      throw new BadInputError(`Choose 1 to ${HIVEMIND_LIMITS.audienceDepartmentsMax} departments.`, { field: 'audienceDepartmentIds' });
    }
    if (!ids.every((id) => typeof id === 'string' && UUID.test(id))) throw new BadInputError('Unknown department.', { field: 'audienceDepartmentIds' });
    const budget = input.voteBudget;
    if (budget !== null && (!Number.isInteger(budget) || budget < 1 || budget > HIVEMIND_LIMITS.voteBudgetMax)) {
      throw new BadInputError(`The vote budget must be between 1 and ${HIVEMIND_LIMITS.voteBudgetMax}, or none.`, { field: 'voteBudget' });
    }
    if (typeof input.hideCountsUntilVoted !== 'boolean') throw new BadInputError('Invalid value.', { field: 'hideCountsUntilVoted' });
    return { ...input, title, opensAt, closesAt, audienceDepartmentIds: ids.sort() };
  }

  private async checkDepartments(ids: string[]): Promise<void> {
    const known = new Set((await this.org.listDepartments()).map((d) => d.id));
    if (!ids.every((id) => known.has(id))) throw new BadInputError('Unknown department.', { field: 'audienceDepartmentIds' });
  }

  private async writeAudience(tx: EntityManager, campaignId: string, departmentIds: string[]): Promise<void> {
    if (departmentIds.length === 0) return;
    await tx.query(`INSERT INTO campaign_departments (campaign_id, department_id) SELECT $1, unnest($2::uuid[])`, [campaignId, departmentIds]);
  }
}

/** Every new campaign starts with the default pipeline (DEFAULT_STAGES). */
export async function insertDefaultStages(tx: EntityManager, campaignId: string): Promise<void> {
  await tx.query(
    `INSERT INTO campaign_stages (campaign_id, position, key, name_fr, name_en, kind)
     SELECT $1, s.position, s.key, s.name_fr, s.name_en, s.kind
       FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[]) AS s(position, key, name_fr, name_en, kind)`,
    [campaignId, DEFAULT_STAGES.map((_, i) => i), DEFAULT_STAGES.map((s) => s.key), DEFAULT_STAGES.map((s) => s.nameFr), DEFAULT_STAGES.map((s) => s.nameEn), DEFAULT_STAGES.map((s) => s.kind)],
  );
}
