import { checkNotification, MAX_RECIPIENTS, recipientsOf } from './notifications.service';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const payload = { campaignId: A, campaignTitle: 'Energy' };

describe('recipientsOf', () => {
  it('de-duplicates (ignoring case), drops malformed ids and the actor', () => {
    expect(recipientsOf([A, B, A.toUpperCase(), 'nope', '', B], A)).toEqual([B]);
    expect(recipientsOf([A, B])).toEqual([A, B]);
  });

  it('refuses more than MAX_RECIPIENTS distinct people, counting after de-duplication', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(recipientsOf([...ids(MAX_RECIPIENTS), ...ids(MAX_RECIPIENTS)])).toHaveLength(MAX_RECIPIENTS);
    expect(() => recipientsOf(ids(MAX_RECIPIENTS + 1))).toThrow(RangeError);
  });
});

describe('checkNotification', () => {
  it('accepts a known kind with an object payload and a well-formed subject', () => {
    expect(() => checkNotification('campaign.opened', payload, { subject: { type: 'campaign', id: A }, actorId: B })).not.toThrow();
  });

  it('refuses an unknown kind with its coded error', () => {
    expect(() => checkNotification('campaign.exploded', payload, {})).toThrow(expect.objectContaining({ code: 'NOTIFICATION_KIND_UNKNOWN' }));
  });

  it('refuses payloads that are not objects or are too large', () => {
    for (const bad of [null, 'text', 42, [payload]]) expect(() => checkNotification('campaign.opened', bad, {})).toThrow(TypeError);
    expect(() => checkNotification('campaign.opened', { ...payload, campaignTitle: 'é'.repeat(2100) }, {})).toThrow(RangeError);
  });

  it('refuses a malformed subject or actor', () => {
    expect(() => checkNotification('campaign.opened', payload, { subject: { type: 'Campaign', id: A } })).toThrow(TypeError);
    expect(() => checkNotification('campaign.opened', payload, { subject: { type: 'campaign', id: 'c-1' } })).toThrow(TypeError);
    expect(() => checkNotification('campaign.opened', payload, { actorId: 'me' })).toThrow(TypeError);
  });
});
