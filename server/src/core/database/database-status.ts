import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '../errors/database-unavailable';
import { ROOT_LOGGER } from '../logging/logging.module';

/** How long a probe may take before the database counts as unreachable. */
const PROBE_TIMEOUT_MS = 2_000;
/** While down, probes back off from the first delay to the last: prompt recovery, no reconnect storm. */
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 2_000;

/**
 * Whether this instance can reach PostgreSQL, learnt from failures others report (the pool, the
 * realtime listener, jobs, requests) and confirmed by probing: a single broken connection is not an
 * outage, a failed `SELECT 1` is. It logs each transition once — not once per failed request — and
 * while down it probes until the database answers again, then tells its listeners (jobs resume,
 * realtime recounts presence). Connections themselves recover on their own: the pools open new ones.
 */
@Injectable()
export class DatabaseStatus implements OnModuleInit, OnApplicationShutdown {
  private up = true;
  private downSince = 0;
  private retryMs = RETRY_FIRST_MS;
  private probing?: Promise<void>;
  private retryTimer?: NodeJS.Timeout;
  private stopped = false;
  private readonly listeners = new Set<(up: boolean) => void>();
  private readonly logger: Logger;
  private readonly onPoolError = (err: Error) => this.report(err);

  constructor(
    private readonly ds: DataSource,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ module: 'database' });
  }

  onModuleInit(): void {
    // TypeORM logs idle-connection errors at its own (silenced) level; we want them as an outage hint.
    this.pool?.on('error', this.onPoolError);
  }

  private get pool(): Pool | undefined {
    return (this.ds.driver as unknown as { master?: Pool }).master;
  }

  get isUp(): boolean {
    return this.up;
  }

  /** Calls `listener(up)` on every transition; returns the unsubscribe function. */
  onChange(listener: (up: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Tells the status about a failure. Returns true when it is the database being unreachable — the
   * caller should then answer SERVICE_UNAVAILABLE and not log it (this class logs the outage once).
   */
  report(error: unknown): boolean {
    if (!isDatabaseUnavailable(error)) return false;
    if (this.up) this.probe(error);
    return true;
  }

  /** Something reached the database: if we thought it was down, check now instead of at the next retry. */
  reportSuccess(): void {
    if (!this.up) this.probe();
  }

  /** One probe at a time; its outcome decides the state. */
  private probe(hint?: unknown): void {
    if (this.probing || this.stopped) return;
    this.probing = this.ping()
      .then(
        () => this.setUp(),
        (err: unknown) => this.setDown(err ?? hint),
      )
      .finally(() => (this.probing = undefined));
  }

  /** `SELECT 1` within `timeoutMs`, or an ETIMEDOUT error (which `isDatabaseUnavailable` recognises). */
  async ping(timeoutMs = PROBE_TIMEOUT_MS): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.ds.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(Object.assign(new Error(`no answer from PostgreSQL within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private setDown(cause: unknown): void {
    if (this.stopped) return;
    if (this.up) {
      this.up = false;
      this.downSince = Date.now();
      this.retryMs = RETRY_FIRST_MS;
      const reason = cause instanceof Error ? cause.message : String(cause);
      this.logger.error({ reason }, 'PostgreSQL is unreachable: requests answer SERVICE_UNAVAILABLE and jobs pause until it is back');
      this.emit(false);
    }
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.probe(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  private setUp(): void {
    clearTimeout(this.retryTimer);
    if (this.up || this.stopped) return;
    this.up = true;
    this.logger.info({ downMs: Date.now() - this.downSince }, 'PostgreSQL is reachable again');
    this.emit(true);
  }

  private emit(up: boolean): void {
    for (const listener of this.listeners) {
      try {
        listener(up);
      } catch (err) {
        this.logger.error({ err }, 'database status listener failed');
      }
    }
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.pool?.removeListener('error', this.onPoolError);
  }
}
