import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@ruche/shared';

type RuicheSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type RealtimeStatus = 'idle' | 'connecting' | 'connected' | 'offline';
export type SessionEndReason = Parameters<ServerToClientEvents['session:ended']>[0]['reason'];

/** A feature's own server event (e.g. `notification:new`) and its handler. */
type FeatureListener = { [E in keyof ServerToClientEvents]: { event: E; handler: ServerToClientEvents[E] } }[keyof ServerToClientEvents];

/** Client events answered by an acknowledgement, their payload and what the acknowledgement carries. */
type AckedEvent = { [E in keyof ClientToServerEvents]: Parameters<ClientToServerEvents[E]> extends [infer _P, (result: infer _R) => void] ? E : never }[keyof ClientToServerEvents];
type AckedPayload<E extends AckedEvent> = Parameters<ClientToServerEvents[E]>[0];
type AckedResult<E extends AckedEvent> = Parameters<ClientToServerEvents[E]> extends [unknown, (result: infer R) => void] ? R : never;

export interface RealtimeHandlers {
  /** The server ended this session (signed out elsewhere, expired, account closed). */
  ended: (reason: SessionEndReason) => void;
  /** The account changed while connected (role, department, name, language). */
  updated: () => void;
}

/** Refusals the server means as "try again later" (its database is briefly away). */
const TRANSIENT = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

/** One socket.io connection per signed-in tab, on this origin; the session cookie authenticates it. */
class Realtime {
  status = $state<RealtimeStatus>('idle');
  /** People connected right now (sockets on the server), from the `presence` event. */
  online = $state<number | null>(null);
  private socket: RuicheSocket | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private retryMs = RETRY_FIRST_MS;
  private readonly listeners = new Set<FeatureListener>();
  private readonly connectHandlers = new Set<() => void>();

  /**
   * Listens to a server event for as long as the returned function is not called, on this tab's socket
   * now and on the next one after a sign-in: feature state (the notification bell…) registers once.
   */
  on<E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]): () => void {
    const listener = { event, handler } as FeatureListener;
    this.listeners.add(listener);
    this.attach(listener);
    return () => {
      this.listeners.delete(listener);
      (this.socket as unknown as { off(e: string, h: unknown): void } | null)?.off(event, handler);
    };
  }

  /**
   * Runs `handler` each time this tab's socket (re)connects, now too if it is connected, until the
   * returned function is called: a server forgets a socket's subscriptions when it drops, so a
   * feature that subscribed (the signal stream) subscribes again from here.
   */
  onConnect(handler: () => void): () => void {
    this.connectHandlers.add(handler);
    if (this.socket?.connected) handler();
    return () => void this.connectHandlers.delete(handler);
  }

  /**
   * Sends a client event and waits for its acknowledgement (at most `timeoutMs`). Rejects when the
   * socket is not connected: the caller subscribes again from `onConnect`.
   */
  async request<E extends AckedEvent>(event: E, payload: AckedPayload<E>, timeoutMs = 10_000): Promise<AckedResult<E>> {
    const socket = this.socket;
    if (!socket?.connected) throw new Error('offline');
    const emitter = socket.timeout(timeoutMs) as unknown as { emitWithAck(e: string, p: unknown): Promise<AckedResult<E>> };
    return emitter.emitWithAck(event, payload);
  }

  /** Sends a client event whose acknowledgement nobody waits for (e.g. leaving the stream); nothing when offline. */
  send(event: 'signal:unsubscribe'): void {
    if (this.socket?.connected) this.socket.emit(event);
  }

  private attach(listener: FeatureListener): void {
    (this.socket as unknown as { on(e: string, h: unknown): void } | null)?.on(listener.event, listener.handler);
  }

  connect(handlers: RealtimeHandlers): void {
    if (this.socket) return;
    this.status = 'connecting';
    const socket: RuicheSocket = io({ path: SOCKET_PATH, withCredentials: true });
    socket.on('connect', () => {
      this.status = 'connected';
      this.retryMs = RETRY_FIRST_MS;
      for (const handler of this.connectHandlers) handler();
    });
    socket.on('disconnect', () => (this.status = socket.active ? 'connecting' : 'offline'));
    socket.on('connect_error', (error) => {
      if (socket.active) return; // a transport failure: socket.io retries by itself
      // Refused by the server's middleware: socket.io does not retry on its own then. A database that is
      // briefly away is worth retrying, with backoff; anything else (signed out) is final.
      if (!TRANSIENT.has(error.message)) {
        this.status = 'offline';
        return;
      }
      this.status = 'connecting';
      this.retry = setTimeout(() => {
        this.retry = null;
        socket.connect();
      }, this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    });
    socket.on('presence', ({ online }) => (this.online = online));
    socket.on('session:updated', () => handlers.updated());
    socket.on('session:ended', ({ reason }) => {
      this.disconnect();
      handlers.ended(reason);
    });
    this.socket = socket;
    for (const listener of this.listeners) this.attach(listener);
  }

  disconnect(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.retryMs = RETRY_FIRST_MS;
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
    this.status = 'idle';
    this.online = null;
  }
}

export const realtime = new Realtime();
