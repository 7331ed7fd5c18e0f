import type { SignalStreamAck, SignalStreamBatch, SignalStreamSummary } from '@ruche/shared';
import { errorCodeOf, request, type ClientErrorCode } from '$lib/graphql/client';
import { CorrectSignalSentimentDocument, SignalItemsDocument, type SignalItemFilter, type SignalSentiment } from '$lib/graphql/generated';
import { realtime } from '$lib/realtime/realtime.svelte';
import { MINUTE_MS, MinuteCounts, type MinutePoint } from '$lib/components/signals/minutes';
import { chartDeltas, emptyCatalog, matchesFilters, rowOf, subscriptionOf, withStoryCopies, type SignalItemRow, type StreamCatalog } from '$lib/components/signals/stream-items';

export type { SignalItemRow } from '$lib/components/signals/stream-items';
export type SignalFilters = Pick<SignalItemFilter, 'sourceId' | 'language' | 'sentiment' | 'watchlistId' | 'departmentId'>;

/** The chart's window: the last hour, minute by minute. */
export const WINDOW_MINUTES = 60;
/**
 * The hour is read in pages of this size, up to this many pages (a busy hour is shown in part). The
 * page stays under the API's cost limit (GRAPHQL_MAX_COMPLEXITY, 2000 by default: ~20 per item).
 */
const PAGE_SIZE = 60;
const HISTORY_PAGES = 16;
/** Items kept in the list (the newest); older ones stay reachable with "show more" pages. */
const KEPT_MAX = 1000;
/** The window slides with the clock even when nothing arrives. */
const TICK_MS = 15_000;

/** Where the live stream stands: `live` once the server acknowledged the subscription. */
export type StreamState = 'waiting' | 'live' | 'refused';

/**
 * The managers' live dashboard: the stream as the viewer may see it (the server filters by
 * department), newest first, with filters; the chart's per-minute volume and mean sentiment for the
 * last hour; a pause that queues what arrives (with its count) until resumed.
 *
 * The last hour is read from GraphQL (latest request wins, as in PeopleList) once the stream's
 * subscription is acknowledged, so nothing stored in between is lost; then `signal:batch` messages
 * bring each new item (each listed and counted once, whichever way it came first). A socket that
 * reconnects subscribes again with the last id seen and the server replays what it missed; only
 * when it cannot (`resume: unknown`) or after a first connection is the newest page read again. A
 * `signal:summary` (a slow socket, a long absence) counts what was not sent, until "catch up".
 */
export class SignalDashboard {
  items = $state<SignalItemRow[]>([]);
  /** Arrived while paused, newest first; shown on resume. */
  queued = $state<SignalItemRow[]>([]);
  paused = $state(false);
  loading = $state(true);
  loadingMore = $state(false);
  hasOlder = $state(false);
  error = $state<ClientErrorCode | null>(null);
  /** Set when the hour held more items than the dashboard reads: the chart is complete only from then (ms). */
  partialSince = $state<number | null>(null);
  /** Ids of the items that came in last (live or on resume), for a brief highlight. */
  recent = $state<ReadonlySet<string>>(new Set());
  /** The last new item's arrival here, for the "updated" line. */
  lastArrival = $state<number | null>(null);
  now = $state(Date.now());
  filters = $state<SignalFilters>({});
  stream = $state<StreamState>('waiting');
  /** Why the server refused the subscription (its error code), when it did. */
  streamError = $state<string | null>(null);
  /** Items the stream did not send (summaries) since the last read: "N new signals", until caught up. */
  missed = $state(0);
  /** Whether the chart lacks some of the missed items (their minutes could not be counted exactly). */
  chartBehind = $state(false);

  private readonly counts = new MinuteCounts();
  /** Bumped when the counts change, so that `points` (a plain object's content) is read again. */
  private version = $state(0);
  readonly points: MinutePoint[] = $derived.by(() => {
    void this.version;
    return this.counts.window(this.now, WINDOW_MINUTES);
  });

  private readonly known = new Set<string>();
  private catalog: StreamCatalog = emptyCatalog();
  private endCursor: string | null = null;
  private generation = 0;
  private subscription = 0;
  /** The last item the stream delivered (or skipped in a summary): where a new subscription resumes. */
  private lastId: string | null = null;
  /** Live items that came while the hour was being read, added once it is. */
  private pending: SignalItemRow[] | null = null;
  private catchUpRunning = false;
  private stops: (() => void)[] = [];

  /** The sources and terms the page knows, to name what the stream sends (it sends ids). */
  setCatalog(catalog: StreamCatalog): void {
    this.catalog = catalog;
  }

  /** Subscribes to the stream, loads the last hour and follows it until the returned function is called. */
  start(filters: SignalFilters = {}): () => void {
    this.filters = filters;
    const tick = setInterval(() => {
      this.now = Date.now();
      this.counts.prune(this.now - WINDOW_MINUTES * MINUTE_MS);
    }, TICK_MS);
    this.stops.push(
      () => clearInterval(tick),
      realtime.on('signal:batch', (batch) => this.onBatch(batch)),
      realtime.on('signal:summary', (summary) => this.onSummary(summary)),
    );
    // Each later connection: a new socket has no subscription on the server. (The one open now is
    // subscribed by load, which reads the hour once the server has the subscription.)
    let now = true;
    this.stops.push(realtime.onConnect(() => void (now || this.resubscribe())));
    now = false;
    void this.load(filters);
    return () => this.stop();
  }

  stop(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
    this.generation++;
    this.subscription++;
    realtime.send('signal:unsubscribe');
  }

  /** Reads the last hour again for these filters (also a retry after an error, and "catch up"). */
  async load(filters: SignalFilters = this.filters): Promise<void> {
    const mine = ++this.generation;
    this.filters = filters;
    this.loading = true;
    this.error = null;
    this.queued = [];
    this.pending = [];
    // The read below covers everything stored until it runs: the stream starts from now.
    this.lastId = null;
    await this.subscribe();
    if (mine !== this.generation) return;
    const since = Date.now() - WINDOW_MINUTES * MINUTE_MS;
    const nodes: SignalItemRow[] = [];
    let after: string | null = null;
    let more = false;
    try {
      for (let page = 0; page < HISTORY_PAGES; page++) {
        const { signalItems }: { signalItems: { nodes: SignalItemRow[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } } = await request(SignalItemsDocument, {
          first: PAGE_SIZE,
          after,
          filter: clean(filters),
        });
        if (mine !== this.generation) return;
        nodes.push(...signalItems.nodes);
        after = signalItems.pageInfo.endCursor ?? null;
        more = signalItems.pageInfo.hasNextPage;
        const oldest = signalItems.nodes.at(-1);
        // Newest first: once a page reaches past the hour, the hour is complete.
        if (!more || !oldest || Date.parse(oldest.publishedAt) < since) break;
      }
      const oldest = nodes.at(-1);
      this.partialSince = more && oldest && Date.parse(oldest.publishedAt) >= since ? Date.parse(oldest.publishedAt) : null;
      this.counts.clear();
      this.known.clear();
      for (const item of nodes) {
        this.known.add(item.id);
        this.counts.add(item, since);
      }
      this.items = nodes.slice(0, KEPT_MAX);
      this.endCursor = after;
      this.hasOlder = more;
      this.missed = 0;
      this.chartBehind = false;
      this.now = Date.now();
      this.version++;
      const arrived = this.pending ?? [];
      this.pending = null;
      if (arrived.length > 0) this.receive(arrived);
    } catch (cause) {
      if (mine === this.generation) this.error = errorCodeOf(cause);
    } finally {
      if (mine === this.generation) {
        this.loading = false;
        this.pending = null;
      }
    }
  }

  /** Older items than those listed (past the hour too), a page at a time. */
  async loadOlder(): Promise<void> {
    if (!this.endCursor || this.loadingMore) return;
    const mine = this.generation;
    this.loadingMore = true;
    try {
      const { signalItems } = await request(SignalItemsDocument, { first: 50, after: this.endCursor, filter: clean(this.filters) });
      if (mine !== this.generation) return;
      const fresh = signalItems.nodes.filter((n) => !this.known.has(n.id));
      for (const n of fresh) this.known.add(n.id);
      this.items = [...this.items, ...fresh];
      this.endCursor = signalItems.pageInfo.endCursor ?? null;
      this.hasOlder = signalItems.pageInfo.hasNextPage;
    } catch (cause) {
      if (mine === this.generation) this.error = errorCodeOf(cause);
    } finally {
      if (mine === this.generation) this.loadingMore = false;
    }
  }

  pause(): void {
    this.paused = true;
  }

  /** Shows what arrived while paused, at the top. */
  resume(): void {
    this.paused = false;
    if (this.queued.length > 0) {
      this.recent = new Set(this.queued.map((i) => i.id));
      this.items = mergeNewest(this.queued, this.items).slice(0, KEPT_MAX);
    }
    this.queued = [];
  }

  /**
   * New items, from the stream or a catch-up read: each is listed (or queued while paused) and
   * counted in the chart once, whichever way it came first. While the hour is being read they wait.
   */
  receive(items: SignalItemRow[]): void {
    if (this.pending) {
      this.pending.push(...items);
      return;
    }
    const fresh = items.filter((i) => !this.known.has(i.id));
    if (fresh.length === 0) return;
    for (const i of fresh) this.known.add(i.id);
    const since = Date.now() - WINDOW_MINUTES * MINUTE_MS;
    let counted = false;
    for (const i of fresh) counted = this.counts.add(i, since) || counted;
    const sorted = [...fresh].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
    // A syndicated copy raises the count its story's rows already listed show, as a re-read would.
    this.items = withStoryCopies(this.items, fresh);
    this.queued = withStoryCopies(this.queued, fresh);
    if (this.paused) this.queued = [...sorted, ...this.queued];
    else {
      this.recent = new Set(sorted.map((i) => i.id));
      this.items = mergeNewest(sorted, this.items).slice(0, KEPT_MAX);
    }
    this.lastArrival = Date.now();
    this.now = Date.now();
    if (counted) this.version++;
  }

  /**
   * The hub sets an item's sentiment by hand; the row (listed or queued) and its minute's mean
   * follow. Throws the API's error for the caller to show.
   */
  async correct(itemId: string, label: SignalSentiment): Promise<SignalItemRow> {
    const { correctSignalSentiment: item } = await request(CorrectSignalSentimentDocument, { itemId, label });
    const before = this.items.find((i) => i.id === itemId) ?? this.queued.find((i) => i.id === itemId);
    if (before && this.counts.rescore(item, before.sentimentScore, item.sentimentScore)) this.version++;
    const swap = (list: SignalItemRow[]) => list.map((i) => (i.id === itemId ? item : i));
    this.items = swap(this.items);
    this.queued = swap(this.queued);
    return item;
  }

  /** "Catch up" after a summary: the hour is read again, exactly. */
  catchUpMissed(): Promise<void> {
    return this.load();
  }

  private onBatch(batch: SignalStreamBatch): void {
    if (batch.lastId) this.lastId = batch.lastId;
    const rows = batch.items.filter((i) => matchesFilters(i, this.filters)).map((i) => rowOf(i, this.catalog));
    if (rows.length > 0) this.receive(rows);
  }

  private onSummary(summary: SignalStreamSummary): void {
    if (summary.lastId) this.lastId = summary.lastId;
    if (summary.missed <= 0) return;
    this.missed += summary.missed;
    for (const d of chartDeltas(summary, this.filters.watchlistId)) this.counts.addDelta(d.at, d.items, d.sentimentSum);
    this.version++;
    // A resume summary counts at most the server's scan; beyond, only a re-read makes the chart exact.
    if (summary.truncated) this.chartBehind = true;
    this.now = Date.now();
  }

  /** Sends the subscription for the current filters; the ack says whether missed items follow. */
  private async subscribe(): Promise<SignalStreamAck | null> {
    const mine = ++this.subscription;
    let ack: SignalStreamAck;
    try {
      ack = await realtime.request('signal:subscribe', subscriptionOf(this.filters, this.lastId));
    } catch {
      // Not connected (or no answer): the next connection subscribes again.
      if (mine === this.subscription) this.stream = 'waiting';
      return null;
    }
    if (mine !== this.subscription) return null;
    this.stream = ack.ok ? 'live' : 'refused';
    this.streamError = ack.ok ? null : ack.code;
    return ack;
  }

  /**
   * After a (re)connection: subscribes with the last id seen. The server replays what came since (or
   * summarises it); when it cannot place that id, or none was seen yet, the newest page is read again.
   */
  private async resubscribe(): Promise<void> {
    if (this.pending) {
      // The hour is being read and covers what came before: only the subscription is needed.
      await this.subscribe();
      return;
    }
    const ack = await this.subscribe();
    if (ack?.ok && ack.resume !== 'replayed' && ack.resume !== 'summary') await this.catchUp();
  }

  /** Reads the newest page and takes what this page has not seen (after a reconnection the stream could not resume). */
  private async catchUp(): Promise<void> {
    if (this.catchUpRunning || this.loading) return;
    const mine = this.generation;
    this.catchUpRunning = true;
    try {
      const { signalItems } = await request(SignalItemsDocument, { first: PAGE_SIZE, filter: clean(this.filters) });
      if (mine === this.generation) this.receive(signalItems.nodes);
    } catch {
      // The stream goes on; the status line shows whether the socket is there.
    } finally {
      this.catchUpRunning = false;
    }
  }
}

/** The filter as the API takes it: no empty strings. */
function clean(filters: SignalFilters): SignalItemFilter {
  const out: SignalItemFilter = {};
  if (filters.sourceId) out.sourceId = filters.sourceId;
  if (filters.language) out.language = filters.language;
  if (filters.sentiment) out.sentiment = filters.sentiment;
  if (filters.watchlistId) out.watchlistId = filters.watchlistId;
  if (filters.departmentId) out.departmentId = filters.departmentId;
  return out;
}

/** Merges two newest-first lists; a new item published earlier than the top (a late feed entry) goes to its place. */
function mergeNewest(fresh: SignalItemRow[], list: SignalItemRow[]): SignalItemRow[] {
  if (list.length === 0) return fresh;
  const top = Date.parse(list[0].publishedAt);
  if (fresh.every((i) => Date.parse(i.publishedAt) >= top)) return [...fresh, ...list];
  return [...fresh, ...list].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
}
