// The module object itself (a namespace import would be a copy), so that spying sees the code's calls.
import crypto from 'node:crypto';
import { SIGNAL_LIMITS } from '@ruche/shared';
import { signWebhook, verifyWebhook } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'whsec_test-secret';
  const body = Buffer.from('{"id":"w1","title":"Clairvoy lance une lampe","text":"Une lampe."}');
  const nowMs = Date.parse('2026-11-30T10:00:00Z');
  const ts = String(Math.floor(nowMs / 1000));
  const window = SIGNAL_LIMITS.webhookToleranceSeconds;

  afterEach(() => jest.restoreAllMocks());

  it('signs timestamp "." body with HMAC-SHA256, as documented', () => {
    const expected = crypto.createHmac('sha256', secret).update(`${ts}.${body.toString()}`).digest('hex');
    expect(signWebhook(secret, ts, body)).toBe(`sha256=${expected}`);
    expect(signWebhook(secret, Number(ts), body.toString())).toBe(`sha256=${expected}`);
  });

  it('accepts a good signature, in either case of hex and with surrounding spaces', () => {
    const sig = signWebhook(secret, ts, body);
    expect(verifyWebhook(secret, ts, sig, body, nowMs)).toEqual({ ok: true });
    expect(verifyWebhook(secret, ts, `sha256=${sig.slice(7).toUpperCase()}`, body, nowMs)).toEqual({ ok: true });
    expect(verifyWebhook(secret, ts, ` ${sig} `, body, nowMs)).toEqual({ ok: true });
  });

  it('refuses a wrong secret, a changed body, a body signed for another timestamp', () => {
    const refused = { ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: 'signature does not match the body' };
    expect(verifyWebhook(secret, ts, signWebhook('whsec_other', ts, body), body, nowMs)).toEqual(refused);
    const changed = Buffer.from(body);
    changed[changed.length - 3] ^= 0x01;
    expect(verifyWebhook(secret, ts, signWebhook(secret, ts, body), changed, nowMs)).toEqual(refused);
    expect(verifyWebhook(secret, ts, signWebhook(secret, ts, body), Buffer.concat([body, Buffer.from(' ')]), nowMs)).toEqual(refused);
    expect(verifyWebhook(secret, ts, signWebhook(secret, Number(ts) - 1, body), body, nowMs)).toEqual(refused);
    // The same signature with a leading zero on the timestamp signs other bytes.
    expect(verifyWebhook(secret, `0${ts}`, signWebhook(secret, ts, body), body, nowMs)).toEqual(refused);
  });

  it('accepts timestamps up to the window on both sides and refuses one second beyond', () => {
    const at = (offset: number) => String(Number(ts) + offset);
    for (const offset of [-window, -1, 0, 1, window]) expect([offset, verifyWebhook(secret, at(offset), signWebhook(secret, at(offset), body), body, nowMs).ok]).toEqual([offset, true]);
    for (const offset of [-window - 1, window + 1, -86_400, 86_400 * 365]) {
      expect(verifyWebhook(secret, at(offset), signWebhook(secret, at(offset), body), body, nowMs)).toEqual({
        ok: false,
        code: 'WEBHOOK_TIMESTAMP_INVALID',
        reason: `timestamp outside the ${window} s replay window`,
      });
    }
  });

  it('refuses malformed or missing timestamps before looking at the signature', () => {
    const sig = signWebhook(secret, ts, body);
    for (const bad of [undefined, '', ' ', `${ts}.5`, `-${ts}`, `+${ts}`, `${ts}ms`, '1e9', '0x6a', '1'.repeat(13), [ts, ts], 1764496800, null]) {
      expect([bad, verifyWebhook(secret, bad, sig, body, nowMs)]).toEqual([bad, expect.objectContaining({ ok: false, code: 'WEBHOOK_TIMESTAMP_INVALID' })]);
    }
  });

  it('refuses malformed or missing signatures', () => {
    const hex = signWebhook(secret, ts, body).slice(7);
    for (const bad of [undefined, '', 'sha256=', hex, `sha1=${hex}`, `sha512=${hex}`, `sha256=${hex.slice(2)}`, `sha256=${hex}00`, `sha256=${'z'.repeat(64)}`, `sha256=${hex.slice(0, 63)}g`, `sha256:${hex}`, [`sha256=${hex}`], `v1=${hex}`]) {
      expect([bad, verifyWebhook(secret, ts, bad, body, nowMs)]).toEqual([
        bad,
        { ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: 'missing or malformed X-Ruche-Signature (sha256=<hex>)' },
      ]);
    }
  });

  it('compares the digests in constant time, on matches and mismatches alike', () => {
    const compare = jest.spyOn(crypto, 'timingSafeEqual');
    verifyWebhook(secret, ts, signWebhook(secret, ts, body), body, nowMs);
    verifyWebhook(secret, ts, `sha256=${'0'.repeat(64)}`, body, nowMs);
    expect(compare).toHaveBeenCalledTimes(2);
    for (const [a, b] of compare.mock.calls as [Buffer, Buffer][]) expect([a.length, b.length]).toEqual([32, 32]);
  });
});
