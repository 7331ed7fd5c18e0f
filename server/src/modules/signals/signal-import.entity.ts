import type { ImportStatus } from '@ruche/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One NDJSON import: its progress and the refused lines with their reasons (the first SIGNAL_LIMITS.importReportMax). */
@Entity({ name: 'signal_import_runs' })
export class SignalImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy: string | null;

  @Column('text')
  status: ImportStatus;

  @Column('integer')
  lines: number;

  @Column('integer')
  stored: number;

  @Column('integer')
  duplicates: number;

  @Column('integer')
  refused: number;

  @Column('jsonb')
  report: { line: number; reason: string }[];

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

export function importFromRow(r: Record<string, unknown>): SignalImportEntity {
  return Object.assign(new SignalImportEntity(), {
    id: r.id as string,
    sourceId: r.source_id as string,
    startedBy: r.started_by as string | null,
    status: r.status as ImportStatus,
    lines: r.lines as number,
    stored: r.stored as number,
    duplicates: r.duplicates as number,
    refused: r.refused as number,
    report: r.report as { line: number; reason: string }[],
    error: r.error as string | null,
    startedAt: r.started_at as Date,
    updatedAt: r.updated_at as Date,
    finishedAt: r.finished_at as Date | null,
  });
}
