import request from 'supertest';
import { rooms, type SessionInfo, type Notice } from '@ruche/shared';
import { RealtimeService } from '../../server/src/core/realtime/realtime.service';
import { connectSocket, nextEvent, refusal, type TestSocket } from '../support/socket-client';
import { startTestApp, type TestApp } from '../support/test-app';

async function waitUntil(condition: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
}

describe('realtime channel (socket.io)', () => {
  let t: TestApp;
  const open: TestSocket[] = [];
  const socket = (headers: Record<string, string>) => {
    const s = connectSocket(t.url, headers);
    open.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.disconnect();
  });
  afterAll(() => t.close());

  const notice = (title: string): Notice => ({ id: title, kind: 'test', title, createdAt: new Date().toISOString() });

  it('accepts a signed-in browser and puts it in its user, department and hub rooms', async () => {
    const cookie = await t.signIn('hugo.moreau@maison-lumiere.example');
    const s = socket({ Cookie: cookie, Origin: t.url });
    const ready = await nextEvent<SessionInfo>(s, 'session:ready');
    const id = await t.userId('hugo.moreau@maison-lumiere.example');
    const [{ department_id }] = await t.ds.query(`SELECT department_id FROM users WHERE id = $1`, [id]);
    expect(ready.userId).toBe(id);
    expect(ready.displayName).toBe('Hugo Moreau');
    expect(ready.rooms.sort()).toEqual([rooms.department(department_id), rooms.hub(), rooms.user(id)].sort());
    const ack = await new Promise<{ at: string }>((resolve) => s.emit('ping', resolve));
    expect(Number.isNaN(Date.parse(ack.at))).toBe(false);
  });

  it('refuses anonymous, forged and cross-site connections', async () => {
    expect(await refusal(socket({}))).toBe('UNAUTHENTICATED');
    expect(await refusal(socket({ Cookie: 'ruche_session=' + 'B'.repeat(43) }))).toBe('UNAUTHENTICATED');
    const cookie = await t.signIn('hugo.moreau@maison-lumiere.example');
    // Cross-site WebSocket hijacking: the handshake itself is refused (403, engine.io's "Forbidden")
    // before any session is looked at, and the same request from this origin is accepted.
    const handshake = (origin: string) =>
      request(t.server).get('/socket.io/').query({ EIO: '4', transport: 'polling' }).set('Cookie', cookie).set('Origin', origin);
    const cross = await handshake('https://evil.example');
    expect(cross.status).toBe(403);
    expect(cross.body).toEqual({ code: 4, message: 'Forbidden' });
    const same = await handshake(t.url);
    expect(same.status).toBe(200);
    expect(same.text).toMatch(/"sid":"/);
    // and a real client over WebSocket from the other origin never connects
    const client = socket({ Cookie: cookie, Origin: 'https://evil.example' });
    expect(await refusal(client)).toBe('websocket error');
  });

  it('delivers notifications only to the addressed user and department', async () => {
    const [claireCookie, julienCookie, thomasCookie] = await Promise.all(
      ['claire.dubois', 'julien.petit', 'thomas.roux'].map((n) => t.signIn(`${n}@maison-lumiere.example`)),
    );
    const claire = socket({ Cookie: claireCookie }); // marketing
    const julien = socket({ Cookie: julienCookie }); // marketing
    const thomas = socket({ Cookie: thomasCookie }); // sales
    await Promise.all([claire, julien, thomas].map((s) => nextEvent(s, 'session:ready')));
    const received: Record<string, string[]> = { claire: [], julien: [], thomas: [] };
    claire.on('notification', (n) => received.claire.push(n.title));
    julien.on('notification', (n) => received.julien.push(n.title));
    thomas.on('notification', (n) => received.thomas.push(n.title));

    const realtime = t.app.get(RealtimeService);
    const [{ department_id: marketing }] = await t.ds.query(`SELECT department_id FROM users WHERE email = 'claire.dubois@maison-lumiere.example'`);
    realtime.notifyUser(await t.userId('julien.petit@maison-lumiere.example'), notice('for-julien'));
    realtime.notifyDepartment(marketing, notice('for-marketing'));
    // Broadcasts go through the PostgreSQL adapter before local delivery: wait for the expected ones,
    // then send a marker to Thomas; it arrives after anything sent to him earlier would have.
    await waitUntil(() => received.claire.length === 1 && received.julien.length === 2);
    realtime.notifyUser(await t.userId('thomas.roux@maison-lumiere.example'), notice('marker'));
    await waitUntil(() => received.thomas.includes('marker'));
    received.thomas = received.thomas.filter((m) => m !== 'marker');
    expect(received).toEqual({ claire: ['for-marketing'], julien: ['for-julien', 'for-marketing'], thomas: [] });
  });

  it('ends the socket when its session signs out', async () => {
    const cookie = await t.signIn('emily.carter@maison-lumiere.example');
    const s = socket({ Cookie: cookie });
    await nextEvent(s, 'session:ready');
    const ended = nextEvent<{ reason: string }>(s, 'session:ended');
    const disconnected = nextEvent<string>(s, 'disconnect');
    const out = await request(t.server).post('/auth/logout').set('Origin', t.url).set('Cookie', cookie).send({});
    expect([out.status, out.body.ok]).toEqual([200, true]);
    expect(await ended).toEqual({ reason: 'signed_out' });
    expect(await disconnected).toBe('io server disconnect');
    // and the cookie cannot reconnect
    expect(await refusal(socket({ Cookie: cookie }))).toBe('UNAUTHENTICATED');
  });

  it('reports how many people are online', async () => {
    const a = socket({ Cookie: await t.signIn('lucas.girard@maison-lumiere.example') });
    await nextEvent(a, 'session:ready');
    // Counts are coalesced, so the first one a sees may predate b: keep the latest.
    let online = 0;
    a.on('presence', (p) => (online = p.online));
    const b = socket({ Cookie: await t.signIn('manon.fournier@maison-lumiere.example') });
    await nextEvent(b, 'session:ready');
    await waitUntil(() => online === 2);
    expect(online).toBe(2);
    b.disconnect();
    await waitUntil(() => online === 1);
    expect(online).toBe(1);
  });

  it('drops clients that send oversized messages, without affecting others', async () => {
    const [victimCookie, bystanderCookie] = await Promise.all([t.signIn('lea.blanc@maison-lumiere.example'), t.signIn('louis.bertrand@maison-lumiere.example')]);
    const victim = socket({ Cookie: victimCookie });
    const bystander = socket({ Cookie: bystanderCookie });
    await Promise.all([nextEvent(victim, 'session:ready'), nextEvent(bystander, 'session:ready')]);
    const gone = nextEvent<string>(victim, 'disconnect');
    (victim as unknown as { emit(e: string, p: string): void }).emit('ping', 'x'.repeat(200_000));
    expect(await gone).toBe('transport close');
    const ack = await new Promise<{ at: string }>((resolve) => bystander.emit('ping', resolve));
    expect(typeof ack.at).toBe('string');
  });
});

describe('realtime across two instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ database: a.db });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('delivers a notification sent by one instance to a socket connected to the other', async () => {
    const email = 'priya.sharma@maison-lumiere.example';
    const s = connectSocket(b.url, { Cookie: await a.signIn(email) });
    try {
      await nextEvent(s, 'session:ready');
      const got = nextEvent<Notice>(s, 'notification');
      // the adapter learns of its peer through heartbeats; retry until the broadcast crosses over
      const userId = await a.userId(email);
      let notice: Notice | undefined;
      for (let attempt = 0; attempt < 20 && !notice; attempt++) {
        a.app.get(RealtimeService).notifyUser(userId, { id: 'x', kind: 'test', title: 'from-a', createdAt: new Date().toISOString() });
        notice = await Promise.race([got, new Promise<undefined>((r) => setTimeout(r, 250))]);
      }
      expect(notice?.title).toBe('from-a');
    } finally {
      s.disconnect();
    }
  });

  it('carries broadcasts of every size across, on both sides of the 8000-byte limit of a NOTIFY', async () => {
    const email = 'priya.sharma@maison-lumiere.example';
    const s = connectSocket(b.url, { Cookie: await a.signIn(email) });
    try {
      await nextEvent(s, 'session:ready');
      const userId = await a.userId(email);
      const seen = new Set<string>();
      s.on('notification', (n: Notice) => seen.add(n.id));
      // The first test made the instances known to each other; a notice still retried until one crosses.
      for (let attempt = 0; attempt < 20 && !seen.has('hello'); attempt++) {
        a.app.get(RealtimeService).notifyUser(userId, { id: 'hello', kind: 'test', title: 'hello', createdAt: new Date().toISOString() });
        await waitUntil(() => seen.has('hello'), 250);
      }
      // Whatever the envelope around the notice, these messages sweep every length from about 7,700 to 8,300 bytes.
      const ids: string[] = [];
      for (let size = 7_600; size <= 8_100; size++) {
        const id = `n${size}`;
        ids.push(id);
        a.app.get(RealtimeService).notifyUser(userId, { id, kind: 'test', title: 't'.repeat(size), createdAt: new Date().toISOString() });
      }
      await waitUntil(() => ids.every((id) => seen.has(id)), 15_000);
      expect(ids.filter((id) => !seen.has(id))).toEqual([]);
    } finally {
      s.disconnect();
    }
  });

  it('disconnects sockets on every instance when the session signs out on one', async () => {
    const cookie = await a.signIn('grace.thompson@maison-lumiere.example');
    const s = connectSocket(b.url, { Cookie: cookie });
    await nextEvent(s, 'session:ready');
    const ended = nextEvent<{ reason: string }>(s, 'session:ended');
    await request(a.server).post('/auth/logout').set('Origin', a.url).set('Cookie', cookie).send({});
    expect(await ended).toEqual({ reason: 'signed_out' });
    s.disconnect();
  });
});
