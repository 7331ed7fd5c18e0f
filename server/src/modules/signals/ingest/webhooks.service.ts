import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { SIGNAL_LIMITS } from '@ruche/shared';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/config';
import { BadInputError, RateLimitedError } from '../../../core/errors/domain-error';
import { LeasedRateLimiter } from '../../../core/security/leased-rate-limiter';
import { RateLimitService } from '../../../core/security/rate-limit.service';
import { draftFromJson } from '../feeds/normalise';
import { SignalSourceDisabledError, SignalSourceNotFoundError, WebhookRefusedError } from '../signals.errors';
import { SourcesService } from '../sources.service';
import { IngestService, type IngestEntry } from './ingest.service';
import { isIdentityEncoded, originalMediaType, PayloadTooLargeError, readBody } from './raw-body';
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from './webhook-signature';

export interface WebhookResult {
  stored: number;
  duplicates: number;
  refused: { index: number; reason: string }[];
  itemIds: string[];
  /** The same Idempotency-Key was delivered before: this is that delivery's answer, nothing was stored again. */
  replayed: boolean;
}

/**
 * Inbound webhooks, `POST /signals/webhooks/:sourceId`: rate limit per source, media type, body cap,
 * timestamp and HMAC (webhook-signature.ts), JSON (one item or an array), Idempotency-Key, then the
 * pipeline, all in one transaction with the delivery's key: a retried delivery waits for the first
 * (the key's unique index) and gets its answer; a delivery that fails stores nothing and can be retried.
 */
@Injectable()
export class WebhooksService {
  private readonly limiter: LeasedRateLimiter;

  constructor(
    private readonly ds: DataSource,
    private readonly sources: SourcesService,
    private readonly ingest: IngestService,
    rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.limiter = new LeasedRateLimiter(rateLimits);
  }

  async receive(sourceId: string, req: FastifyRequest): Promise<WebhookResult> {
    const source = await this.sources.find(sourceId);
    // Another kind of source is "not found" here: this route only knows webhooks.
    if (!source || source.kind !== 'webhook' || !source.webhookSecret) throw new SignalSourceNotFoundError();
    if (source.health === 'disabled') throw new SignalSourceDisabledError();
    const retryAfter = await this.limiter.take([{ key: `signals:webhook:${source.id}`, limit: this.config.signals.webhookRateLimitPerMinute }]);
    if (retryAfter > 0) throw new RateLimitedError(retryAfter);
    const refuse = async (error: WebhookRefusedError | PayloadTooLargeError | BadInputError): Promise<never> => {
      await this.sources.appendLog(source.id, [{ kind: 'webhook', message: `delivery refused: ${error.message}`, detail: { code: error.code } }]);
      throw error;
    };
    if (originalMediaType(req) !== 'application/json') return refuse(new WebhookRefusedError('UNSUPPORTED_MEDIA_TYPE', 'Send the items as application/json.'));
    if (!isIdentityEncoded(req)) return refuse(new WebhookRefusedError('UNSUPPORTED_MEDIA_TYPE', 'Send the body uncompressed (no Content-Encoding).'));
    let body: Buffer;
    try {
      body = await readBody(req, SIGNAL_LIMITS.webhookBodyMaxBytes);
    } catch (e) {
      if (e instanceof PayloadTooLargeError) return refuse(e);
      throw e;
    }
    const check = verifyWebhook(source.webhookSecret, req.headers[TIMESTAMP_HEADER], req.headers[SIGNATURE_HEADER], body, Date.now());
    if (!check.ok) return refuse(new WebhookRefusedError(check.code, `Delivery refused: ${check.reason}.`));
    const key = req.headers[IDEMPOTENCY_HEADER];
    if (key !== undefined && (typeof key !== 'string' || key.length === 0 || key.length > SIGNAL_LIMITS.idempotencyKeyMax || !/^[\x21-\x7e]+$/.test(key))) {
      return refuse(new BadInputError(`Idempotency-Key must be 1 to ${SIGNAL_LIMITS.idempotencyKeyMax} visible ASCII characters.`, { field: 'Idempotency-Key' }));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return refuse(new WebhookRefusedError('WEBHOOK_BODY_INVALID', 'The body is not valid JSON.'));
    }
    const items = Array.isArray(parsed) ? parsed : [parsed];
    if (items.length === 0 || items.length > SIGNAL_LIMITS.webhookItemsMax) return refuse(new WebhookRefusedError('WEBHOOK_BODY_INVALID', `Send one item or an array of 1 to ${SIGNAL_LIMITS.webhookItemsMax} items.`));

    // Analysed before the transaction: its key, story and count locks never wait on the analyser.
    const now = new Date();
    const entries = await this.ingest.analyse(
      items.map((item, index): IngestEntry => {
        const r = draftFromJson(item, { now });
        return 'draft' in r ? { draft: r.draft, position: index } : { refused: r.refused, position: index };
      }),
    );
    return this.ds.transaction(async (tx) => {
      if (key !== undefined) {
        const claimed: unknown[] = await tx.query(
          `INSERT INTO signal_webhook_deliveries (source_id, idempotency_key, response) VALUES ($1, $2, '{}') ON CONFLICT DO NOTHING RETURNING source_id`,
          [source.id, key],
        );
        if (claimed.length === 0) {
          const [previous]: { response: WebhookResult }[] = await tx.query(`SELECT response FROM signal_webhook_deliveries WHERE source_id = $1 AND idempotency_key = $2`, [source.id, key]);
          return { ...previous.response, replayed: true };
        }
      }
      // Stored items set last_success_at with the source's item count (one statement, at the end of the transaction).
      const report = await this.ingest.ingest(source.id, entries, { via: 'webhook', tx, markSuccess: true });
      const result: WebhookResult = {
        stored: report.stored.length,
        duplicates: report.duplicates,
        refused: report.refused.map((r) => ({ index: r.position, reason: r.reason })),
        itemIds: report.stored.map((s) => s.id),
        replayed: false,
      };
      if (key !== undefined) await tx.query(`UPDATE signal_webhook_deliveries SET response = $3 WHERE source_id = $1 AND idempotency_key = $2`, [source.id, key, JSON.stringify(result)]);
      if (report.stored.length === 0) await tx.query(`UPDATE signal_sources SET last_success_at = now() WHERE id = $1`, [source.id]);
      return result;
    });
  }
}
