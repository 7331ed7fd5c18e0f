import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/config';
import { JobsService } from '../../../core/jobs/jobs.service';
import { ROOT_LOGGER } from '../../../core/logging/logging.module';
import { DISTINCT_MARKER_DAYS } from './counts';
import { addDays, dropPartitionsBefore, ensurePartitions } from './partitions';

/** Days of partitions created ahead, so a late or paused job never leaves ingest without one. */
const DAYS_AHEAD = 3;
/** Idempotency keys outlive their items by this much: feeds keep old entries for weeks, and those must stay duplicates. */
const KEY_EXTRA_DAYS = 30;
/** Webhook idempotency keys: far longer than the replay window, after which a retry is refused anyway. */
const DELIVERY_KEY_HOURS = 24;
/** An import still "running" with no progress for this long lost its process. */
const STALE_IMPORT_MINUTES = 60;

export interface RetentionOutcome {
  created: string[];
  droppedDays: string[];
}

/**
 * The retention job (`signals.retention`, hourly): creates the coming days' partitions, drops the
 * partitions of raw items older than SIGNALS_RETENTION_DAYS whole (DROP TABLE, no row-by-row delete),
 * and trims what lives beside them. Per-minute counts are kept SIGNALS_MINUTE_COUNTS_DAYS; daily
 * aggregates are kept for good.
 */
@Injectable()
export class RetentionService implements OnModuleInit {
  private readonly logger: Logger;

  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ module: 'signals' });
  }

  onModuleInit(): void {
    this.jobs.register({ name: 'signals.retention', everySeconds: 3600, run: () => this.run().then(() => undefined) });
  }

  /** One pass; `today` (UTC, 'YYYY-MM-DD') defaults to the database's. */
  async run(today?: string): Promise<RetentionOutcome> {
    const { retentionDays, minuteCountsDays } = this.config.signals;
    const outcome = await this.ds.transaction(async (tx) => {
      const q = (sql: string, params?: unknown[]) => tx.query(sql, params);
      const day = today ?? (await q(`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS d`))[0].d;
      const created = await ensurePartitions(q, Array.from({ length: DAYS_AHEAD + 1 }, (_, i) => addDays(day, i)));
      const droppedDays = await dropPartitionsBefore(q, addDays(day, -retentionDays));
      const horizon = `${addDays(day, -retentionDays)}T00:00:00Z`;
      await q(`DELETE FROM signal_stories WHERE last_seen_at < $1::timestamptz`, [horizon]);
      await q(`DELETE FROM signal_item_keys WHERE received_at < $1::timestamptz - make_interval(days => $2)`, [horizon, KEY_EXTRA_DAYS]);
      return { created, droppedDays };
    });
    await this.ds.query(`DELETE FROM signal_term_minutes WHERE minute < now() - make_interval(days => $1)`, [minuteCountsDays]);
    // Distinct markers of older buckets: a late item rebuilds them from the stored items (counts.ts).
    await this.ds.query(`DELETE FROM signal_term_distinct WHERE bucket < now() - make_interval(days => $1)`, [DISTINCT_MARKER_DAYS]);
    await this.ds.query(`DELETE FROM signal_webhook_deliveries WHERE received_at < now() - make_interval(hours => $1)`, [DELIVERY_KEY_HOURS]);
    await this.ds.query(
      `UPDATE signal_import_runs SET status = 'aborted', error = 'the import stopped (its server went away)', finished_at = now()
        WHERE status = 'running' AND updated_at < now() - make_interval(mins => $1)`,
      [STALE_IMPORT_MINUTES],
    );
    if (outcome.droppedDays.length) this.logger.info({ days: outcome.droppedDays }, 'signal partitions dropped');
    return outcome;
  }
}
