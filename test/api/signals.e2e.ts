import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { SIGNAL_LIMITS } from '@ruche/shared';
import { MATCHES_RECEIVED_AT_SQL } from '../../migrations/1766100000000-signals-ingest-repairs';
import { IngestService, PollingService, RetentionService, signWebhook, type IngestEntry } from '../../server/src/modules/signals';
import { draftFromJson } from '../../server/src/modules/signals/feeds/normalise';
import { eventually } from '../support/eventually';
import { rawPost } from '../support/raw-post';
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

  describe('NDJSON import', () => {
    let sourceId: string;
    const line = (i: number, extra: Record<string, unknown> = {}) => JSON.stringify({ id: `imp-${i}`, title: `Avis client ${i} sur Lumi Home`, text: `Retour numéro ${i} : la lampe Lumi Home fonctionne bien.`, published: '2026-11-02T10:03:00Z', ...extra });
    const upload = (body: string | Buffer, type = 'application/x-ndjson', as: Person = 'hub') =>
      request(t.server).post(`/signals/import/${sourceId}`).set('Cookie', cookie[as]!).set('Content-Type', type).send(body);

    beforeAll(async () => {
      sourceId = (await createSource({ kind: 'import', name: 'Historique 2026' })).source.id;
    });

    it('stores good lines and reports bad ones by line number with a reason', async () => {
      const lines = [line(1), '{"title": ', '', JSON.stringify({ title: 'sans texte' }), line(2), JSON.stringify(['array']), `{"title": "${'x'.repeat(70 * 1024)}"}`, line(3)];
      const res = await upload(Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from(line(1) + '\r\n')]));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'done', lines: 10, stored: 3, duplicates: 1, refused: 5 });
      expect(res.body.report.map((r: { line: number }) => r.line)).toEqual([2, 4, 6, 7, 9]);
      expect(res.body.report[3].reason).toMatch(/longer than 65536 bytes/);
      expect(res.body.report[4].reason).toMatch(/UTF-8/);
      const { signalImport } = await ok<{ signalImport: { status: string; stored: number; report: { line: number }[] } }>('hub', `query($id: ID!) { signalImport(id: $id) { status stored report { line } } }`, { id: res.body.id });
      expect(signalImport).toMatchObject({ status: 'done', stored: 3 });
    });

    it('refuses other media types, other kinds of source, cross-site posts and people who do not manage sources', async () => {
      expect((await upload(line(9), 'text/plain')).body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect((await upload(line(9), 'application/x-ndjson', 'manager')).body.code).toBe('FORBIDDEN');
      expect((await request(t.server).post(`/signals/import/${sourceId}`).set('Content-Type', 'application/x-ndjson').send(line(9))).body.code).toBe('UNAUTHENTICATED');
      expect((await request(t.server).post(`/signals/import/${sourceId}`).set('Cookie', cookie.hub!).set('Origin', 'https://evil.example').set('Content-Type', 'application/x-ndjson').send(line(9))).body.code).toBe('FORBIDDEN');
      const webhook = (await createSource({ kind: 'webhook', name: 'Pas un import' })).source.id;
      expect((await request(t.server).post(`/signals/import/${webhook}`).set('Cookie', cookie.hub!).set('Content-Type', 'application/x-ndjson').send(line(9))).body.code).toBe('SIGNAL_SOURCE_KIND_MISMATCH');
      expect(await count(`SELECT count(*) AS n FROM signal_items WHERE external_id = 'imp-9'`)).toBe(0);
    });

    it('loses nothing and stores nothing twice when an upload stops half-way and is sent again', async () => {
      const total = 1300;
      const lines = Array.from({ length: total }, (_, i) => line(1000 + i)).join('\n') + '\n';
      const cut = lines.split('\n').slice(0, 700).join('\n') + '\n';
      // A raw request that sends 700 lines, waits for the first chunk (500) to be stored, then dies.
      const { hostname, port } = new URL(t.url);
      const http = await import('node:http');
      const req = http.request({ hostname, port, method: 'POST', path: `/signals/import/${sourceId}`, headers: { Cookie: cookie.hub!, 'Content-Type': 'application/x-ndjson', 'Transfer-Encoding': 'chunked' } });
      req.on('error', () => undefined);
      req.write(cut);
      const started = Date.now();
      let stored = 0;
      try {
        while (Date.now() - started < 15_000) {
          stored = await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1 AND external_id ~ '^imp-[0-9]{4}$'`, [sourceId]);
          if (stored >= 500) break;
          await new Promise((r) => setTimeout(r, 50));
        }
      } finally {
        req.destroy();
      }
      expect(stored).toBe(500);
      await new Promise((r) => setTimeout(r, 300));
      const runs = await ok<{ signalImports: { status: string; stored: number }[] }>('hub', `query($id: ID!) { signalImports(sourceId: $id) { status stored } }`, { id: sourceId });
      expect(runs.signalImports[0]).toEqual({ status: 'aborted', stored: 500 });

      const again = await upload(lines);
      expect(again.body).toMatchObject({ status: 'done', lines: total, stored: total - 500, duplicates: 500, refused: 0 });
      expect(await count(`SELECT count(DISTINCT external_id) AS n FROM signal_items WHERE source_id = $1 AND external_id ~ '^imp-[0-9]{4}$'`, [sourceId])).toBe(total);
      expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1 AND external_id ~ '^imp-[0-9]{4}$'`, [sourceId])).toBe(total);
      // Counted once per item: the Lumi Home term's minute holds every stored item of that minute.
      const [minute] = await t.ds.query(
        `SELECT m.items FROM signal_term_minutes m JOIN signal_watch_terms w ON w.id = m.term_id WHERE w.label = 'Lumi Home' AND m.minute = '2026-11-02T10:03:00Z'`,
      );
      expect(Number(minute.items)).toBe(await count(`SELECT count(*) AS n FROM signal_items WHERE published_at = '2026-11-02T10:03:00Z'`));
    });
  });

  describe('hostile input on the webhook and import endpoints', () => {
    const body = (id: string) => JSON.stringify({ id, title: `Clairvoy ${id}`, text: 'Clairvoy annonce une lampe.', authors: ['hostile'] });
    /** A raw HTTP request (supertest would add a media type of its own), optionally chunked without a length. */
    const raw = (path: string, headers: Record<string, string>, chunks: Buffer[]) => rawPost(t.url, path, headers, chunks);
    const signed = (secret: string, payload: Buffer, extra: Record<string, string> = {}) => {
      const ts = Math.floor(Date.now() / 1000);
      return { 'X-Ruche-Timestamp': String(ts), 'X-Ruche-Signature': signWebhook(secret, ts, payload), ...extra };
    };
    let hook: { id: string; secret: string };
    const webhookPath = () => `/signals/webhooks/${hook.id}`;
    const stored = () => count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1`, [hook.id]);

    beforeAll(async () => {
      const created = await createSource({ kind: 'webhook', name: 'Entrées hostiles' });
      hook = { id: created.source.id, secret: created.webhookSecret! };
    });

    it('refuses every media type but JSON on the webhook, and every one but NDJSON on the import, a missing one included', async () => {
      const payload = Buffer.from(body('type'));
      for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/json', 'application/json-patch+json', 'application/x-ndjson', 'application/jsonx']) {
        const res = await raw(webhookPath(), { ...signed(hook.secret, payload), ...(type ? { 'Content-Type': type } : {}) }, [payload]);
        expect([type, res.status, res.body.code]).toEqual([type, 415, 'UNSUPPORTED_MEDIA_TYPE']);
      }
      expect(await stored()).toBe(0);
      const ok = await raw(webhookPath(), { ...signed(hook.secret, payload), 'Content-Type': 'Application/JSON; charset=utf-8' }, [payload]);
      expect([ok.status, ok.body.stored]).toEqual([200, 1]);
      const imp = (await createSource({ kind: 'import', name: 'Import hostile' })).source.id;
      for (const type of [undefined, 'application/json', 'text/csv', 'multipart/form-data; boundary=x']) {
        const res = await raw(`/signals/import/${imp}`, { Cookie: cookie.hub!, ...(type ? { 'Content-Type': type } : {}) }, [Buffer.from(`${body('imp-type')}\n`)]);
        expect([type, res.status, res.body.code]).toEqual([type, 415, 'UNSUPPORTED_MEDIA_TYPE']);
      }
    });

    it('takes a body of exactly the cap and refuses one byte more, with or without a Content-Length', async () => {
      const cap = SIGNAL_LIMITS.webhookBodyMaxBytes;
      const sized = (n: number) => {
        const head = '{"id":"cap","title":"Clairvoy au plafond","text":"';
        return Buffer.from(head + 'a'.repeat(n - head.length - 2) + '"}');
      };
      const exact = sized(cap);
      expect(exact.length).toBe(cap);
      const atCap = await raw(webhookPath(), { ...signed(hook.secret, exact), 'Content-Type': 'application/json' }, [exact]);
      expect(atCap.status).not.toBe(413);
      expect(atCap.body.code).toBeUndefined();
      const over = sized(cap + 1);
      const declared = await raw(webhookPath(), { ...signed(hook.secret, over), 'Content-Type': 'application/json', 'Content-Length': String(over.length) }, [over]);
      expect([declared.status, declared.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
      // Chunked, no length known in advance: refused once the cap is passed, the rest drained.
      const chunks = Array.from({ length: Math.ceil(over.length / 10_000) }, (_, i) => over.subarray(i * 10_000, (i + 1) * 10_000));
      const streamed = await raw(webhookPath(), { ...signed(hook.secret, over), 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, chunks);
      expect([streamed.status, streamed.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
      expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1 AND external_id = 'cap'`, [hook.id])).toBeLessThanOrEqual(1);
    });

    it('refuses compressed bodies by name, so a gzip bomb is never inflated', async () => {
      // 64 MiB of the same item, gzipped to some 100 KB: under the cap as sent, far over it inflated.
      const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
      expect(bomb.length).toBeLessThan(SIGNAL_LIMITS.webhookBodyMaxBytes);
      const before = await stored();
      for (const encoding of ['gzip', 'deflate', 'br', 'gzip, identity', 'x-custom']) {
        const res = await raw(webhookPath(), { ...signed(hook.secret, bomb), 'Content-Type': 'application/json', 'Content-Encoding': encoding }, [bomb]);
        expect([encoding, res.status, res.body.code]).toEqual([encoding, 415, 'UNSUPPORTED_MEDIA_TYPE']);
      }
      const small = gzipSync(Buffer.from(body('gz')));
      const res = await raw(webhookPath(), { ...signed(hook.secret, small), 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, [small]);
      expect(res.status).toBe(415);
      const imp = (await createSource({ kind: 'import', name: 'Import compressé' })).source.id;
      const importBomb = await raw(`/signals/import/${imp}`, { Cookie: cookie.hub!, 'Content-Type': 'application/x-ndjson', 'Content-Encoding': 'gzip' }, [bomb]);
      expect([importBomb.status, importBomb.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
      expect(await stored()).toBe(before);
      expect(await count(`SELECT count(*) AS n FROM signal_import_runs WHERE source_id = $1`, [imp])).toBe(0);
      // Identity is plain.
      const plain = Buffer.from(body('identity'));
      expect((await raw(webhookPath(), { ...signed(hook.secret, plain), 'Content-Type': 'application/json', 'Content-Encoding': 'identity' }, [plain])).body.stored).toBe(1);
    });

    it('stores 1,000 concurrent deliveries with one Idempotency-Key once, each answered with that delivery or a rate limit', async () => {
      const source = await createSource({ kind: 'webhook', name: 'Mille livraisons' });
      const payload = Buffer.from(JSON.stringify([JSON.parse(body('k1')), JSON.parse(body('k2'))]));
      const headers = { ...signed(source.webhookSecret!, payload), 'Content-Type': 'application/json', 'Idempotency-Key': 'same-delivery' };
      const answers = await Promise.all(Array.from({ length: 1000 }, () => raw(`/signals/webhooks/${source.source.id}`, headers, [payload])));
      const statuses = new Set(answers.map((a) => a.status));
      expect([...statuses].every((s) => s === 200 || s === 429)).toBe(true);
      const accepted = answers.filter((a) => a.status === 200);
      expect(accepted.length).toBeGreaterThan(0);
      expect(accepted.filter((a) => a.body.replayed === false)).toHaveLength(1);
      const ids = accepted.find((a) => a.body.replayed === false)!.body.itemIds as string[];
      expect(ids).toHaveLength(2);
      for (const a of accepted) expect(a.body.itemIds).toEqual(ids);
      for (const a of answers.filter((x) => x.status === 429)) expect(a.body.code).toBe('RATE_LIMITED');
      expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1`, [source.source.id])).toBe(2);
      expect(await count(`SELECT count(*) AS n FROM signal_webhook_deliveries WHERE source_id = $1`, [source.source.id])).toBe(1);
      expect(await count(`SELECT item_count AS n FROM signal_sources WHERE id = $1`, [source.source.id])).toBe(2);
    }, 180_000);

    it('answers a source of another kind, a disabled source and a deleted one as such, storing nothing', async () => {
      const payload = Buffer.from(body('kind'));
      for (const kind of ['manual', 'import']) {
        const other = (await createSource({ kind, name: `Pas un webhook (${kind})` })).source.id;
        // Even signed with a real webhook secret: this route only knows webhook sources.
        const res = await raw(`/signals/webhooks/${other}`, { ...signed(hook.secret, payload), 'Content-Type': 'application/json' }, [payload]);
        expect([kind, res.status, res.body.code]).toEqual([kind, 404, 'SIGNAL_SOURCE_NOT_FOUND']);
        expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1`, [other])).toBe(0);
      }
      const manual = (await createSource({ kind: 'manual', name: 'Pas un import' })).source.id;
      const wrongImport = await raw(`/signals/import/${manual}`, { Cookie: cookie.hub!, 'Content-Type': 'application/x-ndjson' }, [Buffer.from(`${body('imp-kind')}\n`)]);
      expect([wrongImport.status, wrongImport.body.code]).toEqual([409, 'SIGNAL_SOURCE_KIND_MISMATCH']);

      const victim = await createSource({ kind: 'webhook', name: 'Bientôt désactivé' });
      const imp = (await createSource({ kind: 'import', name: 'Import bientôt désactivé' })).source.id;
      const post = () => raw(`/signals/webhooks/${victim.source.id}`, { ...signed(victim.webhookSecret!, payload), 'Content-Type': 'application/json' }, [payload]);
      const upload = () => raw(`/signals/import/${imp}`, { Cookie: cookie.hub!, 'Content-Type': 'application/x-ndjson' }, [Buffer.from(`${body('imp-disabled')}\n`)]);
      for (const id of [victim.source.id, imp]) await ok('hub', `mutation($id: ID!) { updateSignalSource(id: $id, input: { enabled: false }) { health } }`, { id });
      expect(await post()).toMatchObject({ status: 409, body: { code: 'SIGNAL_SOURCE_DISABLED' } });
      expect(await upload()).toMatchObject({ status: 409, body: { code: 'SIGNAL_SOURCE_DISABLED' } });
      expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = ANY($1::uuid[])`, [[victim.source.id, imp]])).toBe(0);
      for (const id of [victim.source.id, imp]) await ok('hub', `mutation($id: ID!) { updateSignalSource(id: $id, input: { enabled: true }) { health } }`, { id });
      expect(await post()).toMatchObject({ status: 200, body: { stored: 1 } });
      expect(await upload()).toMatchObject({ status: 200, body: { stored: 1 } });

      for (const id of [victim.source.id, imp]) await ok('hub', `mutation($id: ID!) { deleteSignalSource(id: $id) }`, { id });
      const gone = await raw(`/signals/webhooks/${victim.source.id}`, { ...signed(victim.webhookSecret!, Buffer.from(body('after'))), 'Content-Type': 'application/json' }, [Buffer.from(body('after'))]);
      expect([gone.status, gone.body.code]).toEqual([404, 'SIGNAL_SOURCE_NOT_FOUND']);
      expect(await upload()).toMatchObject({ status: 404, body: { code: 'SIGNAL_SOURCE_NOT_FOUND' } });
      expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = ANY($1::uuid[])`, [[victim.source.id, imp]])).toBe(0);
    });
  });

  describe('stored matches', () => {
    it('carry their item’s received_at, so (item_id, received_at) finds every item; migration 1766100000000 repairs rows written in milliseconds', async () => {
      const unmatched = `SELECT count(*) AS n FROM signal_item_terms m LEFT JOIN signal_items i ON i.id = m.item_id AND i.received_at = m.received_at WHERE i.id IS NULL`;
      expect(await count(`SELECT count(*) AS n FROM signal_item_terms`)).toBeGreaterThan(50);
      expect(await count(unmatched)).toBe(0);
      // Rows as the old ingest wrote them: the item's instant cut to a JavaScript Date's milliseconds.
      // TypeORM answers an UPDATE with [rows, count].
      const [broken]: [unknown[], number] = await t.ds.query(
        `UPDATE signal_item_terms SET received_at = date_trunc('milliseconds', received_at) WHERE received_at <> date_trunc('milliseconds', received_at) RETURNING item_id`,
      );
      expect(broken.length > 0 ? await count(unmatched) : 0).toBe(broken.length);
      // The migration's repair of matches (its bands, repair 2, went with migration 1766500000000).
      await t.ds.query(MATCHES_RECEIVED_AT_SQL);
      expect(await count(unmatched)).toBe(0);
    });
  });

  describe('integrity without per-row foreign keys (migration 1766400000000)', () => {
    const missing = (table: string, column: string, parent: string) => `(SELECT count(*) FROM ${table} c WHERE NOT EXISTS (SELECT 1 FROM ${parent} p WHERE p.id = c.${column}))`;
    const ORPHANS = `SELECT ${[
      missing('signal_items', 'source_id', 'signal_sources'),
      missing('signal_item_keys', 'source_id', 'signal_sources'),
      missing('signal_item_terms', 'source_id', 'signal_sources'),
      missing('signal_item_terms', 'term_id', 'signal_watch_terms'),
      missing('signal_term_minutes', 'term_id', 'signal_watch_terms'),
      missing('signal_term_days', 'term_id', 'signal_watch_terms'),
      missing('signal_term_distinct', 'term_id', 'signal_watch_terms'),
    ].join(' + ')} AS n`;
    const entry = (id: string, text: string): IngestEntry => {
      const r = draftFromJson({ id, title: text, text, authors: [`auteur-${id}`] }, { now: new Date() });
      if (!('draft' in r)) throw new Error(r.refused);
      return { draft: r.draft, position: 0 };
    };
    const watch = async (name: string, query: string) => {
      const { createWatchlist } = await ok<{ createWatchlist: { id: string } }>('hub', `mutation($i: WatchlistInput!) { createWatchlist(input: $i) { id } }`, { i: { name } });
      const { addWatchTerm } = await ok<{ addWatchTerm: { id: string } }>('hub', `mutation($w: ID!, $i: WatchTermInput!) { addWatchTerm(watchlistId: $w, input: $i) { id } }`, { w: createWatchlist.id, i: { label: query, query } });
      return { watchlist: createWatchlist.id, term: addWatchTerm.id };
    };
    const byTerm = (table: string, term: string) => count(`SELECT count(*) AS n FROM ${table} WHERE term_id = $1`, [term]);

    it('deleting a watchlist or a source deletes its matches, counts and items, as the cascades did', async () => {
      const ingest = t.app.get(IngestService);
      const { watchlist, term } = await watch('Intégrité', 'Zorblax');
      const source = (await createSource({ kind: 'manual', name: 'Intégrité' })).source.id;
      const report = await ingest.ingest(source, [entry('int-1', 'Zorblax annonce un produit'), entry('int-2', 'Zorblax, encore lui')], { via: 'manual' });
      expect(report.stored.map((s) => s.termIds)).toEqual([[term], [term]]);
      expect(await byTerm('signal_item_terms', term)).toBe(2);
      for (const table of ['signal_term_minutes', 'signal_term_days', 'signal_term_distinct']) expect([table, (await byTerm(table, term)) > 0]).toEqual([table, true]);

      await ok('hub', `mutation($id: ID!) { deleteWatchlist(id: $id) }`, { id: watchlist });
      for (const table of ['signal_item_terms', 'signal_term_minutes', 'signal_term_days', 'signal_term_distinct']) expect([table, await byTerm(table, term)]).toEqual([table, 0]);
      expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1`, [source])).toBe(2);
      await ok('hub', `mutation($id: ID!) { deleteSignalSource(id: $id) }`, { id: source });
      for (const table of ['signal_items', 'signal_item_keys']) expect([table, await count(`SELECT count(*) AS n FROM ${table} WHERE source_id = $1`, [source])]).toEqual([table, 0]);
      expect(await count(ORPHANS)).toBe(0);
    });

    it('a batch locks its source: a deletion waits for its commit and then deletes what it stored; a batch after it stores nothing', async () => {
      const ingest = t.app.get(IngestService);
      const source = (await createSource({ kind: 'manual', name: 'Supprimée pendant un lot' })).source.id;
      let deletion: Promise<unknown> | undefined;
      await t.ds.transaction(async (tx) => {
        const stored = await ingest.ingest(source, [entry('lock-1', 'Clairvoy annonce une lampe')], { via: 'manual', tx });
        expect(stored.stored).toHaveLength(1);
        deletion = ok('hub', `mutation($id: ID!) { deleteSignalSource(id: $id) }`, { id: source });
        // The deletion waits on the batch's lock on the source row until the batch commits.
        await eventually(async () => expect(await count(`SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%DELETE%signal_sources%'`)).toBe(1), 20_000);
      });
      await deletion;
      expect(await count(`SELECT count(*) AS n FROM signal_items WHERE source_id = $1`, [source])).toBe(0);
      await expect(ingest.ingest(source, [entry('lock-2', 'Clairvoy encore')], { via: 'manual' })).rejects.toMatchObject({ code: 'SIGNAL_SOURCE_NOT_FOUND' });
      expect(await count(`SELECT count(*) AS n FROM signal_item_keys WHERE source_id = $1`, [source])).toBe(0);
      expect(await count(ORPHANS)).toBe(0);
    });

    it('stores an item whose matched term was deleted after the analysis, without that match', async () => {
      const ingest = t.app.get(IngestService);
      const { term } = await watch('Éphémère', 'Quibbleton');
      const source = (await createSource({ kind: 'manual', name: 'Terme supprimé' })).source.id;
      const [analysed] = await ingest.analyse([entry('gone-1', 'Quibbleton ouvre une boutique')]);
      expect('prepared' in analysed && analysed.prepared.termIds).toEqual([term]);
      await ok('hub', `mutation($id: ID!) { removeWatchTerm(id: $id) }`, { id: term });
      const report = await ingest.ingest(source, [analysed], { via: 'manual' });
      expect(report.stored.map((s) => s.termIds)).toEqual([[]]);
      expect(await byTerm('signal_item_terms', term)).toBe(0);
      expect(await byTerm('signal_term_minutes', term)).toBe(0);
      expect(await count(ORPHANS)).toBe(0);
    });
  });

  describe('manual entry, corrections and rules', () => {
    let manual: string;
    beforeAll(async () => {
      manual = (await createSource({ kind: 'manual', name: 'Centre d’appels — tendances' })).source.id;
    });

    it('applies a correction rule to new items, and lets the hub correct one item, moving the counts', async () => {
      await ok('hub', `mutation($q: String!) { createSentimentRule(input: { query: $q, label: negative }) { id } }`, { q: '"rupture de stock" Solaris' });
      const { createSignalItem } = await ok<{ createSignalItem: { id: string; sentiment: string; sentimentOrigin: string; terms: { label: string }[] } }>(
        'hub',
        `mutation($id: ID!) { createSignalItem(input: { sourceId: $id, title: "Solaris : rupture de stock annoncée, clients ravis de la précommande" }) { id sentiment sentimentOrigin terms { label } } }`,
        { id: manual },
      );
      expect([createSignalItem.sentiment, createSignalItem.sentimentOrigin]).toEqual(['negative', 'rule']);
      const sum = async () => Number((await t.ds.query(`SELECT coalesce(sum(m.sentiment_sum), 0) AS s FROM signal_term_minutes m JOIN signal_watch_terms w ON w.id = m.term_id WHERE w.label = 'Solaris'`))[0].s);
      const before = await sum();
      const corrected = await ok<{ correctSignalSentiment: { sentiment: string; sentimentOrigin: string; analyserSentiment: string } }>('hub', `mutation($id: ID!) { correctSignalSentiment(itemId: $id, label: positive) { sentiment sentimentOrigin analyserSentiment } }`, { id: createSignalItem.id });
      expect(corrected.correctSignalSentiment.sentiment).toBe('positive');
      expect(corrected.correctSignalSentiment.sentimentOrigin).toBe('person');
      expect((await sum()) - before).toBeCloseTo(1, 5);
    });

    it('refuses bad input with codes and writes nothing', async () => {
      const items = await count(`SELECT count(*) AS n FROM signal_items`);
      const cases: [string, Record<string, unknown>, string][] = [
        [`mutation($i: CreateSignalItemInput!) { createSignalItem(input: $i) { id } }`, { i: { sourceId: manual, title: '   ' } }, 'BAD_USER_INPUT'],
        [`mutation($i: CreateSignalItemInput!) { createSignalItem(input: $i) { id } }`, { i: { sourceId: manual, title: 'x'.repeat(501) } }, 'BAD_USER_INPUT'],
        [`mutation($i: CreateSignalItemInput!) { createSignalItem(input: $i) { id } }`, { i: { sourceId: manual, title: 'Ok', url: 'javascript:alert(1)' } }, 'SIGNAL_ITEM_REFUSED'],
        [`mutation($i: CreateSignalItemInput!) { createSignalItem(input: $i) { id } }`, { i: { sourceId: '00000000-0000-4000-8000-000000000000', title: 'Ok' } }, 'SIGNAL_SOURCE_NOT_FOUND'],
        [`mutation($i: CreateSignalItemInput!) { createSignalItem(input: $i) { id } }`, { i: { sourceId: manual, title: 42 } }, 'BAD_USER_INPUT'],
        [`mutation { createSignalSource(input: { kind: feed, name: "Flux", url: "file:///etc/passwd" }) { source { id } } }`, {}, 'BAD_USER_INPUT'],
        [`mutation { createSignalSource(input: { kind: feed, name: "Flux", url: "https://x.example/rss", pollIntervalSeconds: 5 }) { source { id } } }`, {}, 'BAD_USER_INPUT'],
        [`mutation { createSignalSource(input: { kind: manual, name: "Flux", url: "https://x.example/rss" }) { source { id } } }`, {}, 'BAD_USER_INPUT'],
        [`mutation($d: ID) { createSignalSource(input: { kind: manual, name: "Flux", departmentId: $d }) { source { id } } }`, { d: '00000000-0000-4000-8000-000000000000' }, 'DEPARTMENT_NOT_FOUND'],
        [`mutation { createWatchlist(input: { name: "" }) { id } }`, {}, 'BAD_USER_INPUT'],
        [`mutation { createSentimentRule(input: { query: "(Orange", label: negative }) { id } }`, {}, 'WATCH_QUERY_INVALID'],
        [`mutation { updateSignalSettings(fetchAllowlist: ["http://evil"]) { fetchAllowlist } }`, {}, 'FORBIDDEN'],
        [`query { signalItems(first: 1000) { nodes { id } } }`, {}, 'BAD_USER_INPUT'],
        [`query { signalItems(after: "garbage") { nodes { id } } }`, {}, 'BAD_USER_INPUT'],
        [`query { signalItems(filter: { language: "'; DROP TABLE signal_items; --" }) { nodes { id } } }`, {}, 'BAD_USER_INPUT'],
        [`query($t: String!) { analyzeText(text: $t) { language } }`, { t: 'x'.repeat(20_001) }, 'BAD_USER_INPUT'],
        [`query { previewSource(url: "http://127.0.0.1:1/feed") { title } }`, {}, 'SOURCE_FETCH_REFUSED'],
        [`query { previewSource(file: "not base64 !!") { title } }`, {}, 'BAD_USER_INPUT'],
        [`query { previewSource(file: "PGh0bWw+PGJvZHk+aGk8L2JvZHk+PC9odG1sPg==") { title } }`, {}, 'SOURCE_FETCH_REFUSED'],
      ];
      for (const [doc, vars, code] of cases) {
        const res = await gql('hub', doc, vars);
        expect([doc.slice(0, 60), res.errors?.[0].extensions?.code]).toEqual([doc.slice(0, 60), code]);
      }
      const watch = await ok<{ watchlists: { id: string }[] }>('hub', `{ watchlists { id } }`);
      const invalid = await gql('hub', `mutation($id: ID!) { addWatchTerm(watchlistId: $id, input: { label: "Orange", query: "Orange NEAR/ (" }) { id } }`, { id: watch.watchlists[0].id });
      expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'WATCH_QUERY_INVALID', reason: expect.stringMatching(/^WATCH_QUERY_/) });
      expect(await count(`SELECT count(*) AS n FROM signal_items`)).toBe(items);
    });
  });

  describe('retention', () => {
    it('drops whole partitions of expired days, keeps recent items and daily aggregates', async () => {
      const retention = t.app.get(RetentionService);
      const today = (await t.ds.query(`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS d`))[0].d as string;
      const old = new Date(Date.parse(`${today}T12:00:00Z`) - 40 * 86_400_000).toISOString();
      const oldDay = old.slice(0, 10);
      const { ensurePartitions } = await import('../../server/src/modules/signals/ingest/partitions');
      await t.ds.transaction((tx) => ensurePartitions((sql, p) => tx.query(sql, p), [oldDay]));
      const [source] = await t.ds.query(`SELECT id FROM signal_sources WHERE kind = 'manual' LIMIT 1`);
      await t.ds.query(
        `INSERT INTO signal_items (id, received_at, source_id, external_id, story_id, story_lead, title, body, published_at, author_key, language, sentiment_score, sentiment_label, sentiment_origin, analyser_score, analyser_label, fingerprint)
         VALUES (gen_random_uuid(), $1, $2, 'old-1', gen_random_uuid(), true, 'Vieux', 'Vieux', $1, 's:x', 'fr', 0, 'neutral', 'analyser', 0, 'neutral', 1)`,
        [old, source.id],
      );
      const [term] = await t.ds.query(`SELECT id FROM signal_watch_terms LIMIT 1`);
      await t.ds.query(`INSERT INTO signal_term_days (term_id, day, items, authors, sources, sentiment_sum) VALUES ($1, $2, 7, 3, 2, 1.5) ON CONFLICT DO NOTHING`, [term.id, oldDay]);
      const recent = await count(`SELECT count(*) AS n FROM signal_items WHERE received_at > now() - interval '1 day'`);
      const outcome = await retention.run();
      expect(outcome.droppedDays).toContain(oldDay);
      expect(await count(`SELECT count(*) AS n FROM pg_class WHERE relname = $1`, [`signal_items_p${oldDay.replace(/-/g, '')}`])).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM signal_items WHERE external_id = 'old-1'`)).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM signal_items WHERE received_at > now() - interval '1 day'`)).toBe(recent);
      expect(await count(`SELECT items AS n FROM signal_term_days WHERE term_id = $1 AND day = $2`, [term.id, oldDay])).toBe(7);
      // Partitions ahead exist for the coming days.
      const ahead = new Date(Date.parse(`${today}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
      expect(await count(`SELECT count(*) AS n FROM pg_class WHERE relname IN ($1, $2)`, [`signal_items_p${ahead}`, `signal_item_terms_p${ahead}`])).toBe(2);
    });
  });

  describe('feed polling', () => {
    let feedServer: Server;
    let mode: 'ok' | 'error' = 'ok';
    let hits = 0;
    let conditional = 0;
    const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Presse locale</title><link>http://127.0.0.1/</link>
      <item><guid>p1</guid><title>Clairvoy ouvre une boutique à Lyon</title><description>Le concurrent de Maison Lumière s’installe.</description><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>
      <item><guid>p2</guid><title>Orange étend la fibre</title><description>L’opérateur Orange annonce la fibre pour tous.</description><pubDate>Mon, 02 Nov 2026 11:00:00 GMT</pubDate></item>
      <item><title></title></item>
    </channel></rss>`;

    beforeAll(async () => {
      feedServer = createServer((req, res) => {
        hits++;
        if (mode === 'error') return void res.writeHead(500).end('down');
        if (req.headers['if-none-match'] === '"v1"') {
          conditional++;
          return void res.writeHead(304).end();
        }
        res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: '"v1"' }).end(rss);
      });
      await new Promise<void>((r) => feedServer.listen(0, '127.0.0.1', r));
    });
    afterAll(() => new Promise((r) => feedServer.close(r)));

    it('refuses a private address until an administrator allowlists it, then polls with conditional GET and backs off on failure', async () => {
      const polling = t.app.get(PollingService);
      const url = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml`;
      const { source } = await createSource({ kind: 'feed', name: 'Presse locale', url, pollIntervalSeconds: 300 });
      const due = () => t.ds.query(`UPDATE signal_sources SET next_poll_at = now() WHERE id = $1`, [source.id]);
      const state = async () => (await t.ds.query(`SELECT health, consecutive_failures, last_error, extract(epoch FROM next_poll_at - now()) AS wait FROM signal_sources WHERE id = $1`, [source.id]))[0];

      let outcome = (await polling.pollDue()).get(source.id);
      expect(outcome).toMatchObject({ status: 'failed' });
      let s = await state();
      expect([s.health, s.consecutive_failures]).toEqual(['failing', 1]);
      expect(Number(s.wait)).toBeGreaterThan(590);
      expect(Number(s.wait)).toBeLessThan(610);
      expect(hits).toBe(0);

      await ok('admin', `mutation { updateSignalSettings(fetchAllowlist: ["127.0.0.1"]) { fetchAllowlist } }`);
      await due();
      outcome = (await polling.pollDue()).get(source.id);
      expect(outcome).toEqual({ status: 'stored', stored: 2, duplicates: 0, refused: 1 });
      s = await state();
      expect([s.health, s.consecutive_failures, s.last_error]).toEqual(['ok', 0, null]);

      await due();
      expect((await polling.pollDue()).get(source.id)).toEqual({ status: 'not_modified' });
      expect(conditional).toBe(1);

      mode = 'error';
      for (const failures of [1, 2, 3]) {
        await due();
        expect((await polling.pollDue()).get(source.id)).toMatchObject({ status: 'failed' });
        s = await state();
        expect([s.health, s.consecutive_failures]).toEqual(['failing', failures]);
        expect(Math.round(Number(s.wait) / 60)).toBe(5 * 2 ** failures);
      }
      // Not due: nothing is claimed.
      expect((await polling.pollDue()).has(source.id)).toBe(false);
      const log = await ok<{ signalSourceLog: { nodes: { kind: string; message: string }[] } }>('hub', `query($id: ID!) { signalSourceLog(sourceId: $id, first: 10) { nodes { kind message } } }`, { id: source.id });
      expect(log.signalSourceLog.nodes[0].message).toMatch(/poll failed/);
      expect(log.signalSourceLog.nodes.some((n) => n.kind === 'refused')).toBe(true);
      await ok('admin', `mutation { updateSignalSettings(fetchAllowlist: []) { fetchAllowlist } }`);
    });
  });
});
