import { Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { createAdapter } from '@socket.io/postgres-adapter';
import { Pool } from 'pg';
import { Server, type Socket } from 'socket.io';
import {
  rooms,
  SOCKET_PATH,
  type ClientToServerEvents,
  type Notice,
  type ServerToClientEvents,
  type SessionEndReason,
  type SessionInfo,
} from '@ruche/shared';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import type { AuthUser } from '../auth/auth-user';
import { readCookie, sessionCookieName } from '../auth/session-cookie';
import { SESSION_RESOLVER, type SessionResolver } from '../auth/session-resolver';
import { DatabaseStatus } from '../database/database-status';
import { ROOT_LOGGER } from '../logging/logging.module';
import { ListenerPool } from './listener-pool';

interface SocketData {
  user: AuthUser;
}

/** Messages between instances, carried by the adapter (browsers never see them). */
interface InterServerEvents {
  'account:changed': (userIds: string[]) => void;
  'session:end': (sessionId: string, reason: SessionEndReason) => void;
}

export type RuicheSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** The largest payload pg_notify takes: it refuses 8000 bytes and more. */
const NOTIFY_PAYLOAD_MAX_BYTES = 7_999;
const sessionRoom = (sessionId: string) => `session:${sessionId}`;
const PRESENCE_DEBOUNCE_MS = 250;
/** Session ids per refresh query: one query for a typical instance, bounded for a very busy one. */
const REFRESH_BATCH = 1000;
/** Most user ids one account:changed message may carry (it comes through the database; keep it sane). */
const MAX_CHANGED_USERS = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SESSION_ID = /^[0-9a-f]{64}$/;

/** The rooms an account's sockets belong in: its user, its department, and the hub if it is a member. */
function accountRooms(user: AuthUser): string[] {
  const joined = [rooms.user(user.id)];
  if (user.departmentId) joined.push(rooms.department(user.departmentId));
  if (user.isHubMember) joined.push(rooms.hub());
  return joined;
}

function sessionInfo(user: AuthUser): SessionInfo {
  return { userId: user.id, displayName: user.displayName, locale: user.locale, role: user.role, rooms: accountRooms(user) };
}

/** Whether anything a socket or its page depends on differs (the session id never does). */
function accountDiffers(a: AuthUser, b: AuthUser): boolean {
  return (
    a.role !== b.role ||
    a.departmentId !== b.departmentId ||
    a.isHubMember !== b.isHubMember ||
    a.displayName !== b.displayName ||
    a.locale !== b.locale ||
    a.email !== b.email
  );
}

/**
 * socket.io on the HTTP server's port. A socket is accepted only with a live session cookie and joins
 * its user's, department's (and the hub's) rooms. Event names and payloads come from @ruche/shared.
 *
 * Open sockets follow their account. Every REALTIME_SESSION_CHECK_SECONDS each instance re-reads the
 * sessions of its own sockets in one query (SessionResolver.refresh): a session that ended — signed
 * out, expired, account deactivated — gets `session:ended` and is disconnected; a role, department or
 * name change moves the socket between rooms and sends `session:updated`. Modules that change an
 * account call `accountChanged(userId)` so that every instance re-checks that person's sockets at
 * once instead of at its next check; each instance's SessionResolver forgets what it kept of that
 * person's sessions (and of a session ended by `endSession`) at the same moment.
 *
 * When PostgreSQL goes away, sockets stay connected (nothing is checked until it is back), the
 * adapter's LISTEN connection is reopened by the adapter on a ListenerPool that cannot crash the
 * process, and presence is recounted once it is back.
 */
@Injectable()
export class RealtimeService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private io?: RealtimeServer;
  private sweep?: NodeJS.Timeout;
  private listenerPool?: ListenerPool;
  private presenceTimer?: NodeJS.Timeout;
  private unsubscribe?: () => void;
  private knownServers = 1;
  /** Checks run one after another, so an older read never overwrites a newer one. */
  private syncChain: Promise<void> = Promise.resolve();
  private sweepQueued = false;
  private readonly changedUsers = new Set<string>();
  private changedQueued = false;
  private readonly logger: Logger;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver,
    private readonly database: DatabaseStatus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ module: 'realtime' });
  }

  async onApplicationBootstrap(): Promise<void> {
    const httpServer = this.adapterHost.httpAdapter.getHttpServer() as HttpServer;
    const cookieName = sessionCookieName(this.config);
    const io: RealtimeServer = new Server(httpServer, {
      path: SOCKET_PATH,
      serveClient: false,
      maxHttpBufferSize: 64 * 1024,
      pingInterval: 25_000,
      // Cross-site WebSocket hijacking: only pages of this origin may open a socket.
      allowRequest: (req, callback) => {
        const origin = req.headers.origin;
        callback(null, origin === undefined || origin === this.config.publicOrigin);
      },
    });
    if (this.config.realtime.adapter === 'postgres' && this.config.database.url) {
      io.adapter(
        createAdapter(this.createListenerPool(this.config.database.url) as unknown as Pool, {
          errorHandler: (err: Error) => this.adapterError(err),
          // A message over this many bytes travels as a row of socket_io_attachments. The adapter's default,
          // 8000, lets a message of exactly 8000 bytes reach pg_notify, which refuses 8000 and more ("payload
          // string too long"): that broadcast was lost to the other instances (realtime.e2e sweeps the sizes).
          payloadThreshold: NOTIFY_PAYLOAD_MAX_BYTES,
        }),
      );
      io.on('account:changed', (userIds) => {
        if (Array.isArray(userIds)) this.queueUsers(userIds.slice(0, MAX_CHANGED_USERS).filter((id) => typeof id === 'string' && UUID.test(id)));
      });
      io.on('session:end', (sessionId, reason) => {
        if (typeof sessionId === 'string' && SESSION_ID.test(sessionId) && (reason === 'signed_out' || reason === 'expired')) this.endLocalSession(sessionId, reason);
      });
    }
    io.use((socket, next) => {
      const token = readCookie(socket.request.headers.cookie, cookieName);
      this.sessions
        .resolve(token)
        .then((user) => {
          if (!user) return next(new Error('UNAUTHENTICATED'));
          socket.data.user = user;
          next();
        })
        .catch((err: unknown) => {
          // A coded refusal the page can retry later (the database is away); anything else is ours to fix.
          if (this.database.report(err)) return next(new Error('SERVICE_UNAVAILABLE'));
          this.logger.error({ err }, 'socket authentication failed');
          next(new Error('INTERNAL_SERVER_ERROR'));
        });
    });
    io.on('connection', (socket) => this.onConnection(socket));
    this.io = io;
    if (this.listenerPool) await this.listenerReady(io);
    this.sweep = setInterval(() => this.onSweepTick(), this.config.realtime.sessionCheckMs).unref();
    this.unsubscribe = this.database.onChange((up) => {
      this.sessions.forget('all');
      if (!up) return;
      // Presence messages sent during the outage were lost, and accounts may have changed meanwhile.
      this.broadcastPresence();
      this.queueSweep();
    });
  }

  /** NOTIFY through one connection; LISTEN on another, supervised (see ListenerPool). */
  private createListenerPool(url: string): ListenerPool {
    const clientConfig = { connectionString: url, application_name: 'ruche-realtime', connectionTimeoutMillis: 5000 };
    // One connection keeps this instance's broadcasts in the order they were made, on every instance
    // (local delivery waits for the NOTIFY): with two, `session:ended` could be overtaken by the
    // disconnect sent after it, and a last heartbeat could arrive after this instance's goodbye.
    const notifyPool = new Pool({ ...clientConfig, max: 1 });
    notifyPool.on('error', (err) => this.adapterError(err));
    this.listenerPool = new ListenerPool(notifyPool, clientConfig, {
      onError: (err) => {
        // Other instances' sign-outs and account changes may be missed until it is back.
        this.sessions.forget('all');
        this.adapterError(err);
      },
      onReconnected: () => {
        this.sessions.forget('all');
        this.logger.info('realtime LISTEN connection restored: broadcasts cross instances again');
      },
    });
    return this.listenerPool;
  }

  /** One line per outage (DatabaseStatus logs it), not one per heartbeat or broadcast that failed. */
  private adapterError(err: unknown): void {
    if (!this.database.report(err)) this.logger.warn({ err }, 'realtime adapter error');
  }

  /**
   * The adapter opens its LISTEN connection in the background and only releases it on close if it
   * finished opening; waiting here keeps a quick start-then-stop from leaking that connection.
   */
  private async listenerReady(io: RealtimeServer): Promise<void> {
    const pubsub = (io.of('/').adapter as unknown as { client?: { client?: unknown } }).client;
    const until = Date.now() + 5000;
    while (pubsub && !pubsub.client && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    if (!pubsub?.client) this.logger.warn('realtime adapter is not listening yet; cross-instance broadcasts may be delayed');
  }

  private onConnection(socket: RuicheSocket): void {
    const user = socket.data.user;
    void socket.join([...accountRooms(user), sessionRoom(user.sessionId)]);
    socket.emit('session:ready', sessionInfo(user));
    socket.on('ping', (ack) => {
      if (typeof ack === 'function') ack({ at: new Date().toISOString() });
    });
    this.broadcastPresence();
    socket.on('disconnect', () => this.broadcastPresence());
  }

  /** Announces how many distinct people are connected across all instances; bursts coalesce into one count. */
  private broadcastPresence(): void {
    if (!this.io || this.presenceTimer) return;
    this.presenceTimer = setTimeout(() => {
      this.presenceTimer = undefined;
      if (this.io && this.database.isUp) void this.announcePresence(this.io);
    }, PRESENCE_DEBOUNCE_MS);
  }

  private announcePresence(io: RealtimeServer, timeoutMs = 5000): Promise<void> {
    return io
      .timeout(timeoutMs)
      .fetchSockets()
      .then((sockets) => void io.emit('presence', { online: new Set(sockets.map((s) => s.data.user?.id)).size }))
      .catch((err: unknown) => {
        // During an outage the other instances cannot answer; the count is redone when it is back.
        if (this.database.isUp) this.logger.warn({ err }, 'presence count failed');
      });
  }

  private onSweepTick(): void {
    if (!this.io || !this.database.isUp) return;
    this.queueSweep();
    // An instance that joined late or stopped answering changes the count without any socket event.
    void this.io
      .of('/')
      .adapter.serverCount()
      .then((count) => {
        if (count !== this.knownServers) {
          this.knownServers = count;
          this.broadcastPresence();
        }
      });
  }

  /**
   * Tells every instance that these accounts changed (role, department, deactivation…): each re-reads
   * the sessions of the sockets it holds for them and closes or moves them. Call after the change is
   * committed. Without it the same happens at each instance's next periodic check.
   */
  accountChanged(userIds: string | readonly string[]): void {
    const ids = typeof userIds === 'string' ? [userIds] : [...userIds];
    if (ids.length === 0) return;
    if (this.io && this.listenerPool) {
      for (let i = 0; i < ids.length; i += MAX_CHANGED_USERS) this.io.serverSideEmit('account:changed', ids.slice(i, i + MAX_CHANGED_USERS));
    }
    // Sockets or not, this instance forgets the sessions it kept of them at once.
    this.queueUsers(ids);
  }

  private queueSweep(): void {
    if (this.sweepQueued) return;
    this.sweepQueued = true;
    this.enqueue(() => {
      this.sweepQueued = false;
      return this.sync(this.io ? [...this.io.of('/').sockets.values()] : []);
    });
  }

  private queueUsers(userIds: readonly string[]): void {
    this.sessions.forget({ userIds });
    for (const id of userIds) this.changedUsers.add(id);
    if (this.changedQueued || this.changedUsers.size === 0) return;
    this.changedQueued = true;
    this.enqueue(() => {
      this.changedQueued = false;
      const ids = [...this.changedUsers];
      this.changedUsers.clear();
      return this.sync(this.localSocketsOf(ids));
    });
  }

  private enqueue(task: () => Promise<void>): void {
    this.syncChain = this.syncChain.then(task).catch((err: unknown) => {
      // Sockets keep their current rooms; the next check after the database is back catches up.
      if (!this.database.report(err)) this.logger.warn({ err }, 'session check failed');
    });
  }

  private localSocketsOf(userIds: readonly string[]): RuicheSocket[] {
    const nsp = this.io?.of('/');
    if (!nsp) return [];
    const found: RuicheSocket[] = [];
    for (const id of userIds) {
      for (const socketId of nsp.adapter.rooms.get(rooms.user(id)) ?? []) {
        const socket = nsp.sockets.get(socketId);
        if (socket) found.push(socket);
      }
    }
    return found;
  }

  /** Re-reads these sockets' sessions (batched queries) and ends or updates each socket accordingly. */
  private async sync(sockets: RuicheSocket[]): Promise<void> {
    const open = sockets.filter((s) => s.connected);
    if (open.length === 0) return;
    const ids = [...new Set(open.map((s) => s.data.user.sessionId))];
    const live = new Map<string, AuthUser>();
    for (let i = 0; i < ids.length; i += REFRESH_BATCH) {
      for (const [id, user] of await this.sessions.refresh(ids.slice(i, i + REFRESH_BATCH))) live.set(id, user);
    }
    for (const socket of open) {
      if (!socket.connected) continue;
      const now = live.get(socket.data.user.sessionId);
      // Not live any more: it timed out, was deleted, or its account was deactivated. A sign-out
      // normally arrives first through endSession() with its own reason.
      if (!now) this.closeSocket(socket, 'expired');
      else this.follow(socket, now);
    }
  }

  /** Moves a socket to the rooms its account has now and tells the page when anything changed. */
  private follow(socket: RuicheSocket, user: AuthUser): void {
    const before = socket.data.user;
    if (!accountDiffers(before, user)) return;
    socket.data.user = user;
    const had = accountRooms(before);
    const has = accountRooms(user);
    for (const room of had) if (!has.includes(room)) void socket.leave(room);
    void socket.join(has.filter((room) => !had.includes(room)));
    socket.emit('session:updated', sessionInfo(user));
  }

  private closeSocket(socket: RuicheSocket, reason: SessionEndReason): void {
    socket.emit('session:ended', { reason });
    socket.disconnect(true);
  }

  /**
   * Tells a session's sockets, on every instance, that it has ended, then disconnects them. Each
   * instance does both for its own sockets, in that order: a room broadcast and a room disconnect
   * through the cluster adapter are two NOTIFY round trips that may complete in either order, and a
   * socket disconnected first never hears why.
   */
  endSession(sessionId: string, reason: SessionEndReason): void {
    // Sockets or not, this instance forgets the session at once.
    this.endLocalSession(sessionId, reason);
    if (this.io && this.listenerPool) this.io.serverSideEmit('session:end', sessionId, reason);
  }

  private endLocalSession(sessionId: string, reason: SessionEndReason): void {
    this.sessions.forget({ sessionId });
    const nsp = this.io?.of('/');
    if (!nsp) return;
    for (const socketId of [...(nsp.adapter.rooms.get(sessionRoom(sessionId)) ?? [])]) {
      const socket = nsp.sockets.get(socketId);
      if (socket) this.closeSocket(socket, reason);
    }
  }

  notifyUser(userId: string, notice: Notice): void {
    this.io?.to(rooms.user(userId)).emit('notification', notice);
  }

  notifyDepartment(departmentId: string, notice: Notice): void {
    this.io?.to(rooms.department(departmentId)).emit('notification', notice);
  }

  /** The socket.io server, for feature modules that need their own events. */
  get server(): RealtimeServer | undefined {
    return this.io;
  }

  /**
   * Before the HTTP server closes (it waits for its open connections, the sockets' included): the
   * sockets are disconnected and the other instances told, while the database is still there.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.sweep) clearInterval(this.sweep);
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    this.unsubscribe?.();
    if (!this.io) return;
    const io = this.io;
    this.io = undefined;
    io.local.disconnectSockets(true);
    // The other instances' pages learn now that this one's people left, not at their next change.
    if (this.listenerPool && this.database.isUp) await this.announcePresence(io, 1000);
    io.of('/').adapter.close();
    await this.syncChain;
    await this.listenerPool?.end();
  }
}
