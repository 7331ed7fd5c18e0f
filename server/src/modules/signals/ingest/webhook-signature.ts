import { createHmac, timingSafeEqual } from 'node:crypto';
import { SIGNAL_LIMITS } from '@ruche/shared';

/**
 * Webhook signatures, the scheme Stripe and Slack use: the sender puts the Unix time in seconds in
 * `X-Ruche-Timestamp` and `sha256=` + hex HMAC-SHA256(secret, timestamp + "." + raw body) in
 * `X-Ruche-Signature`. Signing the timestamp with the body lets the receiver refuse an old delivery
 * replayed outside the window (SIGNAL_LIMITS.webhookToleranceSeconds); inside it, the Idempotency-Key
 * (and each item's own key) keeps a replay from storing anything twice.
 */
export const SIGNATURE_HEADER = 'x-ruche-signature';
export const TIMESTAMP_HEADER = 'x-ruche-timestamp';
export const IDEMPOTENCY_HEADER = 'idempotency-key';

export function signWebhook(secret: string, timestamp: number | string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

export type SignatureCheck = { ok: true } | { ok: false; code: 'WEBHOOK_SIGNATURE_INVALID' | 'WEBHOOK_TIMESTAMP_INVALID'; reason: string };

/** Checks a delivery's timestamp (against `nowMs`) and signature, comparing in constant time. */
export function verifyWebhook(secret: string, timestampHeader: unknown, signatureHeader: unknown, body: Buffer, nowMs: number): SignatureCheck {
  if (typeof timestampHeader !== 'string' || !/^\d{1,12}$/.test(timestampHeader)) {
    return { ok: false, code: 'WEBHOOK_TIMESTAMP_INVALID', reason: 'missing or malformed X-Ruche-Timestamp (Unix seconds)' };
  }
  const skew = Math.abs(nowMs / 1000 - Number(timestampHeader));
  if (skew > SIGNAL_LIMITS.webhookToleranceSeconds) {
    return { ok: false, code: 'WEBHOOK_TIMESTAMP_INVALID', reason: `timestamp outside the ${SIGNAL_LIMITS.webhookToleranceSeconds} s replay window` };
  }
  if (typeof signatureHeader !== 'string' || !/^sha256=[0-9a-f]{64}$/i.test(signatureHeader.trim())) {
    return { ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: 'missing or malformed X-Ruche-Signature (sha256=<hex>)' };
  }
  const expected = Buffer.from(signWebhook(secret, timestampHeader, body).slice('sha256='.length), 'hex');
  const given = Buffer.from(signatureHeader.trim().slice('sha256='.length).toLowerCase(), 'hex');
  // Both are 32 bytes here (checked above), as timingSafeEqual requires.
  if (!timingSafeEqual(expected, given)) return { ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: 'signature does not match the body' };
  return { ok: true };
}
