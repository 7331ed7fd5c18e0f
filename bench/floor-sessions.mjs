// The session lookup of the floors (bench/floor.mjs, bench/hivemind-floor.mjs), as SessionService.resolve
// does it: the session and its user in one prepared query, last_seen_at touched at most once a minute, and
// what was read kept for `cacheMs` (Ruche's default SESSION_CACHE_SECONDS: 5 s; 0 keeps nothing) or until
// the database says the session ends, whichever comes first (SessionCache).
import { createHash } from 'node:crypto';

/** `text` selects the session (`$1` its id, `$2` the idle timeout in seconds) with `last_seen_at` and `live_ms` among its columns. */
export function sessionReader(pool, text, idleSeconds, cacheMs = 5000) {
  const cache = new Map();
  return async (req) => {
    const token = /(?:^|;\s*)ruche_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (!token) return undefined;
    const id = createHash('sha256').update(token).digest('hex');
    const now = Date.now();
    const hit = cache.get(id);
    if (hit && now < hit.until) return hit.session;
    const { rows } = await pool.query({ name: 'session', text, values: [id, idleSeconds] });
    const s = rows[0];
    if (!s) return undefined;
    if (Date.now() - s.last_seen_at.getTime() > 60_000) await pool.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [id]);
    if (cacheMs > 0 && s.live_ms > 0) cache.set(id, { session: s, until: now + Math.min(cacheMs, s.live_ms) });
    return s;
  };
}

/** The session's remaining life in milliseconds, as SessionService's lookup computes it (`idle`: the parameter). */
export const liveMs = (idle) => `(extract(epoch FROM least(s.expires_at, s.last_seen_at + make_interval(secs => ${idle})) - now()) * 1000)::float8 AS live_ms`;
