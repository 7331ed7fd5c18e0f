import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { signWebhook } from '../../server/src/modules/signals';
import { PollingService, RetentionService } from '../../server/src/modules/signals';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Dynamic Signal's API on real PostgreSQL: who may do what, department scoping, webhooks (signature,
 * replay window, idempotency, concurrent duplicates), NDJSON imports (bad lines, a restart half-way),
 * manual entry, corrections, retention by partition, and feed polling against a local server.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  member: EMAIL('zoe.martin'), // Marketing, member
  rep: EMAIL('julien.petit'), // Marketing, department rep
  manager: EMAIL('claire.dubois'), // Marketing, manager
  rdManager: EMAIL('elodie.lambert'), // R&D, manager
  hub: EMAIL('camille.laurent'), // hub coordinator
  hubMember: EMAIL('hugo.moreau'), // the hub, member
  admin: EMAIL('ethan.brooks'), // IT, admin
};
type Person = keyof typeof PEOPLE;

const SOURCE_FIELDS = 'id kind name health consecutiveFailures lastError nextPollAt itemCount webhookPath department { id }';

describe('signals', () => {
  let t: TestApp;
  const cookie: Partial<Record<Person, string>> = {};
  const dept: Record<string, string> = {};

  const gql = async <T = Record<string, unknown>>(as: Person, query: string, variables?: Record<string, unknown>) => t.gql<T>(query, variables, cookie[as]);
  const ok = async <T = Record<string, unknown>>(as: Person, query: string, variables?: Record<string, unknown>) => {
    const res = await gql<T>(as, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const createSource = async (input: Record<string, unknown>) =>
    (await ok<{ createSignalSource: { source: { id: string }; webhookSecret: string | null } }>('hub', `mutation($i: CreateSignalSourceInput!) { createSignalSource(input: $i) { source { ${SOURCE_FIELDS} } webhookSecret } }`, { i: input }))
      .createSignalSource;
  const count = async (sql: string, params: unknown[] = []) => Number((await t.ds.query(sql, params))[0].n);

  beforeAll(async () => {
    t = await startTestApp({ env: { JOBS_ENABLED: 'false' } });
    for (const [p, email] of Object.entries(PEOPLE)) cookie[p as Person] = await t.signIn(email);
    for (const r of await t.ds.query(`SELECT id, code FROM departments`)) dept[r.code] = r.id;
  });
  afterAll(() => t.close());

  describe('demo seed', () => {
    it('seeds watchlists from the analyser’s demo terms and sources with stored, analysed items', async () => {
      const { watchlists } = await ok<{ watchlists: { name: string; terms: { label: string; query: string }[] }[] }>('hub', `{ watchlists { name terms { label query } } }`);
      expect(watchlists.map((w) => w.name).sort()).toEqual(['Concurrents', 'Nos marques', 'Solaris — retours techniques']);
      // Aliases point at the stored terms.
      const brands = watchlists.find((w) => w.name === 'Nos marques')!;
      expect(brands.terms.find((x) => x.label === 'Maison Lumière')!.query).toMatch(/@[0-9a-f-]{36}/);
      const { signalSources } = await ok<{ signalSources: { kind: string }[] }>('hub', `{ signalSources { kind } }`);
      expect(signalSources.map((s) => s.kind)).toEqual(expect.arrayContaining(['webhook', 'manual']));
    });
  });

  describe('permissions and department scoping', () => {
    let rdSource: string;
    let rdItem: string;

    beforeAll(async () => {
      rdSource = (await createSource({ kind: 'manual', name: 'R&D lab notes', departmentId: dept.rd })).source.id;
      rdItem = (await ok<{ createSignalItem: { id: string } }>('hub', `mutation($i: CreateSignalItemInput!) { createSignalItem(input: $i) { id } }`, { i: { sourceId: rdSource, title: 'Prototype Solaris : batterie en surchauffe', text: 'Le prototype Solaris chauffe trop.' } }))
        .createSignalItem.id;
    });

    it('lets managers and the hub read the stream, and nobody else', async () => {
      for (const p of ['manager', 'rdManager', 'hub', 'hubMember', 'admin'] as Person[]) expect((await gql(p, `{ signalItems(first: 1) { nodes { id } } }`)).errors).toBeUndefined();
      for (const p of ['member', 'rep'] as Person[]) expect((await gql(p, `{ signalItems(first: 1) { nodes { id } } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(`{ signalItems(first: 1) { nodes { id } } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('lets the hub and admins manage sources, not managers', async () => {
      const doc = `mutation { createSignalSource(input: { kind: manual, name: "Essai" }) { source { id } } }`;
      for (const p of ['manager', 'rdManager', 'member', 'rep'] as Person[]) expect((await gql(p, doc)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      for (const p of ['hubMember', 'admin'] as Person[]) expect((await gql(p, doc)).errors).toBeUndefined();
    });

    it('never shows a department’s items to managers of another department, in lists, lookups, filters or terms', async () => {
      const list = async (p: Person) => (await ok<{ signalItems: { nodes: { id: string }[] } }>(p, `{ signalItems(first: 100) { nodes { id } } }`)).signalItems.nodes.map((n) => n.id);
      expect(await list('rdManager')).toContain(rdItem);
      expect(await list('hub')).toContain(rdItem);
      expect(await list('manager')).not.toContain(rdItem);
      expect((await gql('manager', `query($id: ID!) { signalItem(id: $id) { id } }`, { id: rdItem })).errors?.[0].extensions?.code).toBe('SIGNAL_ITEM_NOT_FOUND');
      expect((await gql('manager', `query($id: ID!) { signalSource(id: $id) { id } }`, { id: rdSource })).errors?.[0].extensions?.code).toBe('SIGNAL_SOURCE_NOT_FOUND');
      expect((await gql('manager', `query($id: ID!) { signalItems(filter: { sourceId: $id }) { nodes { id } } }`, { id: rdSource })).errors?.[0].extensions?.code).toBe('SIGNAL_SOURCE_NOT_FOUND');
      const byDept = await ok<{ signalItems: { nodes: { id: string }[] } }>('manager', `query($d: ID!) { signalItems(filter: { departmentId: $d }) { nodes { id } } }`, { d: dept.rd });
      expect(byDept.signalItems.nodes).toEqual([]);
      // The R&D watchlist and its term: invisible to Marketing's manager, on the list and on items.
      const { watchlists } = await ok<{ watchlists: { name: string }[] }>('manager', `{ watchlists { name } }`);
      expect(watchlists.map((w) => w.name)).not.toContain('Solaris — retours techniques');
      const terms = await ok<{ signalItem: { terms: { label: string }[] } }>('rdManager', `query($id: ID!) { signalItem(id: $id) { terms { label } } }`, { id: rdItem });
      expect(terms.signalItem.terms.map((x) => x.label)).toEqual(expect.arrayContaining(['Pannes Solaris', 'Solaris']));
    });
  });

  describe('webhooks', () => {
    let sourceId: string;
    let secret: string;
    const post = (body: string, opts: { ts?: number | string; sig?: string; key?: string; type?: string; secret?: string } = {}) => {
      const ts = opts.ts ?? Math.floor(Date.now() / 1000);
      const req = request(t.server)
        .post(`/signals/webhooks/${sourceId}`)
        .set('Content-Type', opts.type ?? 'application/json')
        .set('X-Ruche-Timestamp', String(ts))
        .set('X-Ruche-Signature', opts.sig ?? signWebhook(opts.secret ?? secret, ts, body));
      if (opts.key) req.set('Idempotency-Key', opts.key);
      return req.send(body);
    };
    const item = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: `Clairvoy lance une offre ${id}`, text: 'Clairvoy annonce une nouvelle lampe connectée, moins chère que Lumi Home.', authors: [`auteur-${id}`], ...extra });

    beforeAll(async () => {
      const created = await createSource({ kind: 'webhook', name: 'Social listening' });
      sourceId = created.source.id;
      secret = created.webhookSecret!;
      expect(secret).toMatch(/^whsec_/);
    });

    it('stores a signed delivery (one item or an array), analysed and matched', async () => {
      const res = await post(JSON.stringify([item('w1'), item('w2')]));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ stored: 2, duplicates: 0, refused: [], replayed: false });
      const one = await post(JSON.stringify(item('w3')));
      expect(one.body.stored).toBe(1);
      const { signalItem } = await ok<{ signalItem: { language: string; terms: { label: string }[]; source: { id: string } } }>('hub', `query($id: ID!) { signalItem(id: $id) { language terms { label } source { id } } }`, { id: one.body.itemIds[0] });
      expect(signalItem.language).toBe('fr');
      expect(signalItem.terms.map((x) => x.label)).toEqual(expect.arrayContaining(['Clairvoy', 'Lumi Home']));
      expect(signalItem.source.id).toBe(sourceId);
    });

    it('refuses bad signatures, stale or future timestamps, wrong media types, oversize and malformed bodies, with codes, storing nothing', async () => {
      const before = await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1`, [sourceId]);
      const body = JSON.stringify(item('bad'));
      const cases: [Promise<request.Response>, number, string][] = [
        [post(body, { sig: 'sha256=' + '0'.repeat(64) }), 401, 'WEBHOOK_SIGNATURE_INVALID'],
        [post(body, { secret: 'whsec_not-the-secret' }), 401, 'WEBHOOK_SIGNATURE_INVALID'],
        [post(body, { sig: 'md5=abc' }), 401, 'WEBHOOK_SIGNATURE_INVALID'],
        [post(body, { ts: Math.floor(Date.now() / 1000) - 301 }), 401, 'WEBHOOK_TIMESTAMP_INVALID'],
        [post(body, { ts: Math.floor(Date.now() / 1000) + 3600 }), 401, 'WEBHOOK_TIMESTAMP_INVALID'],
        [post(body, { ts: 'yesterday' }), 401, 'WEBHOOK_TIMESTAMP_INVALID'],
        [post(body, { type: 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
        [post('{"title": ', {}), 400, 'WEBHOOK_BODY_INVALID'],
        [post('[]', {}), 400, 'WEBHOOK_BODY_INVALID'],
        [post(JSON.stringify(Array.from({ length: 101 }, (_, i) => item(`m${i}`))), {}), 400, 'WEBHOOK_BODY_INVALID'],
        [post(JSON.stringify({ title: 'x'.repeat(600 * 1024) }), {}), 413, 'PAYLOAD_TOO_LARGE'],
        [post(body, { key: 'é'.repeat(3) }), 400, 'BAD_USER_INPUT'],
      ];
      for (const [res, status, code] of cases) {
        const r = await res;
        expect([r.status, r.body.code]).toEqual([status, code]);
      }
      // A body signed for another source's secret, and unknown or malformed source ids.
      expect((await request(t.server).post('/signals/webhooks/00000000-0000-4000-8000-000000000000').set('Content-Type', 'application/json').send('{}')).body.code).toBe('SIGNAL_SOURCE_NOT_FOUND');
      expect((await request(t.server).post("/signals/webhooks/1' OR '1'='1").set('Content-Type', 'application/json').send('{}')).status).toBe(404);
      expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1`, [sourceId])).toBe(before);
      const log = await ok<{ signalSourceLog: { nodes: { kind: string; message: string }[] } }>('hub', `query($id: ID!) { signalSourceLog(sourceId: $id, first: 50) { nodes { kind message } } }`, { id: sourceId });
      expect(log.signalSourceLog.nodes.some((n) => n.kind === 'webhook' && /signature/.test(n.message))).toBe(true);
    });

    it('refuses bad items one by one with reasons and stores the rest', async () => {
      const res = await post(JSON.stringify([item('ok1'), { title: 42 }, 'not an object', item('ok2', { published: 'not a date' }), item('ok3')]));
      expect(res.status).toBe(200);
      expect(res.body.stored).toBe(2);
      expect(res.body.refused.map((r: { index: number }) => r.index)).toEqual([1, 2, 3]);
      const log = await ok<{ signalSourceLog: { nodes: { kind: string; message: string }[] } }>('hub', `query($id: ID!) { signalSourceLog(sourceId: $id, first: 10) { nodes { kind message } } }`, { id: sourceId });
      expect(log.signalSourceLog.nodes.filter((n) => n.kind === 'refused').map((n) => n.message)).toEqual([
        'webhook: entry 4 refused: published: not an ISO 8601 or RFC 822 date',
        'webhook: entry 3 refused: item: must be a JSON object, not string',
        'webhook: entry 2 refused: title: must be a string, not number; text: required, not empty (or content or summary)',
      ]);
    });

    it('stores a retried delivery once (Idempotency-Key), even when the copies arrive at the same time', async () => {
      const body = JSON.stringify([item('idem1'), item('idem2')]);
      const ts = Math.floor(Date.now() / 1000);
      const results = await Promise.all(Array.from({ length: 8 }, () => post(body, { ts, key: 'delivery-42' })));
      expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
      expect(results.filter((r) => r.body.replayed === false)).toHaveLength(1);
      for (const r of results) expect(r.body.itemIds).toEqual(results[0].body.itemIds);
      expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1 AND external_id LIKE 'idem%'`, [sourceId])).toBe(2);
      // Without a key, concurrent copies are still stored once (the items' own keys).
      const again = await Promise.all(Array.from({ length: 6 }, () => post(JSON.stringify([item('same1'), item('same2')]))));
      expect(again.reduce((n, r) => n + r.body.stored, 0)).toBe(2);
      expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1 AND external_id LIKE 'same%'`, [sourceId])).toBe(2);
    });

    it('rotates the secret: the old one stops working at once, the new one is shown once', async () => {
      const { rotateWebhookSecret } = await ok<{ rotateWebhookSecret: { webhookSecret: string } }>('hub', `mutation($id: ID!) { rotateWebhookSecret(sourceId: $id) { webhookSecret } }`, { id: sourceId });
      expect((await post(JSON.stringify(item('rot')))).body.code).toBe('WEBHOOK_SIGNATURE_INVALID');
      secret = rotateWebhookSecret.webhookSecret;
      expect((await post(JSON.stringify(item('rot')))).body.stored).toBe(1);
    });
  });
});
