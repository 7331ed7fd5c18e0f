import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@ruche/shared';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io client over WebSocket, with the given Cookie and Origin headers. */
export function connectSocket(url: string, headers: Record<string, string> = {}): TestSocket {
  return io(url, { path: SOCKET_PATH, transports: ['websocket'], extraHeaders: headers, reconnection: false, forceNew: true, timeout: 5000 });
}

/** Resolves with the first payload of `event`, or rejects after `ms`. */
export function nextEvent<T>(socket: TestSocket, event: string, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    (socket as unknown as { once(e: string, cb: (p: T) => void): void }).once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** Resolves with the connect error message (the client must be refused). */
export function refusal(socket: TestSocket): Promise<string> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('socket was accepted')));
    socket.once('connect_error', (err) => resolve(err.message));
  });
}
