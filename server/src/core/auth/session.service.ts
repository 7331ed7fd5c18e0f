import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Locale, Role } from '@ruche/shared';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import type { AuthUser } from './auth-user';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** last_seen_at is written at most this often per session, so reads do not turn into writes. */
const TOUCH_EVERY_MS = 60_000;

interface SessionRow {
  id: string;
  user_id: string;
  last_seen_at: Date;
  email: string;
  display_name: string;
  role: Role;
  locale: Locale;
  department_id: string | null;
  is_hub: boolean;
}

export interface NewSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

/** Server-side sessions in PostgreSQL, shared by every instance. */
@Injectable()
export class SessionService {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    userId: string,
    meta: { ip?: string; userAgent?: string; samlNameId?: string; samlSessionIndex?: string } = {},
  ): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const sessionId = hashToken(token);
    const expiresAt = new Date(Date.now() + this.config.auth.absoluteTimeoutMs);
    await this.ds.query(
      `INSERT INTO sessions (id, user_id, expires_at, ip, user_agent, saml_name_id, saml_session_index)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [sessionId, userId, expiresAt, meta.ip ?? null, meta.userAgent?.slice(0, 512) ?? null, meta.samlNameId ?? null, meta.samlSessionIndex ?? null],
    );
    await this.ds.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [userId]);
    return { token, sessionId, expiresAt };
  }

  /** Resolves a cookie token to the signed-in user, or undefined when absent, expired, idle or deactivated. */
  async resolve(token: string | undefined): Promise<AuthUser | undefined> {
    if (!token || !TOKEN.test(token)) return undefined;
    const sessionId = hashToken(token);
    const rows: SessionRow[] = await this.ds.query(
      `SELECT s.id, s.user_id, s.last_seen_at, u.email, u.display_name, u.role, u.locale, u.department_id,
              coalesce(d.kind = 'hub', false) AS is_hub
         FROM sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN departments d ON d.id = u.department_id
        WHERE s.id = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $2)
          AND u.deactivated_at IS NULL`,
      [sessionId, this.config.auth.idleTimeoutMs / 1000],
    );
    const row = rows[0];
    if (!row) return undefined;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
      await this.ds.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [sessionId]);
    }
    return {
      id: row.user_id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      locale: row.locale,
      departmentId: row.department_id,
      isHubMember: row.is_hub,
      sessionId,
    };
  }

  async getSamlIdentity(sessionId: string): Promise<{ nameId: string; sessionIndex: string | null } | undefined> {
    const rows = await this.ds.query(`SELECT saml_name_id, saml_session_index FROM sessions WHERE id = $1`, [sessionId]);
    const row = rows[0];
    return row?.saml_name_id ? { nameId: row.saml_name_id, sessionIndex: row.saml_session_index } : undefined;
  }

  async destroy(sessionId: string): Promise<void> {
    await this.ds.query(`DELETE FROM sessions WHERE id = $1`, [sessionId]);
  }

  /** Ends every session of a user (IdP-initiated logout, deactivation). Returns the ended session ids. */
  async destroyAllForUser(userId: string): Promise<string[]> {
    // TypeORM answers a DELETE with [rows, affectedCount], not rows.
    const [rows]: [{ id: string }[], number] = await this.ds.query(`DELETE FROM sessions WHERE user_id = $1 RETURNING id`, [userId]);
    return rows.map((r) => r.id);
  }

  async purgeExpired(): Promise<number> {
    const [, count]: [unknown[], number] = await this.ds.query(
      `DELETE FROM sessions WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(secs => $1) RETURNING id`,
      [this.config.auth.idleTimeoutMs / 1000],
    );
    return count;
  }
}
