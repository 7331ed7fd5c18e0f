import type { Locale, Role } from '@ruche/shared';
import type {} from 'fastify';
import type { RequestLoaders } from '../graphql/loaders';

/** Who is asking: resolved once per request from the session cookie. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  departmentId: string | null;
  isHubMember: boolean;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** This request's id (X-Request-Id), for log lines about it. */
    requestId: string;
    auth?: AuthUser;
    /** Raw session token, set when the session cookie resolved to a live session. */
    sessionToken?: string;
    /** The request's DataLoaders, created when the session is resolved (and primed by it). */
    loaders?: RequestLoaders;
  }
}
