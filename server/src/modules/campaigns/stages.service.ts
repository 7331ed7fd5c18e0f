import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { HIVEMIND_LIMITS, pipelineProblem, STAGE_KINDS, type StageKind } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError, DomainError } from '../../core/errors/domain-error';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { AuditService } from '../audit';
import type { CampaignEntity, CampaignStageEntity } from './campaign.entity';
import { StageNotFoundError } from './campaigns.errors';
import { campaignContext, CampaignsService, UUID } from './campaigns.service';

export class PipelineRuleBrokenError extends DomainError {
  constructor(message: string) {
    super('PIPELINE_RULE_BROKEN', message);
  }
}

export class PipelineChangedError extends DomainError {
  constructor() {
    super('PIPELINE_CHANGED', 'The pipeline was changed meanwhile: read it again.');
  }
}

export class StageNotEmptyError extends DomainError {
  constructor(count: number) {
    super('STAGE_NOT_EMPTY', 'This stage still holds ideas: choose a stage to move them to.', { ideas: count });
  }
}

/**
 * How a removed stage's ideas reach their new stage, inside the removal's transaction; returns what to
 * do after commit. Without one (the default), one UPDATE moves them all and an idea:stage event goes
 * out for each. The reviews module sets one that sends each idea through IdeasService.applyStageMove,
 * so that followers are told and votes of ideas sent to a declined stage come back, as for any move.
 */
export type IdeaMover = (
  tx: EntityManager,
  move: { actorId: string; ideaIds: string[]; from: CampaignStageEntity; to: CampaignStageEntity; campaign: CampaignEntity },
) => Promise<() => void>;

export interface StageNames {
  nameFr?: string;
  nameEn?: string;
}

/**
 * Editing a campaign's pipeline — rename, add, reorder, remove stages — for the people who run it
 * (audited). Every edit locks the campaign row first (SELECT … FOR UPDATE), so two runners editing at
 * once are serialised and positions stay 0…n-1 without gaps or duplicates; then it checks the
 * pipeline rules (shared/src/reviews.ts pipelineProblem: `submitted` first, `declined` last, 2 to 12
 * stages) on the pipeline as it would be, and refuses with PIPELINE_RULE_BROKEN before writing.
 */
@Injectable()
export class StagesService {
  constructor(
    private readonly ds: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
  ) {}

  private mover: IdeaMover | null = null;

  /** Sets how a removed stage's ideas move (see IdeaMover). */
  setIdeaMover(mover: IdeaMover): void {
    this.mover = mover;
  }

  /** Renames a stage (either language or both). Its key, kind and place stay. */
  async rename(actor: AuthUser, stageId: string, names: StageNames): Promise<CampaignEntity> {
    const { campaign, stage } = await this.runnableStage(actor, stageId);
    const nameFr = names.nameFr === undefined ? stage.nameFr : validName(names.nameFr, 'nameFr');
    const nameEn = names.nameEn === undefined ? stage.nameEn : validName(names.nameEn, 'nameEn');
    await this.ds.transaction(async (tx) => {
      await this.lockPipeline(tx, campaign.id);
      const updated: unknown[] = await tx.query(`UPDATE campaign_stages SET name_fr = $2, name_en = $3 WHERE id = $1 RETURNING id`, [stage.id, nameFr, nameEn]);
      // Removed by another runner between the read and the lock.
      if (updated.length === 0) throw new StageNotFoundError();
      await this.audit.record({ actorId: actor.id, action: 'campaign.stage.rename', target: { type: 'campaign', id: campaign.id }, data: { stageId: stage.id, nameFr, nameEn } }, tx);
    });
    return this.campaigns.get(actor, campaign.id);
  }

  /**
   * Adds a stage of `kind` at `position` (default: just before the `declined` stage, i.e. at the end of
   * the main line). Positions at and after it shift by one. Its key is made from its English name.
   */
  async add(actor: AuthUser, campaignId: string, input: { nameFr: string; nameEn: string; kind: StageKind; position?: number | null }): Promise<CampaignEntity> {
    const campaign = await this.campaigns.get(actor, campaignId);
    authorize(actor, 'campaign.run', campaignContext(campaign), 'Only the people who run this campaign may change its pipeline.');
    const nameFr = validName(input.nameFr, 'nameFr');
    const nameEn = validName(input.nameEn, 'nameEn');
    if (!STAGE_KINDS.includes(input.kind)) throw new BadInputError('Unknown stage kind.', { field: 'kind' });
    if (input.position != null && (!Number.isInteger(input.position) || input.position < 0)) throw new BadInputError('Invalid position.', { field: 'position' });
    await this.ds.transaction(async (tx) => {
      const stages = await this.lockPipeline(tx, campaign.id);
      const position = input.position == null ? stages.length - 1 : Math.min(input.position, stages.length);
      const kinds = stages.map((s) => s.kind);
      kinds.splice(position, 0, input.kind);
      const problem = pipelineProblem(kinds);
      if (problem) throw new PipelineRuleBrokenError(problem);
      const key = uniqueKey(nameEn, new Set(stages.map((s) => s.key)));
      await tx.query(`SET CONSTRAINTS campaign_stages_position DEFERRED`);
      await tx.query(`UPDATE campaign_stages SET position = position + 1 WHERE campaign_id = $1 AND position >= $2`, [campaign.id, position]);
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO campaign_stages (campaign_id, position, key, name_fr, name_en, kind) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [campaign.id, position, key, nameFr, nameEn, input.kind],
      );
      await tx.query(`SET CONSTRAINTS campaign_stages_position IMMEDIATE`);
      await this.audit.record({ actorId: actor.id, action: 'campaign.stage.add', target: { type: 'campaign', id: campaign.id }, data: { stageId: row.id, kind: input.kind, position } }, tx);
    });
    return this.campaigns.get(actor, campaign.id);
  }

  /**
   * Puts the stages in the order given: every stage of the campaign exactly once. A list that does not
   * match the stages as they are now (one was added or removed meanwhile) is PIPELINE_CHANGED.
   */
  async reorder(actor: AuthUser, campaignId: string, stageIds: string[]): Promise<CampaignEntity> {
    const campaign = await this.campaigns.get(actor, campaignId);
    authorize(actor, 'campaign.run', campaignContext(campaign), 'Only the people who run this campaign may change its pipeline.');
    if (!Array.isArray(stageIds) || stageIds.length > HIVEMIND_LIMITS.pageSizeMax || !stageIds.every((id) => typeof id === 'string' && UUID.test(id))) {
      throw new BadInputError('Unknown stages.', { field: 'stageIds' });
    }
    if (new Set(stageIds).size !== stageIds.length) throw new BadInputError('Each stage once.', { field: 'stageIds' });
    await this.ds.transaction(async (tx) => {
      const stages = await this.lockPipeline(tx, campaign.id);
      const byId = new Map(stages.map((s) => [s.id, s]));
      if (stageIds.length !== stages.length || !stageIds.every((id) => byId.has(id))) throw new PipelineChangedError();
      const problem = pipelineProblem(stageIds.map((id) => byId.get(id)!.kind));
      if (problem) throw new PipelineRuleBrokenError(problem);
      if (stageIds.every((id, i) => byId.get(id)!.position === i)) return;
      // One statement; the unique (campaign, position) constraint is checked at its end.
      await tx.query(`SET CONSTRAINTS campaign_stages_position DEFERRED`);
      await tx.query(
        `UPDATE campaign_stages s SET position = o.position - 1
           FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
          WHERE s.id = o.id AND s.campaign_id = $1`,
        [campaign.id, stageIds],
      );
      await tx.query(`SET CONSTRAINTS campaign_stages_position IMMEDIATE`);
      await this.audit.record({ actorId: actor.id, action: 'campaign.stage.reorder', target: { type: 'campaign', id: campaign.id }, data: { order: stageIds } }, tx);
    });
    return this.campaigns.get(actor, campaign.id);
  }

  /**
   * Removes a stage. One that holds ideas (any: hidden and merged ones too) needs `moveIdeasTo`, another
   * stage of the campaign, where they all go in the same transaction (through the IdeaMover when one is
   * set, see setIdeaMover); without it, STAGE_NOT_EMPTY. The `submitted` and `declined` stages cannot
   * go (PIPELINE_RULE_BROKEN). The stage's scorecard and reviews go with it (cascade).
   */
  async remove(actor: AuthUser, stageId: string, moveIdeasTo?: string | null): Promise<CampaignEntity> {
    const { campaign, stage } = await this.runnableStage(actor, stageId);
    if (moveIdeasTo != null && (typeof moveIdeasTo !== 'string' || !UUID.test(moveIdeasTo) || moveIdeasTo === stage.id)) {
      throw new BadInputError('Choose another stage of this campaign.', { field: 'moveIdeasTo' });
    }
    const moved = await this.ds.transaction(async (tx) => {
      const stages = await this.lockPipeline(tx, campaign.id);
      const current = stages.find((s) => s.id === stage.id);
      if (!current) throw new StageNotFoundError();
      const problem = pipelineProblem(stages.filter((s) => s.id !== stage.id).map((s) => s.kind));
      if (problem) throw new PipelineRuleBrokenError(problem);
      const target = moveIdeasTo == null ? null : stages.find((s) => s.id === moveIdeasTo);
      if (moveIdeasTo != null && !target) throw new BadInputError('Choose another stage of this campaign.', { field: 'moveIdeasTo' });
      // Lock the stage row: a concurrent move of an idea into it (its foreign key check) waits for us,
      // then fails on the deleted row, instead of slipping an idea in between our move and the delete.
      await tx.query(`SELECT id FROM campaign_stages WHERE id = $1 FOR UPDATE`, [stage.id]);
      const ideas: { id: string }[] = await tx.query(`SELECT id FROM ideas WHERE stage_id = $1 FOR UPDATE`, [stage.id]);
      if (ideas.length > 0 && !target) throw new StageNotEmptyError(ideas.length);
      let afterCommit = () => {};
      if (ideas.length > 0 && target) {
        const ideaIds = ideas.map((i) => i.id);
        if (this.mover) afterCommit = await this.mover(tx, { actorId: actor.id, ideaIds, from: current, to: target, campaign });
        else {
          await tx.query(`UPDATE ideas SET stage_id = $2, updated_at = now() WHERE stage_id = $1`, [stage.id, target.id]);
          await tx.query(`UPDATE idea_tallies SET last_activity_at = now() WHERE idea_id = ANY($1::uuid[])`, [ideaIds]);
          afterCommit = () => {
            const rooms = this.campaigns.audienceRooms(campaign);
            const io = this.realtime.server;
            for (const ideaId of ideaIds) if (io) (rooms ? io.to(rooms) : io).emit('idea:stage', { ideaId, campaignId: campaign.id, stageId: target.id });
          };
        }
      }
      await tx.query(`DELETE FROM campaign_stages WHERE id = $1`, [stage.id]);
      await tx.query(`SET CONSTRAINTS campaign_stages_position DEFERRED`);
      await tx.query(`UPDATE campaign_stages SET position = position - 1 WHERE campaign_id = $1 AND position > $2`, [campaign.id, current.position]);
      await tx.query(`SET CONSTRAINTS campaign_stages_position IMMEDIATE`);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'campaign.stage.remove',
          target: { type: 'campaign', id: campaign.id },
          data: { stageId: stage.id, kind: stage.kind, nameEn: stage.nameEn, movedTo: target?.id ?? null, ideas: ideas.map((i) => i.id) },
        },
        tx,
      );
      return afterCommit;
    });
    moved();
    return this.campaigns.get(actor, campaign.id);
  }

  /** Ideas in each stage (on the board: not hidden, not merged), for the pipeline editor. */
  async ideaCounts(stageIds: readonly string[]): Promise<number[]> {
    const rows: { stage_id: string; n: number }[] = await this.ds.query(
      `SELECT stage_id, count(*)::int AS n FROM ideas WHERE stage_id = ANY($1::uuid[]) AND hidden_at IS NULL AND merged_into_id IS NULL GROUP BY stage_id`,
      [[...stageIds]],
    );
    const counts = new Map(rows.map((r) => [r.stage_id, r.n]));
    return stageIds.map((id) => counts.get(id) ?? 0);
  }

  /** A stage whose campaign the person sees (else STAGE_NOT_FOUND) and runs (else FORBIDDEN). */
  async runnableStage(actor: AuthUser, stageId: string): Promise<{ campaign: CampaignEntity; stage: CampaignStageEntity }> {
    if (typeof stageId !== 'string' || !UUID.test(stageId)) throw new StageNotFoundError();
    const [row]: { campaign_id: string }[] = await this.ds.query(`SELECT campaign_id FROM campaign_stages WHERE id = $1`, [stageId]);
    if (!row) throw new StageNotFoundError();
    const campaign = await this.campaigns.get(actor, row.campaign_id).catch(() => {
      throw new StageNotFoundError();
    });
    authorize(actor, 'campaign.run', campaignContext(campaign), 'Only the people who run this campaign may change its pipeline.');
    return { campaign, stage: await this.campaigns.getStage(campaign.id, stageId) };
  }

  /** Locks the campaign row (serialising pipeline edits) and reads its stages in order. */
  private async lockPipeline(tx: EntityManager, campaignId: string): Promise<CampaignStageEntity[]> {
    await tx.query(`SELECT id FROM campaigns WHERE id = $1 FOR UPDATE`, [campaignId]);
    return this.campaigns.stagesOf(campaignId, tx);
  }
}

function validName(value: unknown, field: string): string {
  const name = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
  if (name.length < 1 || name.length > HIVEMIND_LIMITS.stageNameMax) throw new BadInputError(`A stage name has 1 to ${HIVEMIND_LIMITS.stageNameMax} characters.`, { field });
  return name;
}

/** A stage key from a name: lower-case ASCII letters, digits and dashes, made unique with -2, -3… */
export function uniqueKey(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'stage';
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
