import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/config';
import { JobsService } from '../../../core/jobs/jobs.service';
import { ROOT_LOGGER } from '../../../core/logging/logging.module';
import { DEMO_WATCH_TERMS } from '../analysis/demo-watch-terms';
import { compileWatchTerms, matchWatchTerms } from '../analysis/watchlist-query';
import { toSignalDraft } from '../feeds/normalise';
import { parseFeed } from '../feeds/parse-feed';
import { IngestService, type IngestEntry } from '../ingest/ingest.service';
import type { SignalDraft } from '../pipeline/contracts';
import { demoFeedsDir } from './signals.demo';

/**
 * The demo's live schedule, a pure function of time: the clock is cut into SLOT_MS slots and each slot
 * plays at most one item, chosen by a hash of the slot's number. About one slot in three plays one
 * (four items a minute, unevenly). Each BURST_PERIOD_MS window holds one burst of BURST_MS at a
 * hashed moment, on one hashed demo term, when every slot plays an item mentioning that term (a
 * dozen items a minute from several authors: what the spike detector should notice). Because the
 * schedule depends on nothing but the slot number, two instances, a retried run or a late one all
 * agree on what each slot holds; the item's external id names its slot, so the ingest's keys store
 * it once.
 */
export const SLOT_MS = 5_000;
export const BURST_PERIOD_MS = 20 * 60_000;
export const BURST_MS = 2 * 60_000;
/** A run plays the slots of the last LOOKBACK_MS that are due (a missed or failed run is made up, not more). */
export const LOOKBACK_MS = 2 * 60_000;
/** The burst terms: the demo watchlists' terms most likely to be talked about in a rush. */
export const BURST_TERMS = ['lumi-home', 'solaris', 'orange', 'clairvoy'] as const;

/** 32-bit integer hash (splitmix-like), so a slot's choices look random and are the same everywhere. */
export function hash32(n: number, salt: number): number {
  let x = (Math.imul(n | 0, 0x9e3779b1) ^ Math.imul(Math.floor(n / 4294967296) | 0, 0x85ebca6b) ^ salt) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

export interface SlotPlan {
  slot: number;
  at: Date;
  /** The burst's term (a DEMO_WATCH_TERMS id) when the slot is in a burst. */
  burstTerm: (typeof BURST_TERMS)[number] | null;
  /** Which item of the pool (or of the burst term's pool): an index to reduce modulo the pool's size. */
  pick: number;
}

/** The burst of the window holding `atMs`: its start and term. */
export function burstOf(atMs: number): { start: number; end: number; term: (typeof BURST_TERMS)[number] } {
  const window = Math.floor(atMs / BURST_PERIOD_MS);
  const slots = (BURST_PERIOD_MS - BURST_MS) / SLOT_MS;
  const start = window * BURST_PERIOD_MS + (hash32(window, 0xb0) % slots) * SLOT_MS;
  return { start, end: start + BURST_MS, term: BURST_TERMS[hash32(window, 0xb1) % BURST_TERMS.length] };
}

/** The slots in (fromMs, toMs] that play an item. */
export function plannedSlots(fromMs: number, toMs: number): SlotPlan[] {
  const plans: SlotPlan[] = [];
  for (let slot = Math.floor(fromMs / SLOT_MS) + 1; slot * SLOT_MS <= toMs; slot++) {
    const at = slot * SLOT_MS;
    const burst = burstOf(at);
    const inBurst = at >= burst.start && at < burst.end;
    if (!inBurst && hash32(slot, 0x51) % 3 !== 0) continue;
    plans.push({ slot, at: new Date(at), burstTerm: inBurst ? burst.term : null, pick: hash32(slot, 0x9c) });
  }
  return plans;
}

interface PoolItem {
  /** The demo source's name (the feed's title, as the demo seed named it). */
  sourceName: string;
  draft: SignalDraft;
  /** DEMO_WATCH_TERMS ids it mentions. */
  terms: string[];
}

/** The demo feeds' items, parsed and normalised once (the files ship with the code). */
export function loadDemoPool(dir = demoFeedsDir()): PoolItem[] {
  if (!dir) return [];
  const compiled = compileWatchTerms([...DEMO_WATCH_TERMS]);
  const pool: PoolItem[] = [];
  for (const file of readdirSync(dir).filter((f) => /\.(xml|rss|atom)$/i.test(f)).sort()) {
    const feed = parseFeed(readFileSync(join(dir, file)), { baseUrl: 'https://demo.maison-lumiere.example/' });
    const sourceName = (feed.title ?? file).slice(0, 120);
    for (const item of feed.items) {
      const r = toSignalDraft(item, { now: new Date() });
      if ('draft' in r) pool.push({ sourceName, draft: r.draft, terms: matchWatchTerms(`${r.draft.title}\n${r.draft.text}`, compiled) });
    }
  }
  return pool;
}

/** The item a slot plays, re-dated to the slot and with an external id naming the slot. */
export function itemForSlot(plan: SlotPlan, pool: PoolItem[]): PoolItem | null {
  const candidates = plan.burstTerm ? pool.filter((p) => p.terms.includes(plan.burstTerm!)) : pool;
  if (candidates.length === 0) return null;
  const chosen = candidates[plan.pick % candidates.length];
  return {
    ...chosen,
    draft: { ...chosen.draft, externalId: `${chosen.draft.externalId.slice(0, 400)}#replay-${plan.slot}`, publishedAt: plan.at },
  };
}

export interface ReplayReport {
  planned: number;
  stored: number;
  duplicates: number;
}

/**
 * Plays the demo feeds live through the real ingest (language, sentiment, watchlists, stories,
 * counts, the stream), in the demo organisation only: its import sources named after the demo
 * feeds must exist, as the demo seed creates them. A job claimed in PostgreSQL (core/jobs) runs it,
 * so one instance plays each period; SIGNALS_DEMO_REPLAY turns it off (off in tests unless asked).
 */
@Injectable()
export class DemoReplayer implements OnModuleInit {
  private pool?: PoolItem[];
  private readonly logger: Logger;

  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobsService,
    private readonly ingest: IngestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ module: 'signals' });
  }

  onModuleInit(): void {
    if (!this.config.signalStream.demoReplay) return;
    this.jobs.register({ name: 'signals.demo-replay', everySeconds: 15, timeoutSeconds: 60, run: () => this.play().then(() => undefined) });
  }

  /** Plays the due slots of the last LOOKBACK_MS up to `now`. */
  async play(now = new Date()): Promise<ReplayReport> {
    return this.playWindow(new Date(now.getTime() - LOOKBACK_MS), now);
  }

  /** Plays the slots in (from, to]; what was played already is found by its key and stored once. */
  async playWindow(from: Date, to: Date): Promise<ReplayReport> {
    this.pool ??= loadDemoPool();
    const report: ReplayReport = { planned: 0, stored: 0, duplicates: 0 };
    if (this.pool.length === 0) return report;
    const names = [...new Set(this.pool.map((p) => p.sourceName))];
    const sources: { id: string; name: string }[] = await this.ds.query(
      `SELECT DISTINCT ON (name) id, name FROM signal_sources WHERE kind = 'import' AND health <> 'disabled' AND name = ANY($1::text[]) ORDER BY name, created_at`,
      [names],
    );
    if (sources.length === 0) return report;
    const sourceIds = new Map(sources.map((s) => [s.name, s.id]));
    const bySource = new Map<string, IngestEntry[]>();
    for (const plan of plannedSlots(from.getTime(), to.getTime())) {
      const item = itemForSlot(plan, this.pool);
      const sourceId = item && sourceIds.get(item.sourceName);
      if (!item || !sourceId) continue;
      let entries = bySource.get(sourceId);
      if (!entries) bySource.set(sourceId, (entries = []));
      entries.push({ draft: item.draft, position: entries.length });
      report.planned++;
    }
    for (const [sourceId, entries] of bySource) {
      const r = await this.ingest.ingest(sourceId, entries, { via: 'demo' });
      report.stored += r.stored.length;
      report.duplicates += r.duplicates;
    }
    if (report.stored > 0) this.logger.debug({ ...report }, 'demo items replayed');
    return report;
  }
}
