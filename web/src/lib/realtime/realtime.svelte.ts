import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@ruche/shared';

type RuicheSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type RealtimeStatus = 'idle' | 'connecting' | 'connected' | 'offline';
export type SessionEndReason = Parameters<ServerToClientEvents['session:ended']>[0]['reason'];

/** One socket.io connection per signed-in tab, on this origin; the session cookie authenticates it. */
class Realtime {
  status = $state<RealtimeStatus>('idle');
  /** People connected right now (sockets on the server), from the `presence` event. */
  online = $state<number | null>(null);
  private socket: RuicheSocket | null = null;

  connect(onSessionEnded: (reason: SessionEndReason) => void): void {
    if (this.socket) return;
    this.status = 'connecting';
    const socket: RuicheSocket = io({ path: SOCKET_PATH, withCredentials: true });
    socket.on('connect', () => (this.status = 'connected'));
    socket.on('disconnect', () => (this.status = socket.active ? 'connecting' : 'offline'));
    socket.on('connect_error', () => {
      // Refused by the server's auth middleware: socket.io does not retry on its own then.
      if (!socket.active) this.status = 'offline';
    });
    socket.on('presence', ({ online }) => (this.online = online));
    socket.on('session:ended', ({ reason }) => {
      this.disconnect();
      onSessionEnded(reason);
    });
    this.socket = socket;
  }

  disconnect(): void {
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
    this.status = 'idle';
    this.online = null;
  }
}

export const realtime = new Realtime();
