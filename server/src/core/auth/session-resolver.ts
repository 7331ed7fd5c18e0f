import type { RequestLoaders } from '../graphql/loaders';
import type { AuthUser } from './auth-user';

/**
 * How core turns a session cookie into the signed-in user. Core declares it; the identity module
 * provides it (core imports no module), so HTTP requests, GraphQL and sockets share one definition.
 */
export interface SessionResolver {
  /**
   * The user behind a cookie token, or undefined when absent, malformed, expired, idle or deactivated.
   * Given the request's DataLoaders, the provider may prime them with what its lookup read (the user's
   * row), so that loading the signed-in user again later in the request costs no query.
   */
  resolve(token: string | undefined, loaders?: RequestLoaders): Promise<AuthUser | undefined>;
  /**
   * The current state of these sessions, for open sockets: each session still live maps to its user as
   * the database has it now (role, department and hub membership may have changed since connect);
   * sessions that ended, expired or whose account was deactivated are absent.
   */
  refresh(sessionIds: readonly string[]): Promise<Map<string, AuthUser>>;
  /**
   * Told by realtime, on every instance, what may make a session the provider remembers out of date:
   * the session ended, these accounts changed, or (`all`) notices from other instances may have been
   * missed (the LISTEN connection or the database was away). The next request reads them again.
   */
  forget(what: { sessionId: string } | { userIds: readonly string[] } | 'all'): void;
}

export const SESSION_RESOLVER = Symbol('SESSION_RESOLVER');
