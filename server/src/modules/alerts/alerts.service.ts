import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ALERT_FEEDBACKS, ALERT_KINDS, ALERT_LIMITS, ALERT_STATUSES, can, hasRoleAtLeast, type AlertFeedback, type AlertKind, type AlertMeasure, type AlertPreset, type AlertStatus } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { authorize } from '../../core/auth/authorize';
import { BadInputError } from '../../core/errors/domain-error';
import { decodeCursor, encodeCursor } from '../../core/graphql/page-info.type';
import { AuditService } from '../audit';
import { applyFeedback, DEFAULT_TUNING, type SampleItem, type SpikeTuning } from '../signals';
import { UUID } from './alert-rules.service';
import { AlertClosedError, AlertFeedbackGivenError, AlertNotFoundError } from './alerts.errors';

/** An alert as its viewer sees it (samples filtered to what they may see, their own verdict). */
export interface AlertView {
  id: string;
  ruleId: string;
  ruleName: string;
  subject: string;
  termId: string | null;
  watchlistId: string | null;
  kind: AlertKind;
  measure: AlertMeasure;
  minute: Date;
  windowStart: Date;
  windowMinutes: number;
  observed: number;
  expected: number;
  strength: number;
  preset: AlertPreset;
  multiplier: number;
  windowItems: number;
  sentimentMean: number | null;
  negativeShare: number | null;
  samples: (Omit<SampleItem, 'publishedAt' | 'sourceId' | 'sourceDepartmentId'> & { publishedAt: Date })[];
  status: AlertStatus;
  statusAt: Date | null;
  myFeedback: AlertFeedback | null;
  usefulCount: number;
  noiseCount: number;
  recipientCount: number;
  createdAt: Date;
}

export interface AlertFilterInput {
  status?: unknown;
  kind?: unknown;
  ruleId?: unknown;
  since?: unknown;
}

export interface AlertPage {
  nodes: AlertView[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The hub, hub coordinators and administrators see every alert; anyone else the alerts routed to them. */
function seesAll(actor: AuthUser): boolean {
  return actor.isHubMember || hasRoleAtLeast(actor.role, 'hub_coordinator');
}

function viewOf(actor: AuthUser, r: Record<string, unknown>): AlertView {
  const minute = new Date(r.minute as Date);
  const windowMinutes = r.window_minutes as number;
  const samples = ((r.samples as SampleItem[]) ?? [])
    // A sample from a department's source shows only to those who may see that department's signals.
    .filter((s) => s.sourceDepartmentId === null || can(actor, 'signals.view', { departmentId: s.sourceDepartmentId }))
    .map((s) => ({ id: s.id, title: s.title, url: s.url, publishedAt: new Date(s.publishedAt), sentimentLabel: s.sentimentLabel, sentimentScore: s.sentimentScore, language: s.language }));
  return {
    id: r.id as string,
    ruleId: r.rule_id as string,
    ruleName: r.rule_name as string,
    subject: r.subject as string,
    termId: (r.term_id as string | null) ?? null,
    watchlistId: (r.watchlist_id as string | null) ?? null,
    kind: r.kind as AlertKind,
    measure: r.measure as AlertMeasure,
    minute,
    windowStart: new Date(minute.getTime() - (windowMinutes - 1) * 60_000),
    windowMinutes,
    observed: Number(r.observed),
    expected: Number(r.expected),
    strength: Number(r.strength),
    preset: r.preset as AlertPreset,
    multiplier: Number(r.multiplier),
    windowItems: r.window_items as number,
    sentimentMean: r.sentiment_mean === null ? null : Number(r.sentiment_mean),
    negativeShare: r.negative_share === null ? null : Number(r.negative_share),
    samples,
    status: r.status as AlertStatus,
    statusAt: (r.status_at as Date | null) ?? null,
    myFeedback: (r.my_feedback as AlertFeedback | null) ?? null,
    usefulCount: r.useful as number,
    noiseCount: r.noise as number,
    recipientCount: r.recipient_count as number,
    createdAt: r.created_at as Date,
  };
}

const ALERT_COLUMNS = `a.*, cardinality(a.recipients) AS recipient_count, f.verdict AS my_feedback`;

/**
 * Alerts as people see them: the list (keyset pages, newest first, only what the viewer may see), one
 * alert with its explanation and samples, feedback that tunes the rule, acknowledging and closing.
 */
@Injectable()
export class AlertsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: AuthUser, filter: AlertFilterInput = {}, first: unknown = 25, after?: unknown): Promise<AlertPage> {
    authorize(actor, 'alerts.view', { alertRecipient: true });
    const size = first ?? 25;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > ALERT_LIMITS.pageSizeMax) {
      throw new BadInputError(`"first" must be between 1 and ${ALERT_LIMITS.pageSizeMax}.`, { field: 'first' });
    }
    const params: unknown[] = [actor.id];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const where: string[] = [];
    if (!seesAll(actor)) where.push(`$1::uuid = ANY(a.recipients)`);
    const f = filter ?? {};
    if (f.status !== undefined && f.status !== null) {
      if (!(ALERT_STATUSES as readonly unknown[]).includes(f.status)) throw new BadInputError('Unknown status.', { field: 'status' });
      where.push(`a.status = ${p(f.status)}`);
    }
    if (f.kind !== undefined && f.kind !== null) {
      if (!(ALERT_KINDS as readonly unknown[]).includes(f.kind)) throw new BadInputError('Unknown kind.', { field: 'kind' });
      where.push(`a.kind = ${p(f.kind)}`);
    }
    if (f.ruleId !== undefined && f.ruleId !== null) {
      // A garbage id matches nothing, like an id that does not exist.
      if (typeof f.ruleId !== 'string' || !UUID.test(f.ruleId)) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
      where.push(`a.rule_id = ${p(f.ruleId)}::uuid`);
    }
    if (f.since !== undefined && f.since !== null) {
      const since = f.since instanceof Date ? f.since : new Date(String(f.since));
      if (!Number.isFinite(since.getTime())) throw new BadInputError('"since" must be a date.', { field: 'since' });
      where.push(`a.minute >= ${p(since)}`);
    }
    if (after !== undefined && after !== null) {
      const parts = typeof after === 'string' ? decodeCursor(after, 2) : undefined;
      const at = parts ? new Date(parts[0]) : null;
      if (!parts || !at || !Number.isFinite(at.getTime()) || !UUID.test(parts[1])) throw new BadInputError('"after" is not a cursor of this list.', { field: 'after' });
      where.push(`(a.minute, a.id) < (${p(at)}, ${p(parts[1])}::uuid)`);
    }
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${ALERT_COLUMNS} FROM alerts a LEFT JOIN alert_feedback f ON f.alert_id = a.id AND f.user_id = $1
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.minute DESC, a.id DESC LIMIT ${p(size + 1)}`,
      params,
    );
    const nodes = rows.slice(0, size).map((r) => viewOf(actor, r));
    const last = nodes[nodes.length - 1];
    return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor([last.minute.toISOString(), last.id]) : null } };
  }

  /** One alert (ALERT_NOT_FOUND for an id that does not exist or that the person may not see). */
  async get(actor: AuthUser, id: unknown): Promise<AlertView> {
    authorize(actor, 'alerts.view', { alertRecipient: true });
    if (typeof id !== 'string' || !UUID.test(id)) throw new AlertNotFoundError();
    const [row] = await this.ds.query(`SELECT ${ALERT_COLUMNS} FROM alerts a LEFT JOIN alert_feedback f ON f.alert_id = a.id AND f.user_id = $2 WHERE a.id = $1`, [id, actor.id]);
    if (!row || !can(actor, 'alerts.view', { alertRecipient: (row.recipients as string[]).includes(actor.id) })) throw new AlertNotFoundError();
    return viewOf(actor, row);
  }

  /**
   * A person's verdict on an alert, once: it moves the rule's tuning (applyFeedback) in the same
   * transaction, locked so concurrent verdicts each count. The same verdict again changes nothing;
   * another one is refused (ALERT_FEEDBACK_GIVEN).
   */
  async feedback(actor: AuthUser, id: unknown, verdict: unknown): Promise<AlertView> {
    const alert = await this.get(actor, id);
    if (typeof verdict !== 'string' || !(ALERT_FEEDBACKS as readonly string[]).includes(verdict)) throw new BadInputError('"verdict" must be useful or noise.', { field: 'verdict' });
    await this.ds.transaction(async (tx) => {
      const inserted: { verdict: string }[] = await tx.query(
        `INSERT INTO alert_feedback (alert_id, user_id, verdict) VALUES ($1, $2, $3) ON CONFLICT (alert_id, user_id) DO NOTHING RETURNING verdict`,
        [alert.id, actor.id, verdict],
      );
      if (inserted.length === 0) {
        const [given] = await tx.query(`SELECT verdict FROM alert_feedback WHERE alert_id = $1 AND user_id = $2`, [alert.id, actor.id]);
        if (given && given.verdict !== verdict) throw new AlertFeedbackGivenError(given.verdict);
        return;
      }
      await tx.query(`UPDATE alerts SET ${verdict === 'useful' ? 'useful = useful + 1' : 'noise = noise + 1'} WHERE id = $1`, [alert.id]);
      const [rule] = await tx.query(`SELECT tuning FROM alert_rules WHERE id = $1 FOR UPDATE`, [alert.ruleId]);
      // The rule may be gone since; the verdict stays on the alert.
      if (rule) {
        const tuning = applyFeedback({ ...DEFAULT_TUNING, ...(rule.tuning as Partial<SpikeTuning>) }, verdict as AlertFeedback);
        await tx.query(`UPDATE alert_rules SET tuning = $2::jsonb WHERE id = $1`, [alert.ruleId, JSON.stringify(tuning)]);
      }
      await this.audit.record({ actorId: actor.id, action: 'alerts.feedback', target: { type: 'alert', id: alert.id }, data: { verdict, ruleId: alert.ruleId } }, tx);
    });
    return this.get(actor, alert.id);
  }

  /** Acknowledges or closes an alert: open → acknowledged → closed (or open → closed). Closed is final (ALERT_CLOSED). */
  async setStatus(actor: AuthUser, id: unknown, status: unknown): Promise<AlertView> {
    const alert = await this.get(actor, id);
    if (status !== 'acknowledged' && status !== 'closed') throw new BadInputError('"status" must be acknowledged or closed.', { field: 'status' });
    if (alert.status === status) return alert;
    await this.ds.transaction(async (tx) => {
      const [row] = await tx.query(`SELECT status FROM alerts WHERE id = $1 FOR UPDATE`, [alert.id]);
      if (!row) throw new AlertNotFoundError();
      if (row.status === status) return;
      if (row.status === 'closed') throw new AlertClosedError();
      await tx.query(`UPDATE alerts SET status = $2, status_by = $3, status_at = now() WHERE id = $1`, [alert.id, status, actor.id]);
      await this.audit.record({ actorId: actor.id, action: `alerts.${status === 'closed' ? 'close' : 'acknowledge'}`, target: { type: 'alert', id: alert.id }, data: { from: row.status } }, tx);
    });
    return this.get(actor, alert.id);
  }
}
