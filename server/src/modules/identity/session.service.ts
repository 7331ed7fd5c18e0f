import { hash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { Locale, Role } from '@ruche/shared';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import type { AuthUser } from '../../core/auth/auth-user';
import type { SessionResolver } from '../../core/auth/session-resolver';
import type { RequestLoaders } from '../../core/graphql/loaders';
import { UsersService } from '../users';
import { preparedQuery } from '../../core/database/prepared-query';
import { SessionCache } from './session-cache';

export function hashToken(token: string): string {
  // The one-shot form: a third of createHash's time, on every request that carries a session cookie.
  return hash('sha256', token, 'hex');
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** last_seen_at is written at most this often per session, so reads do not turn into writes. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The one definition of a live session (alias `s`; `idle` names the parameter holding the idle timeout
 * in seconds): not past its absolute or SAML SessionNotOnOrAfter expiry, used within the idle timeout.
 * Every query about live sessions uses it.
 */
const live = (idle: string) => `s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => ${idle})`;

/**
 * A session with its user as the request needs it: one query, no second lookup of the user. The user's
 * whole row (`u.*`, under its own column names) goes to the users module, which primes the request's
 * loader with it; the session's own columns are aliased so that they cannot collide with the user's.
 */
const SESSION_USER = (idle: string) => `
  SELECT s.id AS session_id, s.last_seen_at AS session_last_seen_at, coalesce(d.kind = 'hub', false) AS session_user_is_hub,
         (extract(epoch FROM least(s.expires_at, s.last_seen_at + make_interval(secs => ${idle})) - now()) * 1000)::float8 AS session_live_ms, u.*
    FROM sessions s
    JOIN users u ON u.id = s.user_id AND u.deactivated_at IS NULL
    LEFT JOIN departments d ON d.id = u.department_id`;

interface SessionRow extends Record<string, unknown> {
  session_id: string;
  session_last_seen_at: Date;
  session_user_is_hub: boolean;
  /** How long the session stays live without use, as the database counts (absolute and idle ends). */
  session_live_ms: number;
  /** The user's columns. */
  id: string;
  email: string;
  display_name: string;
  role: Role;
  locale: Locale;
  department_id: string | null;
}

export interface NewSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

export interface SessionMeta {
  ip?: string;
  userAgent?: string;
  samlNameId?: string;
  samlSessionIndex?: string;
  /** The IdP's SessionNotOnOrAfter: the session ends then at the latest. */
  notOnOrAfter?: Date;
}

function toAuthUser(row: SessionRow): AuthUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    locale: row.locale,
    departmentId: row.department_id,
    isHubMember: row.session_user_is_hub,
    sessionId: row.session_id,
  };
}

/**
 * Server-side sessions in PostgreSQL, shared by every instance. Provides core's SessionResolver.
 * Each instance keeps the sessions it resolved lately for a few seconds (SessionCache: SESSION_CACHE_SECONDS,
 * 0 turns it off): a sign-out, or an account change made through Ruche, reaches every instance's cache at
 * once (realtime calls `forget`); a change made any other way (e.g. SQL by hand) within those seconds.
 */
@Injectable()
export class SessionService implements SessionResolver {
  private usersService?: UsersService;
  private readonly cache: SessionCache<SessionRow>;

  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {
    this.cache = new SessionCache(config.auth.sessionCacheMs);
  }

  /** Looked up on first use: injecting it would be a cycle (UsersService → RealtimeService → SessionResolver). */
  private get users(): UsersService {
    return (this.usersService ??= this.moduleRef.get(UsersService, { strict: false }));
  }

  private get idleSeconds(): number {
    return this.config.auth.idleTimeoutMs / 1000;
  }

  async create(userId: string, meta: SessionMeta = {}): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const sessionId = hashToken(token);
    let expiresAt = new Date(Date.now() + this.config.auth.absoluteTimeoutMs);
    if (meta.notOnOrAfter && meta.notOnOrAfter < expiresAt) expiresAt = meta.notOnOrAfter;
    await this.ds.query(
      `INSERT INTO sessions (id, user_id, expires_at, ip, user_agent, saml_name_id, saml_session_index)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [sessionId, userId, expiresAt, meta.ip ?? null, meta.userAgent?.slice(0, 512) ?? null, meta.samlNameId ?? null, meta.samlSessionIndex ?? null],
    );
    return { token, sessionId, expiresAt };
  }

  async resolve(token: string | undefined, loaders?: RequestLoaders): Promise<AuthUser | undefined> {
    if (!token || !TOKEN.test(token)) return undefined;
    const sessionId = hashToken(token);
    let row = this.cache.get(sessionId);
    if (!row) {
      // Read before the query: an account change noticed while it runs must not be kept past its notice.
      const readAt = Date.now();
      const generation = this.generation;
      [row] = await preparedQuery<SessionRow>(this.ds, `${SESSION_USER('$2')} WHERE s.id = $1 AND ${live('$2')}`, [sessionId, this.idleSeconds]);
      if (!row) return undefined;
      if (Date.now() - new Date(row.session_last_seen_at).getTime() > TOUCH_EVERY_MS) {
        await this.ds.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [sessionId]);
      }
      if (generation === this.generation) this.cache.set(sessionId, row.id, row, row.session_live_ms, readAt);
    }
    if (loaders) this.users.prime(loaders, row, row.session_user_is_hub);
    return toAuthUser(row);
  }

  /** Bumped by every `forget`: a lookup that overlapped one does not keep what it read. */
  private generation = 0;

  forget(what: { sessionId: string } | { userIds: readonly string[] } | 'all'): void {
    this.generation++;
    if (what === 'all') this.cache.clear();
    else if ('sessionId' in what) this.cache.forgetSession(what.sessionId);
    else this.cache.forgetUsers(what.userIds);
  }

  async refresh(sessionIds: readonly string[]): Promise<Map<string, AuthUser>> {
    if (sessionIds.length === 0) return new Map();
    const rows: SessionRow[] = await this.ds.query(`${SESSION_USER('$2')} WHERE s.id = ANY($1) AND ${live('$2')}`, [[...sessionIds], this.idleSeconds]);
    return new Map(rows.map((row) => [row.session_id, toAuthUser(row)]));
  }

  async getSamlIdentity(sessionId: string): Promise<{ nameId: string; sessionIndex: string | null } | undefined> {
    const rows = await this.ds.query(`SELECT saml_name_id, saml_session_index FROM sessions WHERE id = $1`, [sessionId]);
    const row = rows[0];
    return row?.saml_name_id ? { nameId: row.saml_name_id, sessionIndex: row.saml_session_index } : undefined;
  }

  /** Users with a session opened under this SAML NameID (the IdP's logout names the person this way). */
  async usersWithSamlNameId(nameId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.ds.query(`SELECT DISTINCT user_id FROM sessions WHERE saml_name_id = $1`, [nameId]);
    return rows.map((r) => r.user_id);
  }

  /** Ends a session here; its sockets and other instances' caches hear of it through RealtimeService.endSession. */
  async destroy(sessionId: string): Promise<void> {
    await this.ds.query(`DELETE FROM sessions WHERE id = $1`, [sessionId]);
    this.forget({ sessionId });
  }

  /** Ends every session of a user (IdP-initiated logout, deactivation). Returns the ended session ids. */
  async destroyAllForUser(userId: string): Promise<string[]> {
    // TypeORM answers a DELETE with [rows, affectedCount], not rows.
    const [rows]: [{ id: string }[], number] = await this.ds.query(`DELETE FROM sessions WHERE user_id = $1 RETURNING id`, [userId]);
    this.forget({ userIds: [userId] });
    return rows.map((r) => r.id);
  }

  async purgeExpired(): Promise<number> {
    const [, count]: [unknown[], number] = await this.ds.query(`DELETE FROM sessions s WHERE NOT (${live('$1')}) RETURNING id`, [this.idleSeconds]);
    return count;
  }
}
