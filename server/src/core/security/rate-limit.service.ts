import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RateLimitedError } from '../errors/domain-error';
import { JobsService } from '../jobs/jobs.service';

/**
 * Fixed-window counters in PostgreSQL, so every instance counts against the same budget.
 * One upsert per hit (`consume`) or per leased slice (`reserve`); old windows are purged by `purge`.
 */
@Injectable()
export class RateLimitService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'ratelimit.purge', everySeconds: 600, run: () => this.purge() });
  }

  async consume(key: string, limit: number, windowSeconds = 60): Promise<void> {
    const window = (await this.reserve([{ key, amount: 1 }], windowSeconds)).values().next().value!;
    if (window.hits > limit) throw new RateLimitedError(Math.max(1, Math.ceil(window.remainingMs / 1000)));
  }

  /**
   * Adds `amount` hits to each key's current window in one statement (keys locked in sorted order, so
   * two instances reserving the same keys cannot deadlock). Returns, per key, the window's total
   * including this reservation and how many milliseconds the window has left by the database's clock.
   */
  async reserve(requests: { key: string; amount: number }[], windowSeconds = 60): Promise<Map<string, { hits: number; remainingMs: number }>> {
    const rows: { key: string; hits: number; remaining_ms: number }[] = await this.ds.query(
      `INSERT INTO rate_limits (key, window_start, hits)
       SELECT r.key, to_timestamp(floor(extract(epoch FROM now()) / $3) * $3), r.amount
         FROM unnest($1::text[], $2::int[]) AS r(key, amount)
        ORDER BY r.key
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + EXCLUDED.hits
       RETURNING key, hits, (extract(epoch FROM window_start) + $3 - extract(epoch FROM now())) * 1000 AS remaining_ms`,
      [requests.map((r) => r.key.slice(0, 200)), requests.map((r) => r.amount), windowSeconds],
    );
    const byKey = new Map(rows.map((r) => [r.key, { hits: Number(r.hits), remainingMs: Number(r.remaining_ms) }]));
    return new Map(requests.map((r) => [r.key, byKey.get(r.key.slice(0, 200))!]));
  }

  async purge(): Promise<void> {
    await this.ds.query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 hour'`);
  }
}
