import { errorCodeOf, request, type ClientErrorCode } from '$lib/graphql/client';
import { SignalItemsDocument, type SignalItemFilter, type SignalItemRowFragment } from '$lib/graphql/generated';
import { realtime } from '$lib/realtime/realtime.svelte';
import { MINUTE_MS, MinuteCounts, type MinutePoint } from '$lib/components/signals/minutes';

export type SignalItemRow = SignalItemRowFragment;
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
/** How often the stream is read again for new items while no live event carries them, and after a reconnection. */
export const CATCH_UP_MS = 4000;
/** The window slides with the clock even when nothing arrives. */
const TICK_MS = 15_000;

/**
 * The managers' live dashboard: the stream as the viewer may see it (the API filters by department),
 * newest first, with filters; the chart's per-minute volume and mean sentiment for the last hour; a
 * pause that queues what arrives (with its count) until resumed. The last hour is read from GraphQL
 * (latest request wins, as in PeopleList), then new items are added as they come, each once.
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

  private readonly counts = new MinuteCounts();
  /** Bumped when the counts change, so that `points` (a plain object's content) is read again. */
  private version = $state(0);
  readonly points: MinutePoint[] = $derived.by(() => {
    void this.version;
    return this.counts.window(this.now, WINDOW_MINUTES);
  });

  private readonly known = new Set<string>();
  private endCursor: string | null = null;
  private generation = 0;
  private catchUpRunning = false;
  private timers: ReturnType<typeof setInterval>[] = [];

  /** Loads the last hour and follows the stream until the returned function is called. */
  start(filters: SignalFilters = {}): () => void {
    void this.load(filters);
    this.timers.push(
      setInterval(() => void this.catchUp(), CATCH_UP_MS),
      setInterval(() => {
        this.now = Date.now();
        this.counts.prune(this.now - WINDOW_MINUTES * MINUTE_MS);
      }, TICK_MS),
    );
    return () => this.stop();
  }

  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.generation++;
  }

  /** Reads the last hour again for these filters (also a retry after an error). */
  async load(filters: SignalFilters = this.filters): Promise<void> {
    const mine = ++this.generation;
    this.filters = filters;
    this.loading = true;
    this.error = null;
    this.queued = [];
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
      this.now = Date.now();
      this.version++;
    } catch (cause) {
      if (mine === this.generation) this.error = errorCodeOf(cause);
    } finally {
      if (mine === this.generation) this.loading = false;
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
   * New items, from a live event or a catch-up read: each is listed (or queued while paused) and
   * counted in the chart once, whichever way it came first.
   */
  receive(items: SignalItemRow[]): void {
    const fresh = items.filter((i) => !this.known.has(i.id));
    if (fresh.length === 0) return;
    for (const i of fresh) this.known.add(i.id);
    const since = Date.now() - WINDOW_MINUTES * MINUTE_MS;
    let counted = false;
    for (const i of fresh) counted = this.counts.add(i, since) || counted;
    const sorted = [...fresh].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
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
   * Reads the newest page and takes what this page has not seen. The stream's own socket events are
   * not in this build of the API yet, so this is how new items reach an open dashboard; once they are,
   * it stays as the read after a reconnection. Skipped while a read is under way or the tab is hidden.
   */
  async catchUp(): Promise<void> {
    if (this.catchUpRunning || this.loading || (typeof document !== 'undefined' && document.visibilityState === 'hidden')) return;
    if (realtime.status === 'offline') return;
    const mine = this.generation;
    this.catchUpRunning = true;
    try {
      const { signalItems } = await request(SignalItemsDocument, { first: PAGE_SIZE, filter: clean(this.filters) });
      if (mine === this.generation) this.receive(signalItems.nodes);
    } catch {
      // The next read tries again; a lasting failure shows as the live status going offline.
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
