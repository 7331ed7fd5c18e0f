import type { SourceHealth, SourceKind } from '@ruche/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A source of market signals: a polled feed, a webhook, NDJSON imports or the hub's manual entries. */
@Entity({ name: 'signal_sources' })
export class SignalSourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  kind: SourceKind;

  @Column('text')
  name: string;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  /** null: company-wide; else only that department's managers (and the hub) see its items. */
  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ name: 'poll_interval_seconds', type: 'integer', nullable: true })
  pollIntervalSeconds: number | null;

  @Column({ type: 'text', nullable: true })
  etag: string | null;

  @Column({ name: 'last_modified', type: 'text', nullable: true })
  lastModified: string | null;

  @Column('text')
  health: SourceHealth;

  @Column({ name: 'consecutive_failures', type: 'integer' })
  consecutiveFailures: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'last_polled_at', type: 'timestamptz', nullable: true })
  lastPolledAt: Date | null;

  @Column({ name: 'last_success_at', type: 'timestamptz', nullable: true })
  lastSuccessAt: Date | null;

  @Column({ name: 'next_poll_at', type: 'timestamptz', nullable: true })
  nextPollAt: Date | null;

  /** Never sent by the API after creation or rotation. */
  @Column({ name: 'webhook_secret', type: 'text', nullable: true })
  webhookSecret: string | null;

  @Column({ name: 'item_count', type: 'bigint' })
  itemCount: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export function sourceFromRow(r: Record<string, unknown>): SignalSourceEntity {
  return Object.assign(new SignalSourceEntity(), {
    id: r.id as string,
    kind: r.kind as SourceKind,
    name: r.name as string,
    url: r.url as string | null,
    departmentId: r.department_id as string | null,
    pollIntervalSeconds: r.poll_interval_seconds as number | null,
    etag: r.etag as string | null,
    lastModified: r.last_modified as string | null,
    health: r.health as SourceHealth,
    consecutiveFailures: r.consecutive_failures as number,
    lastError: r.last_error as string | null,
    lastPolledAt: r.last_polled_at as Date | null,
    lastSuccessAt: r.last_success_at as Date | null,
    nextPollAt: r.next_poll_at as Date | null,
    webhookSecret: r.webhook_secret as string | null,
    itemCount: Number(r.item_count),
    createdBy: r.created_by as string | null,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  });
}
