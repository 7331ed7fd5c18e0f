/** Socket-level failures: nothing listens, the peer went away, or the network cannot route to it. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/**
 * SQLSTATEs meaning "the server is going away or not there yet": class 08 (connection exception),
 * 57P01 admin_shutdown (fast shutdown, failover), 57P02 crash_shutdown, 57P03 cannot_connect_now
 * (starting up, recovering), 53300 too_many_connections (a restart's reconnect storm).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/**
 * node-postgres and pg-pool raise these without a code, so their message is all there is to go on
 * (pg/lib/client.js, pg-pool/index.js). Our own errors carry codes; this is the one exception.
 */
const DRIVER_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
];

/**
 * True when `error` says PostgreSQL cannot be reached right now (restart, failover, network), as
 * opposed to a query that failed on a working database. Looks through TypeORM's QueryFailedError
 * (`driverError`), `cause` chains and AggregateError (a refused connection to each address).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || UNAVAILABLE_SQLSTATES.has(e.code) || e.code.startsWith('08'))) return true;
  if (typeof e.message === 'string' && DRIVER_MESSAGES.some((m) => (e.message as string).startsWith(m))) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}
