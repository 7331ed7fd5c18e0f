import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ALERT_KINDS, ALERT_LIMITS, can, type Actor } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError, NotFoundError } from '../../core/errors/domain-error';
import { AuditService } from '../audit';
import { OrgService } from '../org';
import { compileKeywords, CountsReader, DEFAULT_TUNING, type SeriesSpec } from '../signals';
import { boundedOrNull, cooldownOf, kindsOf, presetOf, ruleFromRow, timeZoneOf, type AlertRule } from './alert-rule';
import { AlertRuleNotFoundError } from './alerts.errors';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** People post by the company's wall clock; the demo company is in Paris. A rule may name another zone. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** What a rule watches, resolved: the series to count and who may see it. */
export interface RuleSubject {
  label: string;
  /** the watchlist's department (null: company-wide) */
  departmentId: string | null;
  spec: SeriesSpec;
  /** names what the detector's state learned on: a change starts the series over */
  seriesKey: string;
}

/** A rule's fields before they are stored (validated). */
export type RuleDraft = Omit<AlertRule, 'id' | 'tuning' | 'createdBy' | 'createdAt' | 'updatedAt' | 'firstDataAt'>;

export interface RuleInput {
  name?: unknown;
  termId?: unknown;
  watchlistId?: unknown;
  keywords?: unknown;
  sentimentMaxMean?: unknown;
  negativeShareMin?: unknown;
  kinds?: unknown;
  preset?: unknown;
  cooldownMinutes?: unknown;
  timeZone?: unknown;
  enabled?: unknown;
  departmentIds?: unknown;
  personIds?: unknown;
}

const RULE_COLUMNS = `r.*, (s.state->>'first')::float8 AS state_first`;

function idList(value: unknown, field: string, max: number): string[] {
  if (!Array.isArray(value)) throw new BadInputError(`"${field}" must be a list of ids.`, { field });
  if (value.length > max) throw new BadInputError(`"${field}" holds at most ${max} ids.`, { field, max });
  for (const id of value) if (typeof id !== 'string' || !UUID.test(id)) throw new BadInputError(`"${field}" must hold ids.`, { field });
  return [...new Set((value as string[]).map((id) => id.toLowerCase()))].sort();
}

/**
 * Alert rules: the hub (and administrators) create, edit, switch on and off and delete them
 * ('alerts.manage'); each names a term or a topic the person may see, and routes to departments and
 * people. A rule on a department's watchlist stays within that department: its alerts go to that
 * department only, and to people who may see its signals.
 */
@Injectable()
export class AlertRulesService {
  constructor(
    private readonly ds: DataSource,
    private readonly org: OrgService,
    private readonly audit: AuditService,
    private readonly reader: CountsReader,
  ) {}

  assertManage(actor: AuthUser | undefined): asserts actor is AuthUser {
    authorize(actor, 'alerts.manage', {}, 'Only the hub manages alert rules.');
  }

  async list(actor: AuthUser): Promise<AlertRule[]> {
    this.assertManage(actor);
    const rows: Record<string, unknown>[] = await this.ds.query(`SELECT ${RULE_COLUMNS} FROM alert_rules r LEFT JOIN alert_rule_states s ON s.rule_id = r.id ORDER BY lower(r.name), r.id`);
    const rules = rows.map(ruleFromRow);
    // A rule on a watchlist the person may not see is not theirs to see either.
    const visible = await Promise.all(rules.map(async (r) => (await this.subjectOf(r)) !== null && (await this.visibleTo(actor, r))));
    return rules.filter((_, i) => visible[i]);
  }

  /** One rule by id, for the person (ALERT_RULE_NOT_FOUND when it does not exist or its subject is hidden from them). */
  async get(actor: AuthUser, id: unknown, tx: EntityManager = this.ds.manager): Promise<AlertRule> {
    this.assertManage(actor);
    const rule = await this.find(id, tx);
    if (!rule || !(await this.visibleTo(actor, rule))) throw new AlertRuleNotFoundError();
    return rule;
  }

  /** A rule by id without permission checks (the detection job), or null. */
  async find(id: unknown, tx: EntityManager = this.ds.manager): Promise<AlertRule | null> {
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    const [row] = await tx.query(`SELECT ${RULE_COLUMNS} FROM alert_rules r LEFT JOIN alert_rule_states s ON s.rule_id = r.id WHERE r.id = $1`, [id]);
    return row ? ruleFromRow(row) : null;
  }

  private async visibleTo(actor: AuthUser, rule: Pick<AlertRule, 'termId' | 'watchlistId' | 'keywords'>): Promise<boolean> {
    const subject = await this.subjectOf(rule);
    return subject !== null && can(actor, 'signals.view', { departmentId: subject.departmentId });
  }

  /** The term or watchlist a rule watches, as a series; null when it is gone. */
  async subjectOf(rule: Pick<AlertRule, 'termId' | 'watchlistId' | 'keywords'> & { id?: string; timeZone?: string }): Promise<RuleSubject | null> {
    const name = rule.id ?? 'rule';
    if (rule.termId) {
      const term = await this.reader.term(rule.termId);
      if (!term) return null;
      const spec = { name, termIds: [term.id], keywords: rule.keywords };
      return { label: term.label, departmentId: term.departmentId, spec, seriesKey: JSON.stringify({ terms: spec.termIds, keywords: rule.keywords, timeZone: rule.timeZone ?? null }) };
    }
    const list = await this.reader.watchlist(rule.watchlistId);
    if (!list) return null;
    const spec = { name, termIds: list.termIds, keywords: rule.keywords };
    return { label: list.name, departmentId: list.departmentId, spec, seriesKey: JSON.stringify({ terms: spec.termIds, keywords: rule.keywords, timeZone: rule.timeZone ?? null }) };
  }

  /**
   * Validates a rule's fields (a new one, or `base` patched by `input`): WATCH_TERM_NOT_FOUND or
   * WATCHLIST_NOT_FOUND for a subject the person may not see, WATCH_QUERY_INVALID for keywords that do
   * not compile, DEPARTMENT_NOT_FOUND, BAD_USER_INPUT for the rest, each naming its field.
   */
  async draft(actor: AuthUser, input: RuleInput, base?: AlertRule): Promise<{ draft: RuleDraft; subject: RuleSubject }> {
    if (typeof input !== 'object' || input === null) throw new BadInputError('The rule must be an object.');
    const given = (k: keyof RuleInput) => input[k] !== undefined;
    const name = given('name') ? this.text(input.name, 'name', ALERT_LIMITS.nameMax) : base?.name;
    if (name === undefined) throw new BadInputError('"name" is required.', { field: 'name' });

    let termId = base?.termId ?? null;
    let watchlistId = base?.watchlistId ?? null;
    if (given('termId') || given('watchlistId')) {
      termId = (input.termId as string | null | undefined) ?? null;
      watchlistId = (input.watchlistId as string | null | undefined) ?? null;
    }
    if ((termId === null) === (watchlistId === null)) throw new BadInputError('A rule watches either a term ("termId") or a topic ("watchlistId").', { field: termId === null ? 'termId' : 'watchlistId' });

    let keywords = base?.keywords ?? null;
    if (given('keywords')) {
      keywords = input.keywords === null ? null : this.text(input.keywords, 'keywords', ALERT_LIMITS.keywordsMax);
      if (keywords !== null) compileKeywords(keywords);
    }
    const sentimentMaxMean = given('sentimentMaxMean') ? boundedOrNull(input.sentimentMaxMean, 'sentimentMaxMean', -1, 1) : (base?.sentimentMaxMean ?? null);
    const negativeShareMin = given('negativeShareMin') ? boundedOrNull(input.negativeShareMin, 'negativeShareMin', 0, 1) : (base?.negativeShareMin ?? null);
    const kinds = given('kinds') && input.kinds !== null ? kindsOf(input.kinds) : (base?.kinds ?? [...ALERT_KINDS]);
    const preset = given('preset') && input.preset !== null ? presetOf(input.preset) : (base?.preset ?? 'medium');
    const cooldownMinutes = given('cooldownMinutes') ? cooldownOf(input.cooldownMinutes) : (base?.cooldownMinutes ?? null);
    const timeZone = given('timeZone') && input.timeZone !== null ? timeZoneOf(input.timeZone) : (base?.timeZone ?? DEFAULT_TIME_ZONE);
    if (given('enabled') && input.enabled !== null && typeof input.enabled !== 'boolean') throw new BadInputError('"enabled" must be true or false.', { field: 'enabled' });
    const enabled = given('enabled') && input.enabled !== null ? (input.enabled as boolean) : (base?.enabled ?? true);
    const departmentIds = given('departmentIds') ? idList(input.departmentIds ?? [], 'departmentIds', ALERT_LIMITS.departmentsMax) : (base?.departmentIds ?? []);
    const personIds = given('personIds') ? idList(input.personIds ?? [], 'personIds', ALERT_LIMITS.peopleMax) : (base?.personIds ?? []);

    const subject = await this.subjectFor(actor, termId, watchlistId, keywords, timeZone);
    for (const d of departmentIds) {
      await this.org.getDepartment(d);
      if (subject.departmentId !== null && d !== subject.departmentId) {
        throw new BadInputError('A department’s watchlist sends its alerts to that department only.', { field: 'departmentIds' });
      }
    }
    await this.checkPeople(personIds, subject.departmentId);
    return {
      draft: { name, termId, watchlistId, keywords, sentimentMaxMean, negativeShareMin, kinds, preset, cooldownMinutes, timeZone, enabled, departmentIds, personIds },
      subject,
    };
  }

  private text(value: unknown, field: string, max: number): string {
    if (typeof value !== 'string') throw new BadInputError(`"${field}" must be text.`, { field });
    const trimmed = value.trim();
    if (trimmed.length === 0) throw new BadInputError(`"${field}" must not be empty.`, { field });
    if (trimmed.length > max) throw new BadInputError(`"${field}" must be at most ${max} characters.`, { field, max });
    return trimmed;
  }

  private async subjectFor(actor: AuthUser, termId: string | null, watchlistId: string | null, keywords: string | null, timeZone: string): Promise<RuleSubject> {
    const subject = await this.subjectOf({ termId, watchlistId, keywords, timeZone });
    // The signals module's codes: a term or watchlist the person may not see does not exist for them.
    if (!subject || !can(actor, 'signals.view', { departmentId: subject.departmentId })) {
      throw termId ? new NotFoundError('WATCH_TERM_NOT_FOUND', 'This watch term does not exist.') : new NotFoundError('WATCHLIST_NOT_FOUND', 'This watchlist does not exist.');
    }
    if (subject.spec.termIds.length === 0) throw new BadInputError('This watchlist has no terms yet: add one before watching it.', { field: 'watchlistId' });
    return subject;
  }

  /** Named people: active accounts; for a department's watchlist, people who may see that department's signals. */
  private async checkPeople(personIds: string[], departmentId: string | null): Promise<void> {
    if (personIds.length === 0) return;
    const rows: { id: string; role: Actor['role']; department_id: string | null; is_hub: boolean }[] = await this.ds.query(
      `SELECT u.id, u.role, u.department_id, coalesce(d.kind = 'hub', false) AS is_hub FROM users u LEFT JOIN departments d ON d.id = u.department_id
        WHERE u.id = ANY($1::uuid[]) AND u.deactivated_at IS NULL`,
      [personIds],
    );
    if (rows.length !== personIds.length) throw new BadInputError('"personIds" names someone who is not an active person here.', { field: 'personIds' });
    if (departmentId === null) return;
    for (const r of rows) {
      const person: Actor = { id: r.id, role: r.role, departmentId: r.department_id, isHubMember: r.is_hub };
      if (r.department_id !== departmentId && !can(person, 'signals.view', { departmentId })) {
        throw new BadInputError('A department’s watchlist sends its alerts to people of that department or the hub only.', { field: 'personIds' });
      }
    }
  }

  async create(actor: AuthUser, input: RuleInput): Promise<AlertRule> {
    this.assertManage(actor);
    const { draft: d } = await this.draft(actor, input);
    const id = await this.ds.transaction(async (tx) => {
      // One rule at a time, so the count below cannot be raced past the limit.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('alert_rules'))`);
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM alert_rules`);
      if (n >= ALERT_LIMITS.rulesMax) throw new BadInputError(`At most ${ALERT_LIMITS.rulesMax} alert rules.`, { field: 'name' });
      const [row] = await tx.query(
        `INSERT INTO alert_rules (name, term_id, watchlist_id, keywords, sentiment_max_mean, negative_share_min, kinds, preset, cooldown_minutes, time_zone, enabled, department_ids, person_ids, tuning, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [d.name, d.termId, d.watchlistId, d.keywords, d.sentimentMaxMean, d.negativeShareMin, d.kinds, d.preset, d.cooldownMinutes, d.timeZone, d.enabled, d.departmentIds, d.personIds, JSON.stringify(DEFAULT_TUNING), actor.id],
      );
      await this.audit.record({ actorId: actor.id, action: 'alerts.rule.create', target: { type: 'alert_rule', id: row.id }, data: { name: d.name, preset: d.preset, enabled: d.enabled } }, tx);
      return row.id as string;
    });
    return this.get(actor, id);
  }

  async update(actor: AuthUser, id: unknown, input: RuleInput): Promise<AlertRule> {
    this.assertManage(actor);
    const base = await this.get(actor, id);
    const { draft: d } = await this.draft(actor, input, base);
    await this.ds.transaction(async (tx) => {
      const [, n]: [unknown, number] = await tx.query(
        `UPDATE alert_rules SET name = $2, term_id = $3, watchlist_id = $4, keywords = $5, sentiment_max_mean = $6, negative_share_min = $7, kinds = $8, preset = $9,
                cooldown_minutes = $10, time_zone = $11, enabled = $12, department_ids = $13, person_ids = $14, updated_at = now() WHERE id = $1`,
        [base.id, d.name, d.termId, d.watchlistId, d.keywords, d.sentimentMaxMean, d.negativeShareMin, d.kinds, d.preset, d.cooldownMinutes, d.timeZone, d.enabled, d.departmentIds, d.personIds],
      );
      if (n === 0) throw new AlertRuleNotFoundError();
      await this.audit.record({ actorId: actor.id, action: 'alerts.rule.update', target: { type: 'alert_rule', id: base.id }, data: { name: d.name, preset: d.preset, enabled: d.enabled } }, tx);
    });
    return this.get(actor, base.id);
  }

  /** Deletes a rule with its alerts and their feedback. */
  async remove(actor: AuthUser, id: unknown): Promise<boolean> {
    this.assertManage(actor);
    const rule = await this.get(actor, id);
    await this.ds.transaction(async (tx) => {
      const [, n]: [unknown, number] = await tx.query(`DELETE FROM alert_rules WHERE id = $1`, [rule.id]);
      if (n === 0) throw new AlertRuleNotFoundError();
      await this.audit.record({ actorId: actor.id, action: 'alerts.rule.delete', target: { type: 'alert_rule', id: rule.id }, data: { name: rule.name } }, tx);
    });
    return true;
  }
}
