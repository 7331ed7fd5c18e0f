import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  rooms,
  SIGNAL_STREAM_LIMITS,
  type SignalStreamAck,
  type SignalStreamBatch,
  type SignalStreamItem,
  type SignalStreamResume,
  type SignalStreamSummary,
} from '@ruche/shared';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/config';
import type { AuthUser } from '../../../core/auth/auth-user';
import { DatabaseStatus } from '../../../core/database/database-status';
import { DomainError, ForbiddenError, RateLimitedError } from '../../../core/errors/domain-error';
import { ROOT_LOGGER } from '../../../core/logging/logging.module';
import { RealtimeService, type RuicheSocket } from '../../../core/realtime/realtime.service';
import { SignalSourceNotFoundError, WatchlistNotFoundError } from '../signals.errors';
import { chunks, compareKeys, minuteDeltas, MissedCounter, projectItem, type StreamKey, type StreamRow } from './stream-batch';
import { audienceKey, filterKey, mayView, parseSubscribe, type StreamFilter } from './stream-filter';
import { StreamRepository } from './stream.repository';
import { StreamWakeListener } from './stream-wake';

/** Settled items read per tick at most; a busier moment continues at once with the next tick. */
const TICK_ITEMS_MAX = 5000;
/**
 * Commits that land this close together go out in one batch (a burst of concurrent deliveries wakes
 * the stream once per commit).
 */
const COALESCE_MS = 15;

interface Subscription {
  socket: RuicheSocket;
  filter: StreamFilter;
  /** The audience the filter was checked for (audienceKey); a change re-checks it. */
  audience: string;
  rooms: string[];
  /** Everything up to here has been sent, summarised or filtered out for this socket. */
  position: StreamKey;
  lastSentId: string | null;
  /** It must be brought up to the stream's cursor from the database before it gets live items again. */
  behind: boolean;
  /** Set while its socket does not drain: where it stopped receiving items, and what it missed since. */
  slow?: { from: StreamKey; resumeFrom: string | null; counter: MissedCounter };
  /** The client's lastId, for a resume summary's `resumeFrom`. */
  resumeFrom: string | null;
}

/** Bytes waiting to be written to a socket: engine.io's queue (while the transport is busy) and the WebSocket's own buffer. */
function bufferedBytes(socket: RuicheSocket): number {
  const conn = socket.conn as unknown as { writeBuffer?: { data?: unknown }[]; transport?: { socket?: { bufferedAmount?: number } } };
  let bytes = conn.transport?.socket?.bufferedAmount ?? 0;
  for (const packet of conn.writeBuffer ?? []) {
    const data = packet.data;
    bytes += typeof data === 'string' ? data.length : data instanceof Uint8Array ? data.byteLength : 0;
  }
  return bytes;
}

function errorAck(err: DomainError): SignalStreamAck {
  const field = typeof err.details?.field === 'string' ? err.details.field : undefined;
  return { ok: false, code: err.code, message: err.message, ...(field ? { field } : {}) };
}

/**
 * The live signal stream over socket.io (shared/src/signal-stream.ts says what clients see).
 *
 * Every instance reads the settled items after its cursor from PostgreSQL (StreamRepository: in the
 * order of their storing transactions, only once no older transaction is running) when a storing
 * transaction commits anywhere (a NOTIFY sent at commit, see stream-wake.ts) and at least every
 * batch interval, and sends them to its own sockets. A socket's position is a point in that order,
 * so replaying what it missed from the database and then sending live items leaves no gap and no
 * duplicate, whichever instance it comes back to.
 *
 * Sockets join the rooms of the watchlists and departments they subscribe to (only those they may
 * see); each batch is filtered once per audience (what the 'signals.view' rule lets a kind of person
 * see) and filter, encoded once and written to every socket of that group. A socket whose write
 * buffer is above SIGNALS_STREAM_BUFFER_MAX_BYTES gets nothing more — its missed items are counted,
 * in bounded memory — until it drains below half of it; it then gets what it missed from the
 * database, or a summary when that is more than SIGNALS_STREAM_RESUME_MAX items.
 *
 * Subscriptions and ticks run one after the other on one promise chain, so positions never race.
 */
@Injectable()
export class StreamService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly subs = new Map<string, Subscription>();
  private readonly subscribeTimes = new WeakMap<RuicheSocket, number[]>();
  /** Everything up to here has been read by this instance. Undefined while nobody subscribes. */
  private cursor?: StreamKey;
  private chain: Promise<void> = Promise.resolve();
  private tickQueued = false;
  private timer?: NodeJS.Timeout;
  private timerAt = 0;
  private lastBatchAt = 0;
  /** The batch before the last one: two batches may go out within one batch interval (see requestTick). */
  private previousBatchAt = 0;
  private stopped = false;
  private wake?: StreamWakeListener;
  private readonly logger: Logger;

  constructor(
    private readonly realtime: RealtimeService,
    private readonly repo: StreamRepository,
    private readonly database: DatabaseStatus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ module: 'signals' });
  }

  /** After RealtimeService's own bootstrap (a global module's hooks run first): the socket.io server exists. */
  onApplicationBootstrap(): void {
    const io = this.realtime.server;
    if (!io) return;
    io.on('connection', (socket) => this.attach(socket));
    if (this.config.database.url) {
      this.wake = new StreamWakeListener(this.config.database.url, () => this.requestTick(), (err) => {
        if (!this.database.report(err)) this.logger.warn({ err }, 'signal stream LISTEN connection lost; polling meanwhile');
      });
      this.wake.start();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.wake?.close();
    await this.chain;
    this.subs.clear();
  }

  /** How many sockets of this instance are subscribed (health and tests). */
  get subscriberCount(): number {
    return this.subs.size;
  }

  private attach(socket: RuicheSocket): void {
    socket.on('signal:subscribe', (payload: unknown, ack: unknown) => {
      // A client that sends only a callback sends no filters.
      if (typeof payload === 'function' && ack === undefined) [payload, ack] = [undefined, payload];
      const reply = typeof ack === 'function' ? (ack as (r: SignalStreamAck) => void) : () => undefined;
      this.enqueue(async () => {
        try {
          const { ack: result, after } = await this.subscribe(socket, payload);
          reply(result);
          after();
        } catch (err) {
          if (err instanceof DomainError) return reply(errorAck(err));
          if (this.database.report(err)) return reply({ ok: false, code: 'SERVICE_UNAVAILABLE', message: 'The database is unavailable; try again shortly.' });
          this.logger.error({ err }, 'signal stream subscription failed');
          reply({ ok: false, code: 'INTERNAL_SERVER_ERROR', message: 'The subscription failed.' });
        }
      });
    });
    socket.on('signal:unsubscribe', (ack?: unknown) => {
      const sub = this.subs.get(socket.id);
      if (sub) this.drop(sub);
      if (typeof ack === 'function') (ack as (r: { ok: true }) => void)({ ok: true });
    });
    socket.on('disconnect', () => {
      const sub = this.subs.get(socket.id);
      if (sub?.socket === socket) this.subs.delete(socket.id);
    });
  }

  private enqueue(task: () => Promise<void>): void {
    this.chain = this.chain.then(task).catch((err: unknown) => {
      // The next tick tries again from the same cursor: nothing is lost, only late.
      if (!this.database.report(err)) this.logger.error({ err }, 'signal stream tick failed');
    });
  }

  /**
   * A tick as soon as the batch interval allows: at most two batches per interval, COALESCE_MS apart.
   * A quiet stream (an item now and then) thus sends each item at once instead of waiting up to a
   * whole interval behind the previous one, while a busy one still sends about a batch per half
   * interval, each written once per audience and filter to all its sockets.
   */
  private requestTick(): void {
    if (this.subs.size === 0) return;
    const now = Date.now();
    this.schedule(Math.max(0, this.previousBatchAt + this.config.signalStream.batchMs - now, this.lastBatchAt + COALESCE_MS - now));
  }

  private schedule(delay: number): void {
    if (this.stopped || this.subs.size === 0) return;
    const at = Date.now() + delay;
    if (this.timer && this.timerAt <= at) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.tickQueued) return;
      this.tickQueued = true;
      this.enqueue(async () => {
        this.tickQueued = false;
        try {
          await this.tick();
        } finally {
          // Polls on: other writers' commits are found here even if their NOTIFY was missed.
          this.schedule(this.config.signalStream.batchMs);
        }
      });
    }, delay);
    this.timer.unref();
  }

  private checkRate(socket: RuicheSocket): void {
    const now = Date.now();
    const times = (this.subscribeTimes.get(socket) ?? []).filter((t) => t > now - 60_000);
    if (times.length >= SIGNAL_STREAM_LIMITS.subscribesPerMinute) throw new RateLimitedError(Math.max(1, Math.ceil((times[0] + 60_000 - now) / 1000)));
    times.push(now);
    this.subscribeTimes.set(socket, times);
  }

  /** Throws unless every watchlist, department and source of the filter exists and `user` may see it. */
  private async validate(user: AuthUser, filter: StreamFilter): Promise<void> {
    if (filter.watchlistIds.length > 0) {
      const scopes = await this.repo.watchlistScopes();
      for (const id of filter.watchlistIds) {
        const scope = scopes.get(id);
        if (scope === undefined || !mayView(user, scope)) throw new WatchlistNotFoundError();
      }
    }
    const { departments, sources } = await this.repo.departmentsAndSources(filter.departmentIds, filter.sourceIds);
    for (const id of filter.departmentIds) {
      if (!departments.has(id) || !mayView(user, id)) throw new ForbiddenError('You may not read the signals of this department.');
    }
    for (const id of filter.sourceIds) {
      const scope = sources.get(id);
      if (scope === undefined || !mayView(user, scope)) throw new SignalSourceNotFoundError();
    }
  }

  private async subscribe(socket: RuicheSocket, payload: unknown): Promise<{ ack: SignalStreamAck; after: () => void }> {
    if (!socket.connected) return { ack: { ok: false, code: 'UNAUTHENTICATED', message: 'The socket is closed.' }, after: () => undefined };
    this.checkRate(socket);
    const user = socket.data.user;
    const audience = audienceKey(user);
    if (!audience) throw new ForbiddenError('Only managers and the hub read the signal stream.');
    const { filter, lastId } = parseSubscribe(payload);
    await this.validate(user, filter);
    // Nobody else listens here: the stream starts from now (the cursor may be as old as the last subscriber).
    if (!this.cursor || this.subs.size === 0 || (this.subs.size === 1 && this.subs.has(socket.id))) this.cursor = await this.repo.horizon();
    const cursor = this.cursor;

    let position = cursor;
    let resume: SignalStreamResume = 'live';
    if (lastId) {
      const at = await this.repo.position(user, lastId);
      if (!at) resume = 'unknown';
      else position = at;
    }
    // A repeated subscription never sends one socket an item twice: it goes on from the further point.
    const previous = this.subs.get(socket.id);
    const previousPosition = previous ? (previous.slow?.from ?? previous.position) : undefined;
    if (previousPosition && compareKeys(previousPosition, position) > 0) position = previousPosition;

    const wanted = [...filter.watchlistIds.map(rooms.signalWatchlist), ...filter.departmentIds.map(rooms.signalDepartment)];
    const joined = wanted.length > 0 ? wanted : [rooms.signalAll()];
    for (const room of previous?.rooms ?? []) if (!joined.includes(room)) void socket.leave(room);
    void socket.join(joined);
    const sub: Subscription = {
      socket,
      filter,
      audience,
      rooms: joined,
      position,
      lastSentId: previous?.lastSentId ?? lastId,
      behind: compareKeys(position, cursor) < 0,
      resumeFrom: lastId,
    };
    this.subs.set(socket.id, sub);
    let sends: (() => void)[] = [];
    if (sub.behind) {
      const caught = await this.catchUp(sub, cursor, 'resume');
      sends = caught.sends;
      resume = caught.outcome;
    }
    this.requestTick();
    return {
      ack: { ok: true, watchlistIds: filter.watchlistIds, departmentIds: filter.departmentIds, resume },
      after: () => {
        for (const send of sends) send();
      },
    };
  }

  private drop(sub: Subscription): void {
    for (const room of sub.rooms) void sub.socket.leave(room);
    if (this.subs.get(sub.socket.id) === sub) this.subs.delete(sub.socket.id);
  }

  /** What `user` sees of one stored item through `filter`, with the watchlists' current scopes. */
  private projector(user: AuthUser, filter: StreamFilter, scopes: Map<string, string | null>): (row: StreamRow) => SignalStreamItem | null {
    const departments = new Map<string | null, boolean>();
    const departmentVisible = (d: string | null) => {
      let v = departments.get(d);
      if (v === undefined) departments.set(d, (v = mayView(user, d)));
      return v;
    };
    const watchlistVisible = (w: string) => {
      const scope = scopes.get(w);
      return scope !== undefined && departmentVisible(scope);
    };
    return (row) => projectItem(row, filter, departmentVisible, watchlistVisible);
  }

  /**
   * Brings a socket from its position up to `upTo` from the database: the missed items (at most
   * SIGNALS_STREAM_RESUME_MAX, marked `replay`), or a summary when there are more. Returns the
   * messages to send (after the subscription's ack, or at once in a tick).
   */
  private async catchUp(sub: Subscription, upTo: StreamKey, reason: SignalStreamSummary['reason']): Promise<{ outcome: SignalStreamResume; sends: (() => void)[] }> {
    const user = sub.socket.data.user;
    const max = this.config.signalStream.resumeMax;
    const scopes = await this.repo.watchlistScopes();
    const visibleLists = [...scopes].filter(([, d]) => mayView(user, d)).map(([id]) => id);
    const filterLists = sub.filter.watchlistIds.filter((w) => visibleLists.includes(w));
    const rows = await this.repo.readRange(user, sub.filter, filterLists, sub.position, upTo, max + 1);
    const sends: (() => void)[] = [];
    let outcome: SignalStreamResume = 'live';
    if (rows.length <= max) {
      const project = this.projector(user, sub.filter, scopes);
      const items = rows.map(project).filter((i): i is SignalStreamItem => i !== null);
      for (const chunk of chunks(items)) {
        const batch: SignalStreamBatch = { items: chunk, minutes: minuteDeltas(chunk, sub.filter), lastId: chunk[chunk.length - 1].id, replay: true, sentAt: '' };
        sends.push(() => sub.socket.emit('signal:batch', { ...batch, sentAt: new Date().toISOString() }));
        sub.lastSentId = batch.lastId;
      }
      if (items.length > 0) outcome = 'replayed';
    } else {
      const chart = sub.filter.watchlistIds.length > 0 ? filterLists : visibleLists;
      const stored = await this.repo.summarise(user, sub.filter, filterLists, chart, sub.position, upTo);
      const summary: SignalStreamSummary = { reason, ...stored, resumeFrom: reason === 'resume' ? sub.resumeFrom : sub.lastSentId, sentAt: '' };
      sends.push(() => sub.socket.emit('signal:summary', { ...summary, sentAt: new Date().toISOString() }));
      outcome = 'summary';
    }
    sub.position = upTo;
    sub.behind = false;
    return { outcome, sends };
  }

  /** A subscription whose audience changed (role, department, hub): kept only if it may still see all it asked for. */
  private async stillAllowed(sub: Subscription, user: AuthUser, audience: string): Promise<boolean> {
    try {
      await this.validate(user, sub.filter);
    } catch (err) {
      if (err instanceof DomainError) return false;
      throw err;
    }
    sub.audience = audience;
    return true;
  }

  /** Reads what settled since the cursor and sends it to this instance's subscribed sockets. */
  private async tick(): Promise<void> {
    if (this.subs.size === 0) {
      // Nobody listens here: the next subscriber starts from the horizon of its time.
      this.cursor = undefined;
      return;
    }
    if (!this.cursor) this.cursor = await this.repo.horizon();
    const from = this.cursor;
    const rows = await this.repo.readAfter(from, TICK_ITEMS_MAX);
    const to = rows.length > 0 ? rows[rows.length - 1].key : from;
    const scopes = await this.repo.watchlistScopes();
    const groups = new Map<string, { user: AuthUser; filter: StreamFilter; subs: Subscription[] }>();
    const projected = new Map<string, SignalStreamItem[]>();
    const itemsFor = (key: string, user: AuthUser, filter: StreamFilter) => {
      let items = projected.get(key);
      if (!items) {
        const project = this.projector(user, filter, scopes);
        projected.set(key, (items = rows.map(project).filter((i): i is SignalStreamItem => i !== null)));
      }
      return items;
    };
    const bound = this.config.signalStream.bufferMaxBytes;

    for (const sub of [...this.subs.values()]) {
      const socket = sub.socket;
      if (!socket.connected) {
        this.drop(sub);
        continue;
      }
      const user = socket.data.user;
      const audience = audienceKey(user);
      // The account changed (RealtimeService moved the socket already): it may no longer see all it subscribed to.
      if (!audience || (audience !== sub.audience && !(await this.stillAllowed(sub, user, audience)))) {
        this.drop(sub);
        continue;
      }
      const key = `${audience}#${filterKey(sub.filter)}`;
      if (sub.slow) {
        if (bufferedBytes(socket) > bound / 2) {
          for (const item of itemsFor(key, user, sub.filter)) sub.slow.counter.add(item, sub.filter);
          sub.position = to;
          continue;
        }
        // Drained: what it missed comes from the database if it is not too much, else as a summary.
        const { from: stoppedAt, resumeFrom, counter } = sub.slow;
        sub.slow = undefined;
        if (counter.missed <= this.config.signalStream.resumeMax) {
          sub.position = stoppedAt;
          sub.behind = true;
        } else {
          socket.emit('signal:summary', counter.summary('slow', resumeFrom));
          if (counter.lastId) sub.lastSentId = counter.lastId;
        }
      }
      if (sub.behind) {
        const { sends } = await this.catchUp(sub, from, 'slow');
        for (const send of sends) send();
      }
      if (bufferedBytes(socket) > bound) {
        sub.slow = { from: sub.position, resumeFrom: sub.lastSentId, counter: new MissedCounter() };
        for (const item of itemsFor(key, user, sub.filter)) sub.slow.counter.add(item, sub.filter);
        sub.position = to;
        continue;
      }
      if (compareKeys(sub.position, from) > 0) {
        // Ahead of this instance (it saw these items through another one): only what comes after.
        const after = sub.position;
        const keys = new Map(rows.map((r) => [r.id, r.key]));
        const items = itemsFor(key, user, sub.filter).filter((item) => compareKeys(keys.get(item.id)!, after) > 0);
        this.send([sub], items, sub.filter);
        if (compareKeys(to, sub.position) > 0) sub.position = to;
        continue;
      }
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { user, filter: sub.filter, subs: [] }));
      group.subs.push(sub);
    }

    for (const [key, group] of groups) {
      this.send(group.subs, itemsFor(key, group.user, group.filter), group.filter);
      for (const sub of group.subs) sub.position = to;
    }
    if (rows.length > 0) [this.previousBatchAt, this.lastBatchAt] = [this.lastBatchAt, Date.now()];
    this.cursor = to;
    if (rows.length === TICK_ITEMS_MAX) this.schedule(0);
  }

  /** Encodes each message once and writes it to every socket of the group. */
  private send(subs: Subscription[], items: SignalStreamItem[], filter: StreamFilter): void {
    const io = this.realtime.server;
    if (!io || items.length === 0 || subs.length === 0) return;
    for (const chunk of chunks(items)) {
      const batch: SignalStreamBatch = { items: chunk, minutes: minuteDeltas(chunk, filter), lastId: chunk[chunk.length - 1].id, replay: false, sentAt: new Date().toISOString() };
      if (subs.length === 1) subs[0].socket.emit('signal:batch', batch);
      else io.local.to(subs.map((s) => s.socket.id)).emit('signal:batch', batch);
    }
    const last = items[items.length - 1].id;
    for (const sub of subs) sub.lastSentId = last;
  }
}
