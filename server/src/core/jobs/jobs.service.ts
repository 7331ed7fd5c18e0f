import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { DatabaseStatus } from '../database/database-status';
import { ROOT_LOGGER } from '../logging/logging.module';

export interface JobDefinition {
  /** Stable name, e.g. `auth.purge`; also the row key in `scheduled_jobs`. */
  name: string;
  everySeconds: number;
  /** Longest a run may take before another instance may assume it died and run the job again. */
  timeoutSeconds?: number;
  run: () => Promise<void>;
}

/**
 * Periodic jobs backed by PostgreSQL. Every instance ticks, but a due job is claimed with one atomic
 * UPDATE, so exactly one instance runs it per period; a crashed run is retried after its timeout.
 * While PostgreSQL is unreachable the ticks pause (nothing to claim, nothing to log each time) and
 * resume by themselves when DatabaseStatus sees it back. Modules register their jobs in `onModuleInit`.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly jobs = new Map<string, JobDefinition>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;
  private unsubscribe?: () => void;
  private readonly logger: Logger;

  constructor(
    private readonly ds: DataSource,
    private readonly database: DatabaseStatus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ module: 'jobs' });
  }

  register(job: JobDefinition): void {
    if (!/^[a-z][a-z0-9_.-]{0,99}$/.test(job.name)) throw new Error(`invalid job name "${job.name}"`);
    if (this.jobs.has(job.name)) throw new Error(`job "${job.name}" is registered twice`);
    this.jobs.set(job.name, job);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const job of this.jobs.values()) {
      await this.ds.query(
        `INSERT INTO scheduled_jobs (name, interval_seconds, next_run_at) VALUES ($1, $2, now())
         ON CONFLICT (name) DO UPDATE SET interval_seconds = EXCLUDED.interval_seconds`,
        [job.name, job.everySeconds],
      );
    }
    if (this.config.jobs.enabled) {
      this.timer = setInterval(() => this.tick(), this.config.jobs.tickMs).unref();
      // Back from an outage: look for due jobs now rather than at the next tick.
      this.unsubscribe = this.database.onChange((up) => up && this.tick());
    }
  }

  private tick(): void {
    if (this.running || this.stopped || !this.database.isUp) return;
    this.running = this.runDue()
      .catch((err: unknown) => {
        // An unreachable database is logged once by DatabaseStatus, which also pauses the ticks.
        if (!this.database.report(err)) this.logger.error({ err }, 'jobs tick failed');
      })
      .finally(() => (this.running = undefined));
  }

  /** Runs every registered job that is due and not claimed elsewhere; returns the names this instance ran. */
  async runDue(): Promise<string[]> {
    const ran: string[] = [];
    for (const job of this.jobs.values()) {
      if (this.stopped) break;
      // TypeORM answers an UPDATE with [rows, affectedCount].
      const [claimed]: [unknown[], number] = await this.ds.query(
        `UPDATE scheduled_jobs
            SET locked_until = now() + make_interval(secs => $2), last_started_at = now()
          WHERE name = $1 AND next_run_at <= now() AND (locked_until IS NULL OR locked_until < now())
          RETURNING name`,
        [job.name, job.timeoutSeconds ?? Math.max(60, job.everySeconds)],
      );
      if (claimed.length === 0) continue;
      const started = Date.now();
      let error: string | null = null;
      try {
        await job.run();
      } catch (err) {
        // The run lost its database: recording the failure would fail too. Its lock lapses after the
        // job's timeout and the next due tick, on whichever instance, runs it again.
        if (this.database.report(err)) throw err;
        error = err instanceof Error ? err.message : String(err);
        this.logger.error({ err, job: job.name }, 'job failed');
      }
      await this.ds.query(
        `UPDATE scheduled_jobs
            SET next_run_at = now() + make_interval(secs => interval_seconds), locked_until = NULL,
                last_finished_at = now(), last_error = $2, run_count = run_count + 1
          WHERE name = $1`,
        [job.name, error],
      );
      this.logger.debug({ job: job.name, ms: Date.now() - started }, 'job ran');
      ran.push(job.name);
    }
    return ran;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
