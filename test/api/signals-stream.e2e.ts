import { randomUUID } from 'node:crypto';
import type { Socket as NetSocket } from 'node:net';
import request from 'supertest';
import type { SignalStreamAck, SignalStreamBatch, SignalStreamSubscribe, SignalStreamSummary } from '@ruche/shared';
import { RealtimeService } from '../../server/src/core/realtime/realtime.service';
import { DemoReplayer, IngestService, signWebhook, StreamService } from '../../server/src/modules/signals';
import { plannedSlots } from '../../server/src/modules/signals/demo/replayer';
import { draftFromJson } from '../../server/src/modules/signals/feeds/normalise';
import { eventually } from '../support/eventually';
import { connectSocket, nextEvent, type TestSocket } from '../support/socket-client';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The live signal stream with real socket.io clients on real PostgreSQL: who may subscribe to what
 * and what each socket receives (department-restricted items never reach others), batches (one
 * transaction's items together, big moments cut into messages), a client that stops reading (a
 * summary instead of items, then live again), reconnect-resume with no gap and no duplicate (and a
 * summary beyond the bound), bad subscriptions, two instances, and the demo replayer.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  member: EMAIL('zoe.martin'), // Marketing, member
  manager: EMAIL('claire.dubois'), // Marketing, manager
  rdManager: EMAIL('elodie.lambert'), // R&D, manager
  hub: EMAIL('camille.laurent'), // hub coordinator
};
type Person = keyof typeof PEOPLE;

const RESUME_MAX = 40;

/** A client that records every batch and summary it receives. */
interface Client {
  socket: TestSocket;
  batches: SignalStreamBatch[];
  summaries: SignalStreamSummary[];
  ids(): string[];
}

describe('signals stream', () => {
  let t: TestApp;
  const cookie: Partial<Record<Person, string>> = {};
  const dept: Record<string, string> = {};
  const open: TestSocket[] = [];
  let companySource: string;
  let rdSource: string;
  let watchlists: Record<string, string>;

  const connect = async (as: Person, app: TestApp = t): Promise<Client> => {
    const socket = connectSocket(app.url, { Cookie: cookie[as]!, Origin: app.url });
    open.push(socket);
    await nextEvent(socket, 'session:ready');
    const client: Client = { socket, batches: [], summaries: [], ids: () => client.batches.flatMap((b) => b.items.map((i) => i.id)) };
    socket.on('signal:batch', (b) => client.batches.push(b));
    socket.on('signal:summary', (s) => client.summaries.push(s));
    return client;
  };
  const subscribe = (client: Client, payload: unknown): Promise<SignalStreamAck> =>
    (client.socket.timeout(10_000) as unknown as { emitWithAck(e: string, p: unknown): Promise<SignalStreamAck> }).emitWithAck('signal:subscribe', payload);
  const subscribed = async (client: Client, payload: SignalStreamSubscribe = {}) => {
    const ack = await subscribe(client, payload);
    expect(ack).toMatchObject({ ok: true });
    return ack as Extract<SignalStreamAck, { ok: true }>;
  };

  let serial = 0;
  /** Stores `n` items into a source in one transaction through the real pipeline; returns their ids. */
  const store = async (sourceId: string, n: number, text = 'Lumi Home : la nouvelle lampe Maison Lumière plaît beaucoup aux clients.', app: TestApp = t) => {
    const now = new Date();
    const entries = Array.from({ length: n }, (_, position) => {
      const id = `stream-${++serial}`;
      const r = draftFromJson({ id, title: `Article ${id} ${randomUUID()}`, text: `${text} ${randomUUID()}`, authors: [`auteur-${serial}`] }, { now });
      if (!('draft' in r)) throw new Error(r.refused);
      return { draft: r.draft, position };
    });
    const report = await app.app.get(IngestService).ingest(sourceId, entries, { via: 'import', chunkSize: Math.max(1, n) });
    expect(report.stored).toHaveLength(n);
    return report.stored.map((s) => s.id);
  };
  /** Item ids in stream order, as PostgreSQL has them. */
  const streamOrder = async (ids: string[]) =>
    ((await t.ds.query(`SELECT id FROM signal_items WHERE id = ANY($1::uuid[]) ORDER BY stream_xid, id`, [ids])) as { id: string }[]).map((r) => r.id);

  beforeAll(async () => {
    t = await startTestApp({ env: { JOBS_ENABLED: 'false', SIGNALS_STREAM_RESUME_MAX: String(RESUME_MAX), SIGNALS_STREAM_BUFFER_MAX_BYTES: '65536' } });
    for (const [p, email] of Object.entries(PEOPLE)) cookie[p as Person] = await t.signIn(email);
    for (const r of await t.ds.query(`SELECT id, code FROM departments`)) dept[r.code] = r.id;
    watchlists = Object.fromEntries((await t.ds.query(`SELECT id, name FROM signal_watchlists`)).map((r: { id: string; name: string }) => [r.name, r.id]));
    [{ id: companySource }] = await t.ds.query(`INSERT INTO signal_sources (kind, name) VALUES ('import', 'Flux société') RETURNING id`);
    [{ id: rdSource }] = await t.ds.query(`INSERT INTO signal_sources (kind, name, department_id) VALUES ('import', 'Notes du labo', $1) RETURNING id`, [dept.rd]);
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.disconnect();
  });
  afterAll(() => t.close());

  describe('who receives what', () => {
    it('refuses members: no subscription, no rooms, no items', async () => {
      const member = await connect('member');
      expect(await subscribe(member, {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      const hub = await connect('hub');
      await subscribed(hub);
      const ids = await store(companySource, 2);
      await eventually(() => expect(hub.ids()).toEqual(expect.arrayContaining(ids)));
      expect(member.batches).toEqual([]);
      const [memberSocket] = await t.app.get(RealtimeService).server!.in(member.socket.id!).fetchSockets();
      expect([...memberSocket.rooms].filter((r) => r.startsWith('signals:'))).toEqual([]);
    });

    it('never sends a department’s items to managers of another department, whatever they subscribe to', async () => {
      const [manager, rdManager, hub] = [await connect('manager'), await connect('rdManager'), await connect('hub')];
      await subscribed(manager);
      await subscribed(rdManager);
      await subscribed(hub);
      const rdItems = await store(rdSource, 3, 'Prototype Solaris : la batterie chauffe trop au labo.');
      const companyItems = await store(companySource, 2);
      for (const c of [manager, rdManager, hub]) await eventually(() => expect(c.ids()).toEqual(expect.arrayContaining(companyItems)));
      await eventually(() => expect(rdManager.ids()).toEqual(expect.arrayContaining(rdItems)));
      await eventually(() => expect(hub.ids()).toEqual(expect.arrayContaining(rdItems)));
      expect(manager.ids().filter((id) => rdItems.includes(id))).toEqual([]);
      // R&D's watchlist is not visible on Marketing's manager's items either.
      const rdList = watchlists['Solaris — retours techniques'];
      expect(rdManager.batches.flatMap((b) => b.items).find((i) => i.id === rdItems[0])!.watchlistIds).toContain(rdList);
      expect(manager.batches.flatMap((b) => b.items.flatMap((i) => i.watchlistIds))).not.toContain(rdList);
      // Nor may they subscribe to R&D's department, watchlist or source.
      expect(await subscribe(manager, { departmentIds: [dept.rd] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await subscribe(manager, { watchlistIds: [rdList] })).toMatchObject({ ok: false, code: 'WATCHLIST_NOT_FOUND' });
      expect(await subscribe(manager, { sourceIds: [rdSource] })).toMatchObject({ ok: false, code: 'SIGNAL_SOURCE_NOT_FOUND' });
      // Resuming from an R&D item tells nothing about it.
      expect(await subscribe(manager, { lastId: rdItems[0] })).toMatchObject({ ok: true, resume: 'unknown' });
    });

    it('joins the rooms of what it subscribes to, and filters by watchlist, department, source, language and sentiment', async () => {
      const brands = watchlists['Nos marques'];
      const rd = await connect('rdManager');
      const ack = await subscribed(rd, { watchlistIds: [brands], departmentIds: [dept.rd], languages: ['fr'], sentiments: ['negative'] });
      expect(ack).toMatchObject({ watchlistIds: [brands], departmentIds: [dept.rd], resume: 'live' });
      const [server] = await t.app.get(RealtimeService).server!.in(rd.socket.id!).fetchSockets();
      expect([...server.rooms].filter((r) => r.startsWith('signals:')).sort()).toEqual([`signals:department:${dept.rd}`, `signals:watchlist:${brands}`]);
      const everything = await connect('hub');
      await subscribed(everything);
      const negativeRd = await store(rdSource, 2, 'Solaris : panne grave, batterie défectueuse, clients furieux et déçus, un désastre.');
      const positiveRd = await store(rdSource, 1, 'Solaris : une réussite magnifique, excellente batterie, clients ravis et enthousiastes.');
      const company = await store(companySource, 1, 'Solaris : panne grave, batterie défectueuse, clients furieux et déçus, un désastre.');
      await eventually(() => expect(everything.ids()).toEqual(expect.arrayContaining([...negativeRd, ...positiveRd, ...company])));
      const got = rd.batches.flatMap((b) => b.items);
      expect(got.map((i) => i.id).sort()).toEqual([...negativeRd].sort());
      for (const i of got) expect(i).toMatchObject({ departmentId: dept.rd, language: 'fr', sentiment: { label: 'negative' } });
    });
  });

  describe('batches', () => {
    it('sends one transaction’s items together, in stream order, cut into messages of at most 500, with per-minute deltas', async () => {
      const hub = await connect('hub');
      await subscribed(hub, { watchlistIds: [watchlists['Nos marques']] });
      const ids = await store(companySource, 1200);
      await eventually(() => expect(hub.ids()).toHaveLength(1200));
      expect(hub.ids()).toEqual(await streamOrder(ids));
      expect(hub.batches.map((b) => b.items.length)).toEqual([500, 500, 200]);
      for (const b of hub.batches) {
        expect(b.replay).toBe(false);
        expect(b.lastId).toBe(b.items[b.items.length - 1].id);
        const deltas = b.minutes.filter((m) => m.watchlistId === watchlists['Nos marques']);
        expect(deltas.reduce((n, m) => n + m.items, 0)).toBe(b.items.length);
        const sum = b.items.reduce((s, i) => s + i.sentiment.score, 0);
        expect(deltas.reduce((s, m) => s + m.sentimentSum, 0)).toBeCloseTo(sum, 4);
        for (const i of b.items) expect(i.excerpt.length).toBeLessThanOrEqual(280);
      }
    });

    it('delivers an item posted to a webhook, after its transaction committed', async () => {
      const hub = await connect('hub');
      await subscribed(hub);
      const secret = `whsec_${randomUUID()}`;
      const [{ id: sourceId }] = await t.ds.query(`INSERT INTO signal_sources (kind, name, webhook_secret) VALUES ('webhook', 'Social', $1) RETURNING id`, [secret]);
      const body = JSON.stringify([{ id: 'wh-1', title: 'Clairvoy baisse ses prix', text: 'Clairvoy annonce une baisse de prix sur ses lampes.' }]);
      const ts = Math.floor(Date.now() / 1000);
      const res = await request(t.server).post(`/signals/webhooks/${sourceId}`).set('Content-Type', 'application/json').set('X-Ruche-Timestamp', String(ts)).set('X-Ruche-Signature', signWebhook(secret, ts, body)).send(body);
      expect(res.body).toMatchObject({ stored: 1 });
      await eventually(() => expect(hub.batches.flatMap((b) => b.items).map((i) => i.externalId)).toContain('wh-1'));
      const item = hub.batches.flatMap((b) => b.items).find((i) => i.externalId === 'wh-1')!;
      expect(item.watchlistIds).toContain(watchlists['Concurrents']);
    });

    it('carries what the item shows when read again: authors, its story’s copies, who set its sentiment', async () => {
      const hub = await connect('hub');
      await subscribed(hub);
      const rule = await t.gql<{ createSentimentRule: { id: string } }>(`mutation($i: SentimentRuleInput!) { createSentimentRule(input: $i) { id } }`, { i: { query: '"Zéphyr 9"', label: 'negative' } }, cookie.hub);
      expect(rule.errors).toBeUndefined();
      const now = new Date();
      const entry = (id: string, position: number, authors: string[]) => {
        const r = draftFromJson({ id, title: 'Zéphyr 9 : la nouvelle lampe de Clairvoy arrive en magasin', text: 'La lampe Zéphyr 9 de Clairvoy arrive en magasin ce jeudi, avec un variateur intégré et une garantie de cinq ans.', authors }, { now });
        if (!('draft' in r)) throw new Error(r.refused);
        return { draft: r.draft, position };
      };
      const ingest = t.app.get(IngestService);
      const [lead] = (await ingest.ingest(companySource, [entry('copy-1', 0, ['Jeanne Martin', 'Paul Roux'])], { via: 'import' })).stored.map((s) => s.id);
      // The lead goes out alone first (a batch leaves every 250 ms: stored together, both would show two copies).
      await eventually(() => expect(hub.ids()).toContain(lead));
      const [copy] = (await ingest.ingest(companySource, [entry('copy-2', 0, ['Agence Presse'])], { via: 'import' })).stored.map((s) => s.id);
      await eventually(() => expect(hub.ids()).toEqual(expect.arrayContaining([lead, copy])));
      const streamed = hub.batches.flatMap((b) => b.items);
      for (const [id, authors, copies] of [
        [lead, ['Jeanne Martin', 'Paul Roux'], 1],
        [copy, ['Agence Presse'], 2],
      ] as const) {
        const item = streamed.find((i) => i.id === id)!;
        const read = await t.gql<{ signalItem: { authors: string[]; copyCount: number; sentiment: string; sentimentScore: number; sentimentOrigin: string } }>(
          `query($id: ID!) { signalItem(id: $id) { authors sentiment sentimentScore sentimentOrigin } }`,
          { id },
          cookie.hub,
        );
        expect(item).toMatchObject({ authors, copyCount: copies, sentiment: { label: 'negative', origin: 'rule' } });
        expect({ authors: item.authors, sentiment: item.sentiment.label, sentimentScore: item.sentiment.score, sentimentOrigin: item.sentiment.origin }).toEqual(read.data!.signalItem);
      }
      // The story's count when read again counts both copies; the lead was sent when it was alone.
      const again = await t.gql<{ signalItem: { copyCount: number } }>(`query($id: ID!) { signalItem(id: $id) { copyCount } }`, { id: copy }, cookie.hub);
      expect(again.data!.signalItem.copyCount).toBe(2);
    });
  });

  describe('a client that stops reading', () => {
    it('gets a summary instead of items, the others are not held up, and it goes on live once it drains', async () => {
      const slow = await connect('hub');
      const steady = await connect('hub');
      await subscribed(slow);
      await subscribed(steady);
      const ws = (slow.socket.io.engine.transport as unknown as { ws: { _socket: NetSocket } }).ws;
      ws._socket.pause();
      const stream = t.app.get(StreamService) as unknown as { subs: Map<string, { slow?: unknown }> };
      const stored: string[] = [];
      // Until the server sees its buffer full (kernel buffers absorb the first megabytes).
      for (let round = 0; round < 60 && !stream.subs.get(slow.socket.id!)?.slow; round++) {
        stored.push(...(await store(companySource, 500, `${'Maison Lumière Lumi Home Solaris '.repeat(10)}`)));
        await eventually(() => expect(steady.ids().length).toBe(stored.length));
      }
      expect(stream.subs.get(slow.socket.id!)?.slow).toBeDefined();
      const missedAfter = await store(companySource, 100, 'Lumi Home de Maison Lumière face à la lampe de Clairvoy : les clients comparent.');
      stored.push(...missedAfter);
      await eventually(() => expect(steady.ids()).toHaveLength(stored.length));
      ws._socket.resume();
      await eventually(() => expect(slow.summaries).toHaveLength(1), 20_000);
      const summary = slow.summaries[0];
      expect(summary.reason).toBe('slow');
      const received = slow.ids();
      expect(new Set(received).size).toBe(received.length);
      // What it received and what the summary counts make up everything, once.
      expect(received.length + summary.missed).toBe(stored.length);
      expect(summary.resumeFrom).toBe(received[received.length - 1]);
      expect(summary.lastId).toBe(stored[stored.length - 1] && (await streamOrder(stored)).pop());
      expect(summary.bySentiment.positive + summary.bySentiment.negative + summary.bySentiment.neutral).toBe(summary.missed);
      // The last 100 are in two watchlists' deltas (our brands and the competitors), in the totals once: what a chart without a watchlist filter adds.
      const total = (list: { items: number }[]) => list.reduce((n, m) => n + m.items, 0);
      expect(total(summary.totals)).toBe(summary.missed);
      expect(total(summary.minutes)).toBeGreaterThan(summary.missed);
      // Live again.
      const after = await store(companySource, 3);
      await eventually(() => expect(slow.ids()).toEqual(expect.arrayContaining(after)));
    });
  });

  describe('reconnect and resume', () => {
    it('replays what it missed, then live items, with no gap and no duplicate', async () => {
      const first = await connect('manager');
      await subscribed(first);
      const before = await store(companySource, 5);
      await eventually(async () => expect(first.ids()).toEqual(await streamOrder(before)));
      const lastId = first.batches[first.batches.length - 1].lastId!;
      first.socket.disconnect();
      const missed = [...(await store(companySource, 7)), ...(await store(rdSource, 2)), ...(await store(companySource, 4))];
      const again = await connect('manager');
      const ack = await subscribed(again, { lastId });
      expect(ack.resume).toBe('replayed');
      const live = await store(companySource, 3);
      const visibleMissed = (await streamOrder(missed)).filter((id) => !missed.slice(7, 9).includes(id));
      await eventually(async () => expect(again.ids()).toEqual([...visibleMissed, ...(await streamOrder(live))]));
      expect(again.batches[0].replay).toBe(true);
      expect(again.batches[again.batches.length - 1].replay).toBe(false);
    });

    it('sends a summary instead when it missed more than the bound, then live items', async () => {
      const first = await connect('hub');
      await subscribed(first);
      const before = await store(companySource, 1);
      await eventually(() => expect(first.ids()).toEqual(before));
      first.socket.disconnect();
      const missed = await store(companySource, RESUME_MAX + 5);
      const again = await connect('hub');
      const ack = await subscribed(again, { lastId: before[0] });
      expect(ack.resume).toBe('summary');
      await eventually(() => expect(again.summaries).toHaveLength(1));
      expect(again.summaries[0]).toMatchObject({ reason: 'resume', missed: RESUME_MAX + 5, truncated: false, resumeFrom: before[0], lastId: (await streamOrder(missed)).pop() });
      // Per-minute totals, each item once, as the stored rows say.
      const minutes: { minute: Date; n: string; total: number }[] = await t.ds.query(
        `SELECT date_trunc('minute', published_at) AS minute, count(*) AS n, sum(sentiment_score)::float8 AS total FROM signal_items WHERE id = ANY($1::uuid[]) GROUP BY 1 ORDER BY 1`,
        [missed],
      );
      const totals = [...again.summaries[0].totals].sort((a, b) => a.minute.localeCompare(b.minute));
      expect(totals.map((m) => [m.minute, m.items])).toEqual(minutes.map((m) => [m.minute.toISOString(), Number(m.n)]));
      totals.forEach((m, i) => expect(m.sentimentSum).toBeCloseTo(minutes[i].total, 6));
      expect(again.batches).toEqual([]);
      const live = await store(companySource, 2);
      await eventually(async () => expect(again.ids()).toEqual(await streamOrder(live)));
    });

    it('resumes on another instance of the same deployment', async () => {
      const second = await startTestApp({ database: t.db, seed: false, env: { JOBS_ENABLED: 'false', SIGNALS_STREAM_RESUME_MAX: String(RESUME_MAX) } });
      try {
        const a = await connect('hub');
        await subscribed(a);
        const before = await store(companySource, 2);
        await eventually(async () => expect(a.ids()).toEqual(await streamOrder(before)));
        const lastId = a.ids()[1];
        a.socket.disconnect();
        const missed = await store(companySource, 3, undefined, second);
        const secondCookie = await second.signIn(PEOPLE.hub);
        const socket = connectSocket(second.url, { Cookie: secondCookie, Origin: second.url });
        open.push(socket);
        await nextEvent(socket, 'session:ready');
        const b: Client = { socket, batches: [], summaries: [], ids: () => b.batches.flatMap((x) => x.items.map((i) => i.id)) };
        socket.on('signal:batch', (x) => b.batches.push(x));
        // Items are settled (replayable) once older than every running transaction of the cluster, which
        // test files share: another file's open transaction can hold that back for a moment.
        await eventually(async () => {
          const [r] = await t.ds.query(`SELECT pg_snapshot_xmin(pg_current_snapshot()) > max(stream_xid) AS settled FROM signal_items WHERE id = ANY($1::uuid[])`, [missed]);
          expect(r.settled).toBe(true);
        });
        expect(await subscribe(b, { lastId })).toMatchObject({ ok: true, resume: 'replayed' });
        // Stored through the first instance, delivered by the second.
        const live = await store(companySource, 2);
        await eventually(async () => expect(b.ids()).toEqual([...(await streamOrder(missed)), ...(await streamOrder(live))]));
      } finally {
        await second.close();
      }
    });
  });

  describe('bad subscriptions', () => {
    it('refuses garbage, oversized and unknown filters with a code, and keeps the socket', async () => {
      const hub = await connect('hub');
      const bad: [unknown, string][] = [
        ['everything', 'BAD_USER_INPUT'],
        [42, 'BAD_USER_INPUT'],
        [[1, 2], 'BAD_USER_INPUT'],
        [{ watchlists: [] }, 'BAD_USER_INPUT'],
        [{ watchlistIds: 'abc' }, 'BAD_USER_INPUT'],
        [{ watchlistIds: ['not-an-id'] }, 'BAD_USER_INPUT'],
        [{ watchlistIds: Array.from({ length: 51 }, () => randomUUID()) }, 'BAD_USER_INPUT'],
        [{ languages: ['french'] }, 'BAD_USER_INPUT'],
        [{ sentiments: ['angry'] }, 'BAD_USER_INPUT'],
        [{ lastId: 12 }, 'BAD_USER_INPUT'],
        [{ lastId: "'; DROP TABLE signal_items; --" }, 'BAD_USER_INPUT'],
        [{ watchlistIds: [randomUUID()] }, 'WATCHLIST_NOT_FOUND'],
        [{ sourceIds: [randomUUID()] }, 'SIGNAL_SOURCE_NOT_FOUND'],
        [{ departmentIds: [randomUUID()] }, 'FORBIDDEN'],
      ];
      for (const [payload, code] of bad) expect([payload, await subscribe(hub, payload)]).toEqual([payload, expect.objectContaining({ ok: false, code })]);
      expect(hub.socket.connected).toBe(true);
      // Unknown (or dropped) last ids start the stream now.
      expect(await subscribe(hub, { lastId: randomUUID() })).toMatchObject({ ok: true, resume: 'unknown' });
    });

    it('closes a socket that sends more than the transport accepts; others go on', async () => {
      const big = await connect('hub');
      const other = await connect('hub');
      await subscribed(other);
      const closed = nextEvent(big.socket, 'disconnect');
      big.socket.emit('signal:subscribe', { watchlistIds: ['x'.repeat(200_000)] } as unknown as SignalStreamSubscribe, () => undefined);
      await closed;
      const ids = await store(companySource, 1);
      await eventually(() => expect(other.ids()).toEqual(ids));
    });

    it('never sends an item twice to one socket when a subscription is replayed or sent twice at once', async () => {
      const hub = await connect('hub');
      await subscribed(hub);
      const first = await store(companySource, 3);
      await eventually(async () => expect(hub.ids()).toEqual(await streamOrder(first)));
      const payload = { lastId: hub.ids()[0] };
      const acks = await Promise.all([subscribe(hub, payload), subscribe(hub, payload)]);
      for (const ack of acks) expect(ack).toMatchObject({ ok: true });
      expect(await subscribe(hub, payload)).toMatchObject({ ok: true });
      const next = await store(companySource, 2);
      await eventually(async () => expect(hub.ids()).toEqual([...(await streamOrder(first)), ...(await streamOrder(next))]));
      expect(t.app.get(StreamService).subscriberCount).toBeGreaterThanOrEqual(1);
    });

    it('limits subscriptions per socket per minute', async () => {
      const hub = await connect('hub');
      const acks: SignalStreamAck[] = [];
      for (let i = 0; i < 31; i++) acks.push(await subscribe(hub, {}));
      expect(acks.slice(0, 30).every((a) => a.ok)).toBe(true);
      expect(acks[30]).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    });

    it('stops sending to someone who may no longer read the stream', async () => {
      const [{ id: managerId, role }] = await t.ds.query(`SELECT id, role FROM users WHERE email = $1`, [PEOPLE.manager]);
      const manager = await connect('manager');
      const hub = await connect('hub');
      await subscribed(manager);
      await subscribed(hub);
      try {
        await t.ds.query(`UPDATE users SET role = 'member' WHERE id = $1`, [managerId]);
        t.app.get(RealtimeService).accountChanged(managerId);
        await eventually(async () => {
          const [s] = await t.app.get(RealtimeService).server!.in(manager.socket.id!).fetchSockets();
          expect(s.data.user.role).toBe('member');
        });
        const ids = await store(companySource, 2);
        await eventually(() => expect(hub.ids()).toEqual(expect.arrayContaining(ids)));
        expect(manager.ids().filter((id) => ids.includes(id))).toEqual([]);
      } finally {
        await t.ds.query(`UPDATE users SET role = $2 WHERE id = $1`, [managerId, role]);
      }
    });
  });

  describe('demo replayer', () => {
    it('plays the demo feeds through the ingest once, even when two instances run the same window at once', async () => {
      const second = await startTestApp({ database: t.db, seed: false, env: { JOBS_ENABLED: 'false', SIGNALS_DEMO_REPLAY: 'true' } });
      try {
        const hub = await connect('hub');
        await subscribed(hub);
        const to = new Date();
        const from = new Date(to.getTime() - 10 * 60_000);
        const planned = plannedSlots(from.getTime(), to.getTime()).length;
        expect(planned).toBeGreaterThan(0);
        const [a, b] = await Promise.all([t.app.get(DemoReplayer).playWindow(from, to), second.app.get(DemoReplayer).playWindow(from, to)]);
        expect(a.planned).toBe(planned);
        expect(a.stored + b.stored).toBe(planned);
        expect((await t.app.get(DemoReplayer).playWindow(from, to)).stored).toBe(0);
        const rows: { n: number; newest: Date }[] = await t.ds.query(`SELECT count(*)::int AS n, max(published_at) AS newest FROM signal_items WHERE external_id LIKE '%#replay-%'`);
        expect(rows[0].n).toBe(planned);
        expect(rows[0].newest.getTime()).toBeLessThanOrEqual(to.getTime());
        expect(rows[0].newest.getTime()).toBeGreaterThan(from.getTime());
        // Live on the dashboard, analysed like any item.
        await eventually(() => expect(hub.batches.flatMap((x) => x.items).filter((i) => i.externalId.includes('#replay-'))).toHaveLength(planned));
        // The job exists only where the setting turns it on.
        const jobs = ((await t.ds.query(`SELECT name FROM scheduled_jobs WHERE name = 'signals.demo-replay'`)) as unknown[]).length;
        expect(jobs).toBe(1); // registered by the second instance
      } finally {
        await second.close();
      }
    });

    it('does nothing outside the demo organisation', async () => {
      const bare = await startTestApp({ seed: false, env: { JOBS_ENABLED: 'false', SIGNALS_DEMO_REPLAY: 'true' } });
      try {
        expect(await bare.app.get(DemoReplayer).play()).toEqual({ planned: 0, stored: 0, duplicates: 0 });
      } finally {
        await bare.close();
      }
    });
  });
});
