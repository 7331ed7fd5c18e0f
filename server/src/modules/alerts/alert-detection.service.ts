import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { ALERT_LIMITS, can, rooms, type Actor, type AlertKind, type AlertMeasure, type AlertNewEvent } from '@ruche/shared';
import type { AuthUser } from '../../core/auth/auth-user';
import { DatabaseStatus } from '../../core/database/database-status';
import { JobsService } from '../../core/jobs/jobs.service';
import { ROOT_LOGGER } from '../../core/logging/logging.module';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { NotificationsService, type NotifyResult } from '../notifications';
import { OrgService } from '../org';
import {
  backtest,
  createSpikeState,
  CountsReader,
  resolveSpikeRule,
  restoreSpikeState,
  SpikeDetector,
  type SampleItem,
  type SeriesSpec,
  type SpikeAlertDetail,
  type SpikeSeriesState,
} from '../signals';
import { conditionsMet, detectorRuleOf, type AlertRule } from './alert-rule';
import { AlertRulesService, type RuleInput, type RuleSubject } from './alert-rules.service';
import { AlertRuleNotFoundError, BacktestRangeInvalidError } from './alerts.errors';

const MINUTE = 60_000;
const DAY = 86_400_000;
/**
 * Counts are kept by the minute an item was published, and items reach Ruche a little after (webhooks
 * within seconds, feeds at their next poll): a minute is judged once this many minutes have passed
 * after it. Items arriving later for minutes already judged make the next run judge those minutes
 * again (see rejudge), once per run whatever their number.
 */
export const GRACE_MINUTES = 2;
/**
 * How late an item may be and still have its minute judged again: a feed's backoff reaches 6 hours; an
 * import of older history is stored and counted, not alerted on.
 */
export const LATE_MAX_MINUTES = 24 * 60;
/** History a new rule's detector learns from before it judges anything (bounded by what counts are kept). */
export const PRIME_DAYS = 28;
/** Alerts found while catching up further back than this (the job was stopped) are stored, not pushed to people. */
const PUSH_WINDOW_MINUTES = 60;
/** Rules one run handles at most: each is a short transaction; the rest wait for the next minute. */
const RULES_PER_RUN = ALERT_LIMITS.rulesMax;
/** Backtest alerts listed (the count covers them all). */
const BACKTEST_LIST_MAX = 200;

export interface DetectionOutcome {
  /** ids of the alerts this run stored */
  stored: string[];
  /** rules whose series was (re)learned from history this run, without judging it */
  primed: string[];
  /** rules left to another run (locked elsewhere) */
  skipped: string[];
}

export interface BacktestAlertView {
  minute: Date;
  kind: AlertKind;
  measure: AlertMeasure;
  observed: number;
  expected: number;
  strength: number;
  windowMinutes: number;
  sentimentMean: number | null;
  negativeShare: number | null;
}

export interface BacktestView {
  from: Date;
  to: Date;
  historyFrom: Date;
  fired: number;
  alerts: BacktestAlertView[];
  minutesWithData: number;
}

interface Candidate {
  detail: SpikeAlertDetail;
  windowStart: Date;
  items: number;
  sentimentMean: number | null;
  negativeShare: number | null;
}

/**
 * The detection job (`alerts.detect`, every minute, claimed in PostgreSQL by core/jobs): for each enabled
 * rule, the closed minutes since its series was last fed go through the spikes detector, whose state is
 * stored per rule (JSON). A rule's row is locked while it is fed (FOR UPDATE SKIP LOCKED: a second
 * instance or an overlapping run skips it) and alerts are unique per (rule, minute, kind), so nothing
 * fires twice. Alerts are stored with their explanation and samples, routed to the rule's departments
 * (following the hub model) and people, notified in-app in the same transaction, and pushed live
 * (`alert:new`) after the commit. Also the backtest, which runs the same detector over stored counts.
 */
@Injectable()
export class AlertDetectionService implements OnModuleInit {
  private readonly logger: Logger;

  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobsService,
    private readonly rules: AlertRulesService,
    private readonly reader: CountsReader,
    private readonly notifications: NotificationsService,
    private readonly org: OrgService,
    private readonly realtime: RealtimeService,
    private readonly database: DatabaseStatus,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ module: 'alerts' });
  }

  onModuleInit(): void {
    this.jobs.register({ name: 'alerts.detect', everySeconds: 60, timeoutSeconds: 300, run: () => this.detect().then(() => undefined) });
  }

  /** The last minute that is closed at `now` (its start). */
  static lastClosedMinute(now: Date): Date {
    return new Date(Math.floor(now.getTime() / MINUTE) * MINUTE - (GRACE_MINUTES + 1) * MINUTE);
  }

  /** One pass over the enabled rules; `now` defaults to the database's clock. */
  async detect(now?: Date): Promise<DetectionOutcome> {
    const at = now ?? new Date((await this.ds.query(`SELECT now() AS now`))[0].now);
    const until = AlertDetectionService.lastClosedMinute(at);
    const ids: { id: string }[] = await this.ds.query(`SELECT id FROM alert_rules WHERE enabled ORDER BY id LIMIT $1`, [RULES_PER_RUN]);
    const outcome: DetectionOutcome = { stored: [], primed: [], skipped: [] };
    for (const { id } of ids) {
      try {
        await this.feedRule(id, until, outcome);
      } catch (err) {
        // One rule's failure (a bad keyword stored before a syntax change, a corrupt state) does not stop the others.
        if (this.database.report(err)) throw err;
        // A failure of another shape while PostgreSQL goes away (a client ended under a query…) is the
        // outage, not the rule: when the database cannot be reached now, the run stops as for an outage.
        await this.database.ping().catch((down: unknown) => {
          this.database.report(down);
          throw down;
        });
        this.logger.error({ err, ruleId: id }, 'alert rule failed');
      }
    }
    return outcome;
  }

  private async feedRule(ruleId: string, until: Date, outcome: DetectionOutcome): Promise<void> {
    const published: { sent: NotifyResult; event: AlertNewEvent; recipients: string[] }[] = [];
    await this.ds.transaction(async (tx) => {
      const rule = await this.rules.find(ruleId, tx);
      if (!rule?.enabled) return;
      const subject = await this.rules.subjectOf(rule);
      if (!subject) return;
      await tx.query(`INSERT INTO alert_rule_states (rule_id, series_key, state, fed_until) VALUES ($1, '', '{}', 'epoch') ON CONFLICT DO NOTHING`, [rule.id]);
      const [row] = await tx.query(`SELECT series_key, state, fed_until, late_xmin::text AS late_xmin FROM alert_rule_states WHERE rule_id = $1 FOR UPDATE SKIP LOCKED`, [rule.id]);
      if (!row) {
        outcome.skipped.push(rule.id);
        return;
      }
      const detector = new SpikeDetector(detectorRuleOf(rule));
      let state: SpikeSeriesState | null = null;
      if (row.series_key === subject.seriesKey) {
        try {
          state = restoreSpikeState(row.state);
        } catch (err) {
          this.logger.warn({ err, ruleId: rule.id }, 'alert rule state unreadable: learning again from history');
        }
      }
      if (!state) {
        // A new rule, or one now watching something else: learn from stored history, judge from now on.
        state = createSpikeState();
        const rows = await this.reader.minutes(subject.spec, new Date(until.getTime() - PRIME_DAYS * DAY), until);
        for (const r of rows) detector.observe(state, r);
        detector.advance(state, subject.spec.name, until);
        const { xmin } = await this.reader.minutesStoredSince(subject.spec, until, until, null);
        await this.saveState(tx, rule.id, subject.seriesKey, state, until, xmin);
        outcome.primed.push(rule.id);
        return;
      }
      const fedUntil = new Date(row.fed_until);
      // Minutes already judged that items stored since the last look have changed (late items).
      const late = await this.reader.minutesStoredSince(subject.spec, new Date(fedUntil.getTime() - LATE_MAX_MINUTES * MINUTE), fedUntil, row.late_xmin ?? null);
      const raised: SpikeAlertDetail[] = [];
      let fed = fedUntil;
      if (fedUntil.getTime() < until.getTime()) {
        const rows = await this.reader.minutes(subject.spec, new Date(fedUntil.getTime() + MINUTE), until);
        for (const r of rows) raised.push(...detector.observe(state, r));
        raised.push(...detector.advance(state, subject.spec.name, until));
        fed = until;
      }
      if (late.minutes.length > 0) raised.push(...(await this.rejudge(tx, rule, subject, late.minutes, fedUntil)));
      await this.saveState(tx, rule.id, subject.seriesKey, state, fed, late.xmin);
      if (raised.length === 0) return;

      const candidates = await this.explain(rule, subject.spec, raised);
      if (candidates.length === 0) return;
      const recipients = await this.recipientsOf(rule, tx);
      for (const c of candidates) {
        const samples = await this.reader.samples(subject.spec, c.windowStart, c.detail.minute, ALERT_LIMITS.samplesMax);
        const stored = await this.store(tx, rule, subject, c, samples, recipients);
        if (!stored) continue;
        outcome.stored.push(stored);
        if (c.detail.minute.getTime() < until.getTime() - PUSH_WINDOW_MINUTES * MINUTE) continue;
        const event: AlertNewEvent = {
          alertId: stored,
          ruleId: rule.id,
          ruleName: rule.name,
          subject: subject.label,
          kind: c.detail.kind,
          measure: c.detail.measure,
          minute: c.detail.minute.toISOString(),
          observed: c.detail.observed,
          expected: c.detail.expected,
          strength: c.detail.strength,
          windowMinutes: c.detail.windowMinutes,
        };
        const sent = await this.notifications.notify(
          recipients,
          'signal.alert',
          { alertId: stored, ruleId: rule.id, ruleName: rule.name.slice(0, 120), subject: subject.label.slice(0, 120), kind: c.detail.kind, observed: c.detail.observed, expected: c.detail.expected, minute: event.minute },
          { subject: { type: 'alert', id: stored }, manager: tx },
        );
        published.push({ sent, event, recipients });
      }
    });
    // After the commit: a rolled-back run told nobody.
    for (const { sent, event, recipients } of published) {
      void sent.publish();
      this.realtime.server?.to([rooms.hub(), ...recipients.map((r) => rooms.user(r))]).emit('alert:new', event);
    }
  }

  private async saveState(tx: EntityManager, ruleId: string, seriesKey: string, state: SpikeSeriesState, until: Date, lateXmin: string): Promise<void> {
    await tx.query(`UPDATE alert_rule_states SET series_key = $2, state = $3::jsonb, fed_until = $4, late_xmin = $5::text::xid8, updated_at = now() WHERE rule_id = $1`, [
      ruleId,
      seriesKey,
      JSON.stringify(state),
      until,
      lateXmin,
    ]);
  }

  /**
   * Judges again minutes up to `fedUntil` that late items changed (`changed`, sorted): the detector is
   * replayed, as the backtest does, over PRIME_DAYS of stored counts before the first of them up to
   * `fedUntil` (the live state has moved on and is left as it is), and an alert is kept when its window
   * holds a changed minute — unless the rule already alerted at that minute or within its cool-down of
   * it, so a minute already alerted is not alerted twice, whatever the kind.
   */
  private async rejudge(tx: EntityManager, rule: AlertRule, subject: RuleSubject, changed: readonly Date[], fedUntil: Date): Promise<SpikeAlertDetail[]> {
    const first = changed[0].getTime();
    const rows = await this.reader.minutes(subject.spec, new Date(first - PRIME_DAYS * DAY), fedUntil);
    const found = backtest(rows, detectorRuleOf(rule), { until: fedUntil }).filter((a) => {
      const end = a.minute.getTime();
      const start = end - (a.windowMinutes - 1) * MINUTE;
      return end >= first && changed.some((c) => c.getTime() >= start && c.getTime() <= end);
    });
    if (found.length === 0) return [];
    const cooldown = resolveSpikeRule(detectorRuleOf(rule)).cooldownMinutes * MINUTE;
    const alerted: { minute: Date }[] = await tx.query(`SELECT minute FROM alerts WHERE rule_id = $1 AND minute >= $2 AND minute <= $3`, [
      rule.id,
      new Date(first - cooldown),
      new Date(fedUntil.getTime() + cooldown),
    ]);
    return found.filter((a) => !alerted.some((x) => Math.abs(new Date(x.minute).getTime() - a.minute.getTime()) <= cooldown));
  }

  /** Each raised alert's window (items, mean sentiment, negative share), keeping those that pass the rule's conditions. */
  private async explain(rule: AlertRule, spec: SeriesSpec, raised: readonly SpikeAlertDetail[]): Promise<Candidate[]> {
    const out: Candidate[] = [];
    for (const detail of raised) {
      const windowStart = new Date(detail.minute.getTime() - (detail.windowMinutes - 1) * MINUTE);
      const stats = await this.reader.windowStats(spec, windowStart, detail.minute);
      if (!conditionsMet(rule, { kind: detail.kind, observed: detail.observed, sentimentMean: stats.sentimentMean, negativeShare: stats.negativeShare })) continue;
      out.push({ detail, windowStart, items: stats.items, sentimentMean: stats.sentimentMean, negativeShare: stats.negativeShare });
    }
    return out;
  }

  /**
   * Who receives a rule's alerts now: the people it names (active), and in each department it routes
   * to, those the hub model lets receive them ('alerts.receive': managers, and representatives unless
   * the hub triages for the spokes).
   */
  async recipientsOf(rule: Pick<AlertRule, 'departmentIds' | 'personIds'>, tx: EntityManager = this.ds.manager): Promise<string[]> {
    if (rule.departmentIds.length === 0 && rule.personIds.length === 0) return [];
    const { hubModel } = await this.org.getOrganisation();
    const rows: { id: string; role: Actor['role']; department_id: string | null; is_hub: boolean; named: boolean }[] = await tx.query(
      `SELECT u.id, u.role, u.department_id, coalesce(d.kind = 'hub', false) AS is_hub, u.id = ANY($1::uuid[]) AS named
         FROM users u LEFT JOIN departments d ON d.id = u.department_id
        WHERE u.deactivated_at IS NULL AND (u.id = ANY($1::uuid[]) OR u.department_id = ANY($2::uuid[])) ORDER BY u.id`,
      [rule.personIds, rule.departmentIds],
    );
    return rows
      .filter((r) => r.named || can({ id: r.id, role: r.role, departmentId: r.department_id, isHubMember: r.is_hub }, 'alerts.receive', { departmentId: r.department_id, hubModel }))
      .map((r) => r.id);
  }

  /** Stores one alert unless (rule, minute, kind) already fired; returns its id when stored now. */
  private async store(tx: EntityManager, rule: AlertRule, subject: RuleSubject, c: Candidate, samples: SampleItem[], recipients: string[]): Promise<string | null> {
    const d = c.detail;
    const [row] = await tx.query(
      `INSERT INTO alerts (rule_id, minute, kind, rule_name, subject, term_id, watchlist_id, measure, observed, expected, strength, window_minutes, preset, multiplier,
                           window_items, sentiment_mean, negative_share, samples, recipients)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb, $19::uuid[])
       ON CONFLICT (rule_id, minute, kind) DO NOTHING RETURNING id`,
      [
        rule.id, d.minute, d.kind, rule.name, subject.label, rule.termId, rule.watchlistId, d.measure, d.observed, d.expected, d.strength, d.windowMinutes, rule.preset,
        detectorRuleOf(rule).multiplier, c.items, c.sentimentMean, c.negativeShare, JSON.stringify(samples), recipients,
      ],
    );
    return (row?.id as string | undefined) ?? null;
  }

  /**
   * Runs a rule (stored, or a draft not saved yet) over the stored counts of [from, to] after
   * ALERT_LIMITS.backtestHistoryDays of history, with the rule's feedback multiplier: the alerts it
   * would have raised, the same the detection job would have stored.
   */
  async backtest(actor: AuthUser, source: { ruleId?: unknown; rule?: RuleInput | null }, fromInput: unknown, toInput: unknown): Promise<BacktestView> {
    this.rules.assertManage(actor);
    const { from, to } = this.range(fromInput, toInput, await this.dbNow());
    let rule: Pick<AlertRule, 'preset' | 'timeZone' | 'tuning' | 'kinds' | 'cooldownMinutes' | 'sentimentMaxMean' | 'negativeShareMin'>;
    let subject: RuleSubject;
    if (source.ruleId !== undefined && source.ruleId !== null) {
      if (source.rule) throw new BacktestRangeInvalidError('give either a rule id or a rule, not both');
      const stored = await this.rules.get(actor, source.ruleId);
      const s = await this.rules.subjectOf(stored);
      if (!s) throw new AlertRuleNotFoundError();
      rule = stored;
      subject = s;
    } else if (source.rule) {
      const { draft, subject: s } = await this.rules.draft(actor, { name: 'backtest', ...source.rule });
      rule = { ...draft, tuning: { multiplier: 1, useful: 0, noise: 0 } };
      subject = s;
    } else {
      throw new BacktestRangeInvalidError('give a rule id or a rule');
    }
    const historyFrom = new Date(from.getTime() - ALERT_LIMITS.backtestHistoryDays * DAY);
    const rows = await this.reader.minutes({ ...subject.spec, name: 'backtest' }, historyFrom, to);
    const raised = backtest(rows, detectorRuleOf(rule), { until: to }).filter((a) => a.minute.getTime() >= from.getTime());
    const kept = rule.sentimentMaxMean === null && rule.negativeShareMin === null ? raised.map((detail) => ({ detail, sentimentMean: null, negativeShare: null })) : await this.withConditions(rule, subject.spec, raised);
    return {
      from,
      to,
      historyFrom,
      fired: kept.length,
      alerts: kept.slice(0, BACKTEST_LIST_MAX).map(({ detail: a, sentimentMean, negativeShare }) => ({
        minute: a.minute, kind: a.kind, measure: a.measure, observed: a.observed, expected: a.expected, strength: a.strength, windowMinutes: a.windowMinutes, sentimentMean, negativeShare,
      })),
      minutesWithData: rows.length,
    };
  }

  private async withConditions(
    rule: Pick<AlertRule, 'sentimentMaxMean' | 'negativeShareMin'>,
    spec: SeriesSpec,
    raised: SpikeAlertDetail[],
  ): Promise<{ detail: SpikeAlertDetail; sentimentMean: number | null; negativeShare: number | null }[]> {
    const out = [];
    for (const c of await this.explain({ ...rule } as AlertRule, spec, raised)) out.push({ detail: c.detail, sentimentMean: c.sentimentMean, negativeShare: c.negativeShare });
    return out;
  }

  private async dbNow(): Promise<Date> {
    return new Date((await this.ds.query(`SELECT now() AS now`))[0].now);
  }

  /** [from, to] on minute boundaries; `to` no later than the last closed minute, at most backtestMaxDays long. */
  private range(fromInput: unknown, toInput: unknown, now: Date): { from: Date; to: Date } {
    const asDate = (v: unknown, field: string) => {
      const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : null;
      if (!d || !Number.isFinite(d.getTime())) throw new BacktestRangeInvalidError(`"${field}" is not a date`);
      return new Date(Math.floor(d.getTime() / MINUTE) * MINUTE);
    };
    const from = asDate(fromInput, 'from');
    let to = asDate(toInput, 'to');
    const last = AlertDetectionService.lastClosedMinute(now);
    if (from.getTime() > last.getTime()) throw new BacktestRangeInvalidError('it starts in the future');
    if (to.getTime() > last.getTime()) to = last;
    if (to.getTime() <= from.getTime()) throw new BacktestRangeInvalidError('it must end after it starts');
    if (to.getTime() - from.getTime() > ALERT_LIMITS.backtestMaxDays * DAY) throw new BacktestRangeInvalidError(`it may last at most ${ALERT_LIMITS.backtestMaxDays} days`);
    return { from, to };
  }
}
