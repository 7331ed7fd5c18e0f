import type { Locale } from './locale';

/** Room names, built in one place so server and tests agree. */
export const rooms = {
  user: (userId: string) => `user:${userId}`,
  department: (departmentId: string) => `department:${departmentId}`,
  hub: () => 'hub',
} as const;

export interface Notice {
  id: string;
  kind: string;
  title: string;
  body?: string;
  link?: string;
  createdAt: string;
}

export interface PresencePayload {
  online: number;
}

export interface SessionInfo {
  userId: string;
  displayName: string;
  locale: Locale;
  rooms: string[];
}

/** Events the server sends to browsers. */
export interface ServerToClientEvents {
  'session:ready': (info: SessionInfo) => void;
  'session:ended': (payload: { reason: 'signed_out' | 'expired' }) => void;
  notification: (notice: Notice) => void;
  presence: (payload: PresencePayload) => void;
}

/** Events browsers send to the server; acknowledgements carry the result. */
export interface ClientToServerEvents {
  ping: (ack: (payload: { at: string }) => void) => void;
}

export const SOCKET_PATH = '/socket.io';
