import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { can, CRITERION_KINDS, REVIEW_LIMITS, type Actor, type CriterionKind } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { BadInputError } from '../../core/errors/domain-error';
import { LoaderKey } from '../../core/graphql/loaders';
import { AuditService } from '../audit';
import { campaignContext, StagesService, UUID, type CampaignEntity, type CampaignStageEntity } from '../campaigns';
import { ScorecardLockedError, ScorecardNotFoundError } from './reviews.errors';

export interface Criterion {
  id: string;
  stageId: string;
  position: number;
  kind: CriterionKind;
  labelFr: string;
  labelEn: string;
  descriptionFr: string;
  descriptionEn: string;
  weight: number | null;
  currency: string | null;
}

export interface Scorecard {
  stageId: string;
  campaignId: string;
  scaleMax: number;
  autoAdvance: boolean;
  advanceThreshold: number | null;
  declineThreshold: number | null;
  allowVolunteers: boolean;
  criteria: Criterion[];
}

export interface CriterionInputValue {
  id?: string | null;
  kind: CriterionKind;
  labelFr: string;
  labelEn: string;
  descriptionFr?: string | null;
  descriptionEn?: string | null;
  weight?: number | null;
  currency?: string | null;
}

export interface ScorecardInputValue {
  scaleMax: number;
  criteria: CriterionInputValue[];
  autoAdvance: boolean;
  advanceThreshold?: number | null;
  declineThreshold?: number | null;
  allowVolunteers: boolean;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function criterionFromRow(r: Record<string, unknown>): Criterion {
  return {
    id: r.id as string,
    stageId: r.stage_id as string,
    position: Number(r.position),
    kind: r.kind as CriterionKind,
    labelFr: r.label_fr as string,
    labelEn: r.label_en as string,
    descriptionFr: r.description_fr as string,
    descriptionEn: r.description_en as string,
    weight: num(r.weight),
    currency: (r.currency as string | null) ?? null,
  };
}

/** Reads scorecards (criteria in order) for these stages, in one pair of statements. */
export async function readScorecards(db: EntityManager | DataSource, stageIds: readonly string[], lock = ''): Promise<Map<string, Scorecard>> {
  const cards: Record<string, unknown>[] = await db.query(`SELECT * FROM stage_scorecards WHERE stage_id = ANY($1::uuid[]) ${lock}`, [[...stageIds]]);
  const criteria: Record<string, unknown>[] = await db.query(`SELECT * FROM review_criteria WHERE stage_id = ANY($1::uuid[]) ORDER BY stage_id, position`, [[...stageIds]]);
  const map = new Map<string, Scorecard>();
  for (const c of cards) {
    map.set(c.stage_id as string, {
      stageId: c.stage_id as string,
      campaignId: c.campaign_id as string,
      scaleMax: Number(c.scale_max),
      autoAdvance: c.auto_advance as boolean,
      advanceThreshold: num(c.advance_threshold),
      declineThreshold: num(c.decline_threshold),
      allowVolunteers: c.allow_volunteers as boolean,
      criteria: [],
    });
  }
  for (const r of criteria) map.get(r.stage_id as string)?.criteria.push(criterionFromRow(r));
  return map;
}

/**
 * Scorecards of review stages and their assigned reviewers, for the people who run the campaign
 * (audited). Edits lock the campaign row like pipeline edits, and the scorecard row itself, so a
 * review being written at that moment (which reads the scorecard FOR SHARE) sees either the old or
 * the new scorecard whole.
 */
@Injectable()
export class ScorecardsService {
  constructor(
    private readonly ds: DataSource,
    private readonly stages: StagesService,
    private readonly audit: AuditService,
  ) {}

  readonly byStage = new LoaderKey<string, Scorecard | null>('reviews.scorecardByStage', () =>
    new DataLoader(async (stageIds) => {
      const cards = await readScorecards(this.ds, stageIds);
      return stageIds.map((id) => cards.get(id) ?? null);
    }),
  );

  /** The ids of each stage's assigned reviewers who are still active. */
  readonly reviewerIds = new LoaderKey<string, string[]>('reviews.reviewerIds', () =>
    new DataLoader(async (stageIds) => {
      const rows: { stage_id: string; user_id: string }[] = await this.ds.query(
        `SELECT sr.stage_id, sr.user_id FROM stage_reviewers sr JOIN users u ON u.id = sr.user_id
          WHERE sr.stage_id = ANY($1::uuid[]) AND u.deactivated_at IS NULL ORDER BY sr.created_at, sr.user_id`,
        [[...stageIds]],
      );
      const by = new Map<string, string[]>();
      for (const r of rows) by.set(r.stage_id, [...(by.get(r.stage_id) ?? []), r.user_id]);
      return stageIds.map((id) => by.get(id) ?? []);
    }),
  );

  /** Sets (creates or replaces) the scorecard of a review stage. */
  async set(actor: AuthUser, stageId: string, input: ScorecardInputValue): Promise<CampaignStageEntity> {
    const { campaign, stage } = await this.stages.runnableStage(actor, stageId);
    if (stage.kind !== 'review') throw new BadInputError('Only review stages carry a scorecard.', { field: 'stageId' });
    const value = validateScorecard(input);
    await this.ds.transaction(async (tx) => {
      await tx.query(`SELECT id FROM campaigns WHERE id = $1 FOR UPDATE`, [campaign.id]);
      const current = (await readScorecards(tx, [stage.id], 'FOR UPDATE')).get(stage.id) ?? null;
      const [{ n: reviews }] = await tx.query(`SELECT count(*)::int AS n FROM idea_reviews WHERE stage_id = $1`, [stage.id]);
      if (current && reviews > 0 && current.scaleMax !== value.scaleMax) throw new ScorecardLockedError('Reviews already use this scale: it can no longer change.');
      const known = new Map((current?.criteria ?? []).map((c) => [c.id, c]));
      for (const c of value.criteria) {
        if (c.id == null) continue;
        const existing = known.get(c.id);
        if (!existing) throw new BadInputError('Unknown criterion.', { field: 'criteria' });
        if (existing.kind !== c.kind) throw new BadInputError('A criterion keeps its kind; remove it and add another.', { field: 'criteria' });
      }
      await tx.query(
        `INSERT INTO stage_scorecards (stage_id, campaign_id, scale_max, auto_advance, advance_threshold, decline_threshold, allow_volunteers)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (stage_id) DO UPDATE SET scale_max = $3, auto_advance = $4, advance_threshold = $5, decline_threshold = $6, allow_volunteers = $7, updated_at = now()`,
        [stage.id, campaign.id, value.scaleMax, value.autoAdvance, value.advanceThreshold, value.declineThreshold, value.allowVolunteers],
      );
      const keep = value.criteria.map((c) => c.id).filter((id): id is string => !!id);
      await tx.query(`DELETE FROM review_criteria WHERE stage_id = $1 AND NOT (id = ANY($2::uuid[]))`, [stage.id, keep]);
      await tx.query(`SET CONSTRAINTS review_criteria_position DEFERRED`);
      for (const [position, c] of value.criteria.entries()) {
        const values = [position, c.kind, c.labelFr, c.labelEn, c.descriptionFr, c.descriptionEn, c.weight, c.currency];
        if (c.id) {
          await tx.query(
            `UPDATE review_criteria SET position = $3, kind = $4, label_fr = $5, label_en = $6, description_fr = $7, description_en = $8, weight = $9, currency = $10 WHERE id = $1 AND stage_id = $2`,
            [c.id, stage.id, ...values],
          );
        } else {
          await tx.query(
            `INSERT INTO review_criteria (stage_id, position, kind, label_fr, label_en, description_fr, description_en, weight, currency) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [stage.id, ...values],
          );
        }
      }
      await tx.query(`SET CONSTRAINTS review_criteria_position IMMEDIATE`);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'campaign.scorecard.set',
          target: { type: 'campaign', id: campaign.id },
          data: { stageId: stage.id, criteria: value.criteria.length, scaleMax: value.scaleMax, autoAdvance: value.autoAdvance, advanceThreshold: value.advanceThreshold, declineThreshold: value.declineThreshold },
        },
        tx,
      );
    });
    return stage;
  }

  /** Removes a stage's scorecard (and its reviewer assignments); refused once reviews exist there. */
  async remove(actor: AuthUser, stageId: string): Promise<CampaignStageEntity> {
    const { campaign, stage } = await this.stages.runnableStage(actor, stageId);
    await this.ds.transaction(async (tx) => {
      await tx.query(`SELECT id FROM campaigns WHERE id = $1 FOR UPDATE`, [campaign.id]);
      const [card] = await tx.query(`SELECT stage_id FROM stage_scorecards WHERE stage_id = $1 FOR UPDATE`, [stage.id]);
      if (!card) throw new ScorecardNotFoundError();
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM idea_reviews WHERE stage_id = $1`, [stage.id]);
      if (n > 0) throw new ScorecardLockedError('Reviews were written with this scorecard: it can be changed, not removed.');
      await tx.query(`DELETE FROM stage_scorecards WHERE stage_id = $1`, [stage.id]);
      await this.audit.record({ actorId: actor.id, action: 'campaign.scorecard.remove', target: { type: 'campaign', id: campaign.id }, data: { stageId: stage.id } }, tx);
    });
    return stage;
  }

  /**
   * Sets the reviewers assigned to a stage. Each must be an active person who can see the campaign
   * (its audience rule), else BAD_USER_INPUT naming them. Reviews already written stay.
   */
  async setReviewers(actor: AuthUser, stageId: string, userIds: string[]): Promise<CampaignStageEntity> {
    const { campaign, stage } = await this.stages.runnableStage(actor, stageId);
    if (!Array.isArray(userIds) || userIds.length > REVIEW_LIMITS.reviewersMax) throw new BadInputError(`${REVIEW_LIMITS.reviewersMax} reviewers at most.`, { field: 'userIds' });
    const ids = [...new Set(userIds)];
    if (!ids.every((id) => typeof id === 'string' && UUID.test(id))) throw new BadInputError('Unknown person.', { field: 'userIds' });
    const people = await this.actors(ids);
    const refused = ids.filter((id) => {
      const person = people.get(id);
      return !person || !can(person, 'campaign.view', campaignContext(campaign));
    });
    if (refused.length > 0) throw new BadInputError('Each reviewer must be an active person who can see this campaign.', { field: 'userIds', userIds: refused });
    await this.ds.transaction(async (tx) => {
      await tx.query(`SELECT id FROM campaigns WHERE id = $1 FOR UPDATE`, [campaign.id]);
      const [card] = await tx.query(`SELECT stage_id FROM stage_scorecards WHERE stage_id = $1 FOR UPDATE`, [stage.id]);
      if (!card) throw new ScorecardNotFoundError();
      await tx.query(`DELETE FROM stage_reviewers WHERE stage_id = $1 AND NOT (user_id = ANY($2::uuid[]))`, [stage.id, ids]);
      await tx.query(
        `INSERT INTO stage_reviewers (stage_id, user_id, campaign_id, assigned_by) SELECT $1, unnest($2::uuid[]), $3, $4 ON CONFLICT DO NOTHING`,
        [stage.id, ids, campaign.id, actor.id],
      );
      await this.audit.record({ actorId: actor.id, action: 'campaign.reviewers.set', target: { type: 'campaign', id: campaign.id }, data: { stageId: stage.id, userIds: ids } }, tx);
    });
    return stage;
  }

  /** People as policy actors (role, department, hub membership), active ones only; inside a transaction, on its connection. */
  async actors(ids: readonly string[], db: EntityManager = this.ds.manager): Promise<Map<string, Actor>> {
    const rows: { id: string; role: Actor['role']; department_id: string | null; is_hub: boolean }[] = await db.query(
      `SELECT u.id, u.role, u.department_id, coalesce(d.kind = 'hub', false) AS is_hub
         FROM users u LEFT JOIN departments d ON d.id = u.department_id
        WHERE u.id = ANY($1::uuid[]) AND u.deactivated_at IS NULL`,
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, role: r.role, departmentId: r.department_id, isHubMember: r.is_hub }]));
  }

  /** Whether this person runs the campaign (for reading reviewer lists). */
  canRun(actor: AuthUser, campaign: CampaignEntity): boolean {
    return can(actor, 'campaign.run', campaignContext(campaign));
  }
}

type ValidScorecard = Omit<Required<ScorecardInputValue>, 'criteria'> & {
  advanceThreshold: number | null;
  declineThreshold: number | null;
  criteria: (Required<Omit<CriterionInputValue, 'id'>> & { id: string | null; descriptionFr: string; descriptionEn: string; weight: number | null; currency: string | null })[];
};

/** At most two decimals (what numeric(…, 2) stores), with floating point's slack (0.07 · 100 = 7.000000000000001). */
const twoDecimals = (v: number) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6;

function text(value: unknown, max: number, field: string, required: boolean): string {
  if (value === null || value === undefined) {
    if (required) throw new BadInputError('Required.', { field });
    return '';
  }
  if (typeof value !== 'string') throw new BadInputError('Invalid value.', { field });
  const t = value.trim().replace(/\s+/g, ' ');
  if ((required && t.length < 1) || t.length > max) throw new BadInputError(`${required ? '1' : '0'} to ${max} characters.`, { field });
  return t;
}

/** Checks a whole scorecard; throws BAD_USER_INPUT naming the field. */
export function validateScorecard(input: ScorecardInputValue): ValidScorecard {
  const L = REVIEW_LIMITS;
  const scaleMax = input.scaleMax;
  if (!Number.isInteger(scaleMax) || scaleMax < L.scaleMaxMin || scaleMax > L.scaleMaxMax) throw new BadInputError(`The scale goes from 1 to ${L.scaleMaxMin}…${L.scaleMaxMax}.`, { field: 'scaleMax' });
  if (!Array.isArray(input.criteria) || input.criteria.length < 1 || input.criteria.length > L.criteriaMax) throw new BadInputError(`1 to ${L.criteriaMax} criteria.`, { field: 'criteria' });
  const ids = input.criteria.map((c) => c.id).filter((id) => id != null);
  if (!ids.every((id) => typeof id === 'string' && UUID.test(id)) || new Set(ids).size !== ids.length) throw new BadInputError('Unknown criterion.', { field: 'criteria' });
  const criteria = input.criteria.map((c) => {
    if (!CRITERION_KINDS.includes(c.kind)) throw new BadInputError('Unknown criterion kind.', { field: 'criteria.kind' });
    const base = {
      id: c.id ?? null,
      kind: c.kind,
      labelFr: text(c.labelFr, L.criterionLabelMax, 'criteria.labelFr', true),
      labelEn: text(c.labelEn, L.criterionLabelMax, 'criteria.labelEn', true),
      descriptionFr: text(c.descriptionFr, L.criterionDescriptionMax, 'criteria.descriptionFr', false),
      descriptionEn: text(c.descriptionEn, L.criterionDescriptionMax, 'criteria.descriptionEn', false),
    };
    if (c.kind === 'score') {
      const w = c.weight;
      if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0 || w > L.weightMax || !twoDecimals(w)) {
        throw new BadInputError(`A weight is a number above 0 and up to ${L.weightMax} (two decimals).`, { field: 'criteria.weight' });
      }
      if (c.currency != null) throw new BadInputError('Only estimates have a currency.', { field: 'criteria.currency' });
      return { ...base, weight: w, currency: null };
    }
    if (c.weight != null) throw new BadInputError('Estimates are shown, never weighted.', { field: 'criteria.weight' });
    if (typeof c.currency !== 'string' || !/^[A-Z]{3}$/.test(c.currency)) throw new BadInputError('An estimate needs a currency (ISO 4217, e.g. EUR).', { field: 'criteria.currency' });
    return { ...base, weight: null, currency: c.currency };
  });
  if (!criteria.some((c) => c.kind === 'score')) throw new BadInputError('A scorecard needs at least one scored criterion.', { field: 'criteria' });
  if (typeof input.autoAdvance !== 'boolean' || typeof input.allowVolunteers !== 'boolean') throw new BadInputError('Invalid value.', { field: 'autoAdvance' });
  const threshold = (v: number | null | undefined, field: string): number | null => {
    if (v === null || v === undefined) return null;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 1 || v > scaleMax || !twoDecimals(v)) {
      throw new BadInputError(`A threshold is between 1 and ${scaleMax} (two decimals).`, { field });
    }
    return Math.round(v * 100) / 100;
  };
  const advanceThreshold = threshold(input.advanceThreshold, 'advanceThreshold');
  const declineThreshold = threshold(input.declineThreshold, 'declineThreshold');
  if (input.autoAdvance && advanceThreshold === null) throw new BadInputError('Moving ideas on by themselves needs a threshold.', { field: 'advanceThreshold' });
  if (advanceThreshold !== null && declineThreshold !== null && declineThreshold >= advanceThreshold) {
    throw new BadInputError('The decline threshold is below the advance threshold.', { field: 'declineThreshold' });
  }
  return { scaleMax, criteria, autoAdvance: input.autoAdvance, advanceThreshold, declineThreshold, allowVolunteers: input.allowVolunteers };
}
