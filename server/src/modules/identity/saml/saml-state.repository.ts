import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface PendingRequest {
  bindingHash: string;
  returnTo: string;
  live: boolean;
}

/**
 * SAML state shared by every instance: AuthnRequest ids bound to a browser, and the ids of consumed
 * assertions and logout requests (replay cache). All of its SQL lives here.
 */
@Injectable()
export class SamlStateRepository {
  constructor(private readonly ds: DataSource) {}

  async saveRequest(id: string, bindingHash: string, returnTo: string, expiresAt: Date): Promise<void> {
    await this.ds.query(`INSERT INTO saml_requests (id, binding_hash, return_to, expires_at) VALUES ($1, $2, $3, $4)`, [id, bindingHash, returnTo, expiresAt]);
  }

  /** Which of these binding hashes still have a live request waiting for the IdP's answer. */
  async pendingBindings(bindingHashes: readonly string[]): Promise<Set<string>> {
    if (bindingHashes.length === 0) return new Set();
    const rows: { binding_hash: string }[] = await this.ds.query(
      `SELECT DISTINCT binding_hash FROM saml_requests WHERE binding_hash = ANY($1) AND expires_at > now()`,
      [[...bindingHashes]],
    );
    return new Set(rows.map((r) => r.binding_hash));
  }

  /** Removes and returns a pending request; inside the caller's transaction, so a rollback brings it back. */
  async takeRequest(tx: EntityManager, id: string): Promise<PendingRequest | undefined> {
    // TypeORM answers a DELETE with [rows, affectedCount].
    const [rows]: [{ binding_hash: string; return_to: string; live: boolean }[], number] = await tx.query(
      `DELETE FROM saml_requests WHERE id = $1 RETURNING binding_hash, return_to, expires_at > now() AS live`,
      [id],
    );
    const row = rows[0];
    return row ? { bindingHash: row.binding_hash, returnTo: row.return_to, live: row.live } : undefined;
  }

  /**
   * Claims a message id for its issuer until `expiresAt`; false when it was claimed before (a replay),
   * on this instance or another. A concurrent claim waits on the primary key, then sees the first.
   */
  async claim(issuer: string, messageId: string, expiresAt: Date, tx: EntityManager = this.ds.manager): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO saml_assertions (issuer, assertion_id, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING assertion_id`,
      [issuer, messageId, expiresAt],
    );
    return rows.length > 0;
  }

  /**
   * Forgets requests past their expiry and claimed ids a day after theirs: by then the IdP's message
   * is refused as expired anyway (the day covers clock skew, generously), so the replay cache may let go.
   */
  async purgeExpired(): Promise<void> {
    await this.ds.query(`DELETE FROM saml_requests WHERE expires_at < now()`);
    await this.ds.query(`DELETE FROM saml_assertions WHERE expires_at < now() - interval '1 day'`);
  }
}
