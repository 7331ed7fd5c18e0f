import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SENTIMENT_LABEL_SCORE, type SignalSentiment } from '@ruche/shared';
import { analyseSentiment } from '../analysis/sentiment';
import { detectLanguage } from '../analysis/language';
import { compileWatchTerms, matchWatchTerms, WatchQueryError, type CompiledWatchTerms } from '../analysis/watchlist-query';
import { SAME_STORY_MAX_DISTANCE } from '../feeds/simhash';
import type { SignalDraft, WatchTermDefinition } from '../pipeline/contracts';
import { SourcesService } from '../sources.service';
import { storeBatch, type PreparedItem, type StoredItem } from './ingest-store';
import { notifyStored } from '../stream/stream-wake';
import { ensurePartitions, utcDay, addDays } from './partitions';

/**
 * One input of a batch: a draft ready for the pipeline, a draft already analysed (IngestService.analyse),
 * or an entry refused before it (with its reason).
 */
export type IngestEntry = { draft: SignalDraft; position: number } | { prepared: PreparedItem; position: number } | { refused: string; position: number };

export interface IngestReport {
  stored: StoredItem[];
  duplicates: number;
  refused: { position: number; reason: string }[];
}

export interface IngestOptions {
  /** What brought the items, for the source's log. */
  via: 'poll' | 'webhook' | 'import' | 'manual' | 'demo';
  /** Items per transaction (default 500): a crash loses at most the chunk under way, which a retry stores. */
  chunkSize?: number;
  /** Runs everything in the caller's transaction (webhook deliveries, the demo seed) as one chunk. */
  tx?: EntityManager;
  /** Stored items also set the source's last_success_at (in the statement that adds to its item count). */
  markSuccess?: boolean;
  /** Called after each committed chunk with the running totals (import progress; tests inject failures here). */
  afterChunk?: (report: IngestReport, chunk: number) => Promise<void>;
}

/** The analyser's view of the watch terms and correction rules, recompiled only when they change. */
interface AnalysisContext {
  version: string;
  terms: CompiledWatchTerms;
  rules: CompiledWatchTerms;
  /** rule id → label, newest rule first (the newest matching rule wins) */
  ruleLabels: Map<string, SignalSentiment>;
}

/** Refused entries logged one by one per batch; beyond, one summary line (the log keeps 200 lines anyway). */
const REFUSALS_LOGGED_PER_BATCH = 50;
/**
 * Items analysed between two yields to the event loop (a few ms: language detection is most of an
 * item's CPU). A 100-item delivery analysed in one go holds the loop for tens of ms, during which no
 * other delivery's transaction, holding its locks, gets its next answer.
 */
const ANALYSIS_SLICE = 8;

/**
 * The ingest pipeline after parsing: language → sentiment (+ the hub's correction rules) → watchlist
 * matching → store (exact de-duplication by key, near-duplicates into stories) → count, in chunks of
 * one transaction each. At-least-once with idempotency: a chunk commits whole or not at all, and a
 * retry of the same items finds their keys and stores nothing twice. Refused entries are written to
 * the source's log with their reason; the rest of the batch is stored.
 */
@Injectable()
export class IngestService {
  private context?: AnalysisContext;
  private contextLoading?: Promise<AnalysisContext>;
  /** UTC days whose partitions this process has made sure of. */
  private readonly partitionsReady = new Set<string>();

  constructor(
    private readonly ds: DataSource,
    private readonly sources: SourcesService,
  ) {}

  /** Compiles terms and rules, ignoring (one by one) any stored query that no longer compiles. */
  static compileSafely(defs: WatchTermDefinition[]): CompiledWatchTerms {
    let list = defs;
    for (;;) {
      try {
        return compileWatchTerms(list);
      } catch (e) {
        // An alias to a deleted term, say: that term matches nothing until it is fixed; the rest work.
        if (!(e instanceof WatchQueryError) || !e.termId || !list.some((d) => d.id === e.termId)) return compileWatchTerms([]);
        list = list.filter((d) => d.id !== e.termId);
      }
    }
  }

  /** The current analysis context (one cheap statement to check nothing changed). */
  async analysisContext(tx: EntityManager = this.ds.manager): Promise<AnalysisContext> {
    const [{ version }]: { version: string }[] = await tx.query(
      `SELECT concat_ws('|', (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM signal_watch_terms),
                             (SELECT count(*) || ':' || coalesce(max(created_at)::text, '') FROM signal_sentiment_rules)) AS version`,
    );
    if (this.context?.version === version) return this.context;
    const terms: WatchTermDefinition[] = await tx.query(`SELECT id::text, label, query FROM signal_watch_terms ORDER BY id`);
    const rules: { id: string; query: string; label: SignalSentiment }[] = await tx.query(`SELECT id::text, query, label FROM signal_sentiment_rules ORDER BY created_at DESC, id`);
    const context: AnalysisContext = {
      version,
      terms: IngestService.compileSafely(terms),
      rules: IngestService.compileSafely(rules.map((r) => ({ id: r.id, label: r.label, query: r.query }))),
      ruleLabels: new Map(rules.map((r) => [r.id, r.label])),
    };
    this.context = context;
    return context;
  }

  /** Language, sentiment (a correction rule's label wins over the analyser's) and matched terms of a draft. */
  static prepare(draft: SignalDraft, context: AnalysisContext): PreparedItem {
    const text = `${draft.title}\n${draft.text}`;
    const language = detectLanguage(text);
    const analyser = analyseSentiment(text, language);
    const termIds = context.terms.terms.length ? matchWatchTerms(text, context.terms) : [];
    let sentiment: PreparedItem['sentiment'] = { ...analyser, origin: 'analyser' };
    if (context.rules.terms.length) {
      const matched = new Set(matchWatchTerms(text, context.rules));
      const rule = [...context.ruleLabels.keys()].find((id) => matched.has(id));
      if (rule) {
        const label = context.ruleLabels.get(rule)!;
        sentiment = { label, score: SENTIMENT_LABEL_SCORE[label], origin: 'rule' };
      }
    }
    return { draft, language, sentiment, analyser, termIds };
  }

  /**
   * Analyses the drafts of `entries` before their transaction opens (and yields to the event loop
   * every ANALYSIS_SLICE items), so that no transaction, and none of its locks, waits on the analyser.
   * The context is the current one: a term or rule changed meanwhile applies from the next batch, as it
   * would had the batch come a moment earlier.
   */
  async analyse(entries: IngestEntry[]): Promise<IngestEntry[]> {
    if (!entries.some((e) => 'draft' in e)) return entries;
    const context = await this.analysisContext();
    const out: IngestEntry[] = [];
    let analysed = 0;
    for (const e of entries) {
      if (!('draft' in e)) {
        out.push(e);
        continue;
      }
      if (analysed > 0 && analysed % ANALYSIS_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
      out.push({ prepared: IngestService.prepare(e.draft, context), position: e.position });
      analysed++;
    }
    return out;
  }

  /**
   * Makes sure the partitions for today and tomorrow (UTC, by the database's clock) exist, in a short
   * transaction of its own, once a day per process.
   */
  async ensureTodayPartitions(tx?: EntityManager): Promise<void> {
    const jsDay = utcDay(new Date());
    if (this.partitionsReady.has(jsDay)) return;
    const run = async (m: EntityManager) => {
      const [{ today }]: { today: string }[] = await m.query(`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS today`);
      await ensurePartitions((sql, params) => m.query(sql, params), [today, addDays(today, 1)]);
    };
    if (tx) await run(tx);
    else await this.ds.transaction(run);
    this.partitionsReady.add(jsDay);
  }

  /** Runs the pipeline on a source's entries; see the class comment. */
  async ingest(sourceId: string, entries: IngestEntry[], options: IngestOptions): Promise<IngestReport> {
    const report: IngestReport = { stored: [], duplicates: 0, refused: [] };
    const chunkSize = options.tx ? Math.max(1, entries.length) : Math.max(1, options.chunkSize ?? 500);
    if (entries.length === 0) return report;
    if (!options.tx) await this.ensureTodayPartitions();
    for (let start = 0, chunk = 0; start < entries.length; start += chunkSize, chunk++) {
      // Analysed before the chunk's transaction opens (a caller's own transaction should pass analysed entries).
      const slice = options.tx ? entries.slice(start, start + chunkSize) : await this.analyse(entries.slice(start, start + chunkSize));
      const run = async (tx: EntityManager) => {
        if (options.tx) await this.ensureTodayPartitions(tx);
        const context = slice.some((e) => 'draft' in e) ? await this.analysisContext(tx) : undefined;
        const prepared = slice.flatMap((e) => ('prepared' in e ? [e.prepared] : 'draft' in e ? [IngestService.prepare(e.draft, context!)] : []));
        const refused = slice.flatMap((e) => ('refused' in e ? [{ position: e.position, reason: e.refused }] : []));
        const log = refused.slice(0, REFUSALS_LOGGED_PER_BATCH).map((r) => ({ kind: 'refused' as const, message: `${options.via}: entry ${r.position + 1} refused: ${r.reason}`, detail: { position: r.position, reason: r.reason } }));
        if (refused.length > REFUSALS_LOGGED_PER_BATCH) log.push({ kind: 'refused', message: `${options.via}: ${refused.length - REFUSALS_LOGGED_PER_BATCH} more entries refused in this batch`, detail: { position: -1, reason: 'more' } });
        let logged = false;
        const outcome = await storeBatch((sql, params) => tx.query(sql, params), sourceId, prepared, { threshold: SAME_STORY_MAX_DISTANCE }, {
          markSuccess: options.markSuccess,
          // Before the rows concurrent batches share are locked (storeBatch's tail).
          beforeTail: async () => {
            // The live stream on every instance reads the items when (and only if) this transaction commits.
            await notifyStored(tx);
            await this.sources.appendLog(sourceId, log, tx);
            logged = true;
          },
        });
        if (!logged) await this.sources.appendLog(sourceId, log, tx);
        return { outcome, refused };
      };
      const { outcome, refused } = options.tx ? await run(options.tx) : await this.ds.transaction(run);
      report.stored.push(...outcome.stored);
      report.duplicates += outcome.duplicates.length;
      report.refused.push(...refused);
      if (options.afterChunk) await options.afterChunk(report, chunk);
    }
    return report;
  }
}
