import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
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
 * Modules register their jobs in `onModuleInit`.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly jobs = new Map<string, JobDefinition>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;
  private readonly logger: Logger;

  constructor(
    private readonly ds: DataSource,
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
      this.timer = setInterval(() => {
        if (!this.running) this.running = this.runDue().finally(() => (this.running = undefined));
      }, this.config.jobs.tickMs).unref();
    }
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
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
