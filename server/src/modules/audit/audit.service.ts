import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface AuditEntry {
  /** Who acted; null for the system or an unknown actor. */
  actorId: string | null;
  /** What happened, dotted and stable: `user.role`, `organisation.update`, `auth.saml.login`… */
  action: string;
  target?: { type: string; id: string };
  data?: Record<string, unknown>;
}

/** The audit log: who did what to what. The only place that writes it. */
@Injectable()
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  /** Records an entry; pass the caller's transaction so the entry commits or rolls back with the change. */
  async record(entry: AuditEntry, tx: EntityManager = this.ds.manager): Promise<void> {
    await tx.query(`INSERT INTO audit_log (actor_id, action, target_type, target_id, data) VALUES ($1, $2, $3, $4, $5)`, [
      entry.actorId,
      entry.action,
      entry.target?.type ?? null,
      entry.target?.id ?? null,
      JSON.stringify(entry.data ?? {}),
    ]);
  }

  /** The latest entries for an action (administration views and tests). */
  async latest(action: string, limit = 50): Promise<{ actorId: string | null; targetId: string | null; data: Record<string, unknown>; createdAt: Date }[]> {
    const rows: { actor_id: string | null; target_id: string | null; data: Record<string, unknown>; created_at: Date }[] = await this.ds.query(
      `SELECT actor_id, target_id, data, created_at FROM audit_log WHERE action = $1 ORDER BY id DESC LIMIT $2`,
      [action, Math.min(Math.max(1, limit), 500)],
    );
    return rows.map((r) => ({ actorId: r.actor_id, targetId: r.target_id, data: r.data, createdAt: r.created_at }));
  }
}
