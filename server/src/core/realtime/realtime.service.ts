import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { createAdapter } from '@socket.io/postgres-adapter';
import { Pool } from 'pg';
import { Server, type Socket } from 'socket.io';
import { rooms, SOCKET_PATH, type ClientToServerEvents, type Notice, type ServerToClientEvents } from '@ruche/shared';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import type { AuthUser } from '../auth/auth-user';
import { readCookie, sessionCookieName } from '../auth/session-cookie';
import { SESSION_RESOLVER, type SessionResolver } from '../auth/session-resolver';
import { ROOT_LOGGER } from '../logging/logging.module';

interface SocketData {
  user: AuthUser;
}

export type RuicheSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const sessionRoom = (sessionId: string) => `session:${sessionId}`;
/** How often this instance checks that its connected sockets' sessions still exist. */
const SWEEP_MS = 60_000;
const PRESENCE_DEBOUNCE_MS = 250;

/**
 * socket.io on the HTTP server's port. A socket is accepted only with a live session cookie and joins
 * its user's, department's (and the hub's) rooms. Event names and payloads come from @ruche/shared.
 */
@Injectable()
export class RealtimeService implements OnApplicationBootstrap, OnApplicationShutdown {
  private io?: RealtimeServer;
  private sweep?: NodeJS.Timeout;
  private adapterPool?: Pool;
  private presenceTimer?: NodeJS.Timeout;
  private readonly logger: Logger;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver,
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
      // LISTEN/NOTIFY carries room broadcasts between instances sharing the database.
      this.adapterPool = new Pool({ connectionString: this.config.database.url, max: 2, application_name: 'ruche-realtime' });
      this.adapterPool.on('error', (err) => this.logger.warn({ err }, 'realtime adapter connection error'));
      io.adapter(createAdapter(this.adapterPool, { errorHandler: (err: Error) => this.logger.warn({ err }, 'realtime adapter error') }));
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
        .catch(() => next(new Error('INTERNAL_SERVER_ERROR')));
    });
    io.on('connection', (socket) => this.onConnection(socket));
    this.io = io;
    if (this.adapterPool) await this.listenerReady(io);
    this.sweep = setInterval(() => void this.sweepEndedSessions(), SWEEP_MS).unref();
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
    const joined = [rooms.user(user.id), sessionRoom(user.sessionId)];
    if (user.departmentId) joined.push(rooms.department(user.departmentId));
    if (user.isHubMember) joined.push(rooms.hub());
    void socket.join(joined);
    socket.emit('session:ready', {
      userId: user.id,
      displayName: user.displayName,
      locale: user.locale,
      rooms: joined.filter((r) => !r.startsWith('session:')),
    });
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
      const io = this.io;
      if (!io) return;
      io.fetchSockets()
        .then((sockets) => io.emit('presence', { online: new Set(sockets.map((s) => s.data.user?.id)).size }))
        .catch((err: unknown) => this.logger.warn({ err }, 'presence count failed'));
    }, PRESENCE_DEBOUNCE_MS);
  }

  private async sweepEndedSessions(): Promise<void> {
    if (!this.io) return;
    const sockets = [...this.io.of('/').sockets.values()];
    if (sockets.length === 0) return;
    const ids = [...new Set(sockets.map((s) => s.data.user.sessionId))];
    try {
      const live = await this.sessions.refresh(ids);
      for (const id of ids) if (!live.has(id)) this.endSession(id, 'expired');
    } catch (err) {
      this.logger.warn({ err }, 'session sweep failed');
    }
  }

  /** Tells a session's sockets it has ended, then disconnects them. */
  endSession(sessionId: string, reason: 'signed_out' | 'expired'): void {
    if (!this.io) return;
    this.io.to(sessionRoom(sessionId)).emit('session:ended', { reason });
    this.io.in(sessionRoom(sessionId)).disconnectSockets(true);
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

  async onApplicationShutdown(): Promise<void> {
    if (this.sweep) clearInterval(this.sweep);
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    if (!this.io) return;
    const io = this.io;
    this.io = undefined;
    io.local.disconnectSockets(true);
    io.of('/').adapter.close();
    await this.adapterPool?.end().catch(() => undefined);
  }
}
