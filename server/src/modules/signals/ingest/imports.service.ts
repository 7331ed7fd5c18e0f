import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { rooms, SIGNAL_LIMITS, type SignalImportProgressEvent } from '@ruche/shared';
import type { AuthUser } from '../../../core/auth/auth-user';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/config';
import { ForbiddenError } from '../../../core/errors/domain-error';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { draftFromJson } from '../feeds/normalise';
import { assertManage, UUID } from '../signal-access';
import { importFromRow, type SignalImportEntity } from '../signal-import.entity';
import { SignalImportNotFoundError, SignalSourceDisabledError, SignalSourceKindMismatchError, WebhookRefusedError } from '../signals.errors';
import { SourcesService } from '../sources.service';
import { IngestService, type IngestEntry } from './ingest.service';
import { readNdjson } from './ndjson';
import { isIdentityEncoded, originalMediaType } from './raw-body';

/** NDJSON media types accepted (none of them can be sent cross-site without a CORS preflight). */
const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/json-lines', 'application/ndjson'];
/** Lines per ingest chunk (one transaction each) and per progress update. */
const IMPORT_CHUNK = 500;

/**
 * NDJSON imports, `POST /signals/import/:sourceId` (the hub, with its session): the body is read line
 * by line (memory bounded by a line and a chunk), each chunk of lines goes through the pipeline in
 * its own transaction, and the run's row records progress and the refused lines with their reasons.
 * A connection that drops half-way leaves the run `aborted` with what its committed chunks stored;
 * sending the same file again stores the rest, and nothing twice (the items' keys).
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly ds: DataSource,
    private readonly sources: SourcesService,
    private readonly ingest: IngestService,
    private readonly realtime: RealtimeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(actor: AuthUser, sourceId: string, req: FastifyRequest): Promise<SignalImportEntity> {
    // A state-changing route outside GraphQL: same-origin only when a browser says where it comes from.
    if (req.headers.origin !== undefined && req.headers.origin !== this.config.publicOrigin) throw new ForbiddenError('Cross-site request refused.');
    const source = await this.sources.getManaged(actor, sourceId);
    if (source.kind !== 'import') throw new SignalSourceKindMismatchError('import', source.kind);
    if (source.health === 'disabled') throw new SignalSourceDisabledError();
    if (!NDJSON_TYPES.includes(originalMediaType(req))) throw new WebhookRefusedError('UNSUPPORTED_MEDIA_TYPE', 'Send newline-delimited JSON as application/x-ndjson.');
    if (!isIdentityEncoded(req)) throw new WebhookRefusedError('UNSUPPORTED_MEDIA_TYPE', 'Send the file uncompressed (no Content-Encoding).');

    const [row]: { id: string }[] = await this.ds.query(`INSERT INTO signal_import_runs (source_id, started_by) VALUES ($1, $2) RETURNING id`, [source.id, actor.id]);
    const runId = row.id;
    const totals = { lines: 0, stored: 0, duplicates: 0, refused: 0 };
    const report: { line: number; reason: string }[] = [];
    const progress = async (status: 'running' | 'done' | 'aborted' | 'failed', error: string | null = null) => {
      await this.ds.query(
        `UPDATE signal_import_runs SET status = $2, lines = $3, stored = $4, duplicates = $5, refused = $6, report = $7, error = $8, updated_at = now(),
                finished_at = CASE WHEN $2 = 'running' THEN NULL ELSE now() END
          WHERE id = $1`,
        [runId, status, totals.lines, totals.stored, totals.duplicates, totals.refused, JSON.stringify(report), error],
      );
      const event: SignalImportProgressEvent = { importId: runId, sourceId: source.id, status, ...totals };
      this.realtime.server?.to(rooms.user(actor.id)).emit('signal:import-progress', event);
    };
    const flush = async (entries: IngestEntry[]) => {
      if (entries.length === 0) return;
      const outcome = await this.ingest.ingest(source.id, entries, { via: 'import', chunkSize: IMPORT_CHUNK });
      totals.stored += outcome.stored.length;
      totals.duplicates += outcome.duplicates;
      totals.refused += outcome.refused.length;
      for (const r of outcome.refused) if (report.length < SIGNAL_LIMITS.importReportMax) report.push({ line: r.position + 1, reason: r.reason });
      await progress('running');
    };

    let pending: IngestEntry[] = [];
    let cut = false;
    try {
      const now = new Date();
      for await (const entry of readNdjson(req.raw, SIGNAL_LIMITS.importLineMaxBytes)) {
        if (entry.line > SIGNAL_LIMITS.importLinesMax) {
          cut = true;
          break;
        }
        totals.lines = entry.line;
        if ('error' in entry) pending.push({ refused: entry.error, position: entry.line - 1 });
        else {
          const r = draftFromJson(entry.value, { now });
          pending.push('draft' in r ? { draft: r.draft, position: entry.line - 1 } : { refused: r.refused, position: entry.line - 1 });
        }
        if (pending.length >= IMPORT_CHUNK) {
          const chunk = pending;
          pending = [];
          await flush(chunk);
        }
      }
      await flush(pending);
    } catch (err) {
      // The upload stopped (the client went away) or the database failed: committed chunks stay.
      const aborted = (err as Error).message === 'aborted' || (err as NodeJS.ErrnoException).code === 'ECONNRESET' || req.raw.destroyed;
      await progress(aborted ? 'aborted' : 'failed', aborted ? 'the upload stopped before its end' : 'the import failed; send the file again to store the rest').catch(() => undefined);
      await this.sources
        .appendLog(source.id, [{ kind: 'import', message: `import ${aborted ? 'aborted' : 'failed'} after line ${totals.lines}: ${totals.stored} stored, ${totals.duplicates} duplicates, ${totals.refused} refused` }])
        .catch(() => undefined);
      throw err;
    }
    const error = cut ? `only the first ${SIGNAL_LIMITS.importLinesMax} lines were read; split larger files` : null;
    await progress('done', error);
    await this.sources.appendLog(source.id, [{ kind: 'import', message: `import done: ${totals.lines} lines, ${totals.stored} stored, ${totals.duplicates} duplicates, ${totals.refused} refused` }]);
    return this.find(runId);
  }

  private async find(id: string): Promise<SignalImportEntity> {
    const rows: Record<string, unknown>[] = await this.ds.query(`SELECT * FROM signal_import_runs WHERE id = $1`, [id]);
    if (!rows[0]) throw new SignalImportNotFoundError();
    return importFromRow(rows[0]);
  }

  /** One import run, for the hub (who manages the source it went into). */
  async get(actor: AuthUser, id: unknown): Promise<SignalImportEntity> {
    assertManage(actor);
    if (typeof id !== 'string' || !UUID.test(id)) throw new SignalImportNotFoundError();
    const run = await this.find(id);
    await this.sources.getManaged(actor, run.sourceId).catch(() => {
      throw new SignalImportNotFoundError();
    });
    return run;
  }

  /** A source's latest import runs, newest first. */
  async list(actor: AuthUser, sourceId: unknown): Promise<SignalImportEntity[]> {
    const source = await this.sources.getManaged(actor, sourceId);
    const rows: Record<string, unknown>[] = await this.ds.query(`SELECT * FROM signal_import_runs WHERE source_id = $1 ORDER BY started_at DESC, id LIMIT 50`, [source.id]);
    return rows.map(importFromRow);
  }
}
