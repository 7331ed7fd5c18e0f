import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { rooms, SIGNAL_LIMITS, type SignalSourceHealthEvent } from '@ruche/shared';
import { DatabaseStatus } from '../../../core/database/database-status';
import { JobsService } from '../../../core/jobs/jobs.service';
import { ROOT_LOGGER } from '../../../core/logging/logging.module';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { parseFeed } from '../feeds/parse-feed';
import { toSignalDraft } from '../feeds/normalise';
import { safeFetch } from '../feeds/safe-fetch';
import { sourceFromRow, type SignalSourceEntity } from '../signal-source.entity';
import { SourcesService } from '../sources.service';
import { IngestService, type IngestEntry } from './ingest.service';

/** Feeds polled per job run, and at once: a slow feed (time-capped by safeFetch) holds one slot. */
const POLL_BATCH = 20;
const POLL_CONCURRENCY = 4;
/** A claimed feed is not claimed again for this long: if the instance dies mid-poll, another retries after it. */
const CLAIM_LEASE_SECONDS = 600;

/** Seconds until the next poll after `failures` consecutive failures: the interval doubled each time, capped. */
export function backoffSeconds(intervalSeconds: number, failures: number): number {
  if (failures <= 0) return intervalSeconds;
  return Math.min(SIGNAL_LIMITS.pollBackoffMaxSeconds, intervalSeconds * 2 ** Math.min(failures, 20));
}

export type PollOutcome = { status: 'stored'; stored: number; duplicates: number; refused: number } | { status: 'not_modified' } | { status: 'failed'; reason: string };

/**
 * The feed polling job (`signals.poll`): due feeds are claimed in PostgreSQL (FOR UPDATE SKIP LOCKED,
 * their next poll pushed out by a lease), fetched with safeFetch (SSRF rules, the allowlists, size and
 * time caps, conditional GET with the stored ETag / Last-Modified), parsed, and their items ingested.
 * Success: health ok, next poll after the interval. Failure: health failing, the error in the log,
 * next poll after an exponential backoff (backoffSeconds). Health changes go to the hub's room.
 */
@Injectable()
export class PollingService implements OnModuleInit {
  private readonly logger: Logger;

  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobsService,
    private readonly sources: SourcesService,
    private readonly ingest: IngestService,
    private readonly realtime: RealtimeService,
    private readonly database: DatabaseStatus,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ module: 'signals' });
  }

  onModuleInit(): void {
    this.jobs.register({ name: 'signals.poll', everySeconds: 30, timeoutSeconds: CLAIM_LEASE_SECONDS, run: () => this.pollDue().then(() => undefined) });
  }

  /** Claims and polls due feeds; returns what happened to each (by source id). */
  async pollDue(limit = POLL_BATCH): Promise<Map<string, PollOutcome>> {
    const [rows]: [Record<string, unknown>[], number] = await this.ds.query(
      `UPDATE signal_sources SET next_poll_at = now() + make_interval(secs => $2)
        WHERE id IN (SELECT id FROM signal_sources WHERE kind = 'feed' AND health <> 'disabled' AND next_poll_at <= now()
                      ORDER BY next_poll_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING *`,
      [limit, CLAIM_LEASE_SECONDS],
    );
    const claimed = rows.map(sourceFromRow);
    const outcomes = new Map<string, PollOutcome>();
    let next = 0;
    const worker = async () => {
      while (next < claimed.length) {
        const source = claimed[next++];
        outcomes.set(source.id, await this.poll(source));
      }
    };
    await Promise.all(Array.from({ length: Math.min(POLL_CONCURRENCY, claimed.length) }, worker));
    return outcomes;
  }

  /** Polls one feed now (it must be claimed or otherwise owned by the caller). */
  async poll(source: SignalSourceEntity): Promise<PollOutcome> {
    const { operator, administrators } = await this.sources.fetchAllowlist();
    let fetched;
    try {
      fetched = await safeFetch(source.url!, { allow: [...operator, ...administrators], etag: source.etag ?? undefined, lastModified: source.lastModified ?? undefined });
    } catch (err) {
      if (this.database.report(err)) throw err;
      return this.failed(source, err instanceof Error ? err.message : String(err));
    }
    try {
      if (fetched.status === 304) {
        await this.succeeded(source, fetched.etag ?? source.etag, fetched.lastModified ?? source.lastModified, 'not modified (304)');
        return { status: 'not_modified' };
      }
      const feed = parseFeed(fetched.body!, { contentType: fetched.contentType ?? undefined, baseUrl: fetched.finalUrl });
      const now = new Date();
      const entries: IngestEntry[] = [
        ...feed.items.map((item, index): IngestEntry => {
          const r = toSignalDraft(item, { baseUrl: fetched.finalUrl, now });
          return 'draft' in r ? { draft: r.draft, position: index } : { refused: r.refused, position: index };
        }),
        ...feed.refused.map((r): IngestEntry => ({ refused: r.reason, position: r.index })),
      ];
      const report = await this.ingest.ingest(source.id, entries, { via: 'poll' });
      await this.succeeded(source, fetched.etag ?? null, fetched.lastModified ?? null, `${report.stored.length} stored, ${report.duplicates} already known, ${report.refused.length} refused`);
      return { status: 'stored', stored: report.stored.length, duplicates: report.duplicates, refused: report.refused.length };
    } catch (err) {
      if (this.database.report(err)) throw err;
      return this.failed(source, err instanceof Error ? err.message : String(err));
    }
  }

  private async succeeded(source: SignalSourceEntity, etag: string | null, lastModified: string | null, message: string): Promise<void> {
    await this.ds.transaction(async (tx) => {
      await tx.query(
        `UPDATE signal_sources SET health = CASE WHEN health = 'disabled' THEN health ELSE 'ok' END, consecutive_failures = 0, last_error = NULL,
                etag = $2, last_modified = $3, last_polled_at = now(), last_success_at = now(),
                next_poll_at = now() + make_interval(secs => poll_interval_seconds)
          WHERE id = $1`,
        [source.id, etag?.slice(0, 1000) ?? null, lastModified?.slice(0, 200) ?? null],
      );
      await this.sources.appendLog(source.id, [{ kind: 'poll', message: `poll: ${message}` }], tx);
    });
    if (source.health !== 'ok') this.announce({ sourceId: source.id, health: 'ok', consecutiveFailures: 0, lastError: null });
  }

  private async failed(source: SignalSourceEntity, reason: string): Promise<PollOutcome> {
    const failures = source.consecutiveFailures + 1;
    const wait = backoffSeconds(source.pollIntervalSeconds ?? SIGNAL_LIMITS.pollIntervalDefaultSeconds, failures);
    const lastError = reason.slice(0, 1000);
    await this.ds.transaction(async (tx) => {
      await tx.query(
        `UPDATE signal_sources SET health = CASE WHEN health = 'disabled' THEN health ELSE 'failing' END, consecutive_failures = $2, last_error = $3,
                last_polled_at = now(), next_poll_at = now() + make_interval(secs => $4)
          WHERE id = $1`,
        [source.id, failures, lastError, wait],
      );
      await this.sources.appendLog(source.id, [{ kind: 'poll', message: `poll failed: ${lastError}`, detail: { failures, retryInSeconds: wait } }], tx);
    });
    this.logger.info({ sourceId: source.id, failures, retryInSeconds: wait, reason: lastError }, 'feed poll failed');
    this.announce({ sourceId: source.id, health: 'failing', consecutiveFailures: failures, lastError });
    return { status: 'failed', reason: lastError };
  }

  private announce(event: SignalSourceHealthEvent): void {
    this.realtime.server?.to(rooms.hub()).emit('signal:source-health', event);
  }
}
