import { rooms, type Notice, type PresencePayload, type SessionInfo } from '@ruche/shared';
import { RealtimeService } from '../../server/src/core/realtime/realtime.service';
import { eventually } from '../support/eventually';
import { connectSocket, nextEvent, type TestSocket } from '../support/socket-client';
import { startTestApp, type TestApp } from '../support/test-app';

const email = (name: string) => `${name}@maison-lumiere.example`;
const notice = (title: string): Notice => ({ id: title, kind: 'test', title, createdAt: new Date().toISOString() });

/** Collects the titles of the notifications a socket receives. */
function inbox(socket: TestSocket): string[] {
  const titles: string[] = [];
  socket.on('notification', (n) => titles.push(n.title));
  return titles;
}

/** The latest presence count a socket has seen (counts are coalesced: only the settled one matters). */
function presence(socket: TestSocket): { online: number } {
  const seen = { online: 0 };
  socket.on('presence', (p: PresencePayload) => (seen.online = p.online));
  return seen;
}

describe('an open socket follows its account (periodic check)', () => {
  let t: TestApp;
  const open: TestSocket[] = [];
  const connect = async (name: string) => {
    const s = connectSocket(t.url, { Cookie: await t.signIn(email(name)) });
    open.push(s);
    const ready = await nextEvent<SessionInfo>(s, 'session:ready');
    return { socket: s, ready };
  };
  const departmentId = async (code: string): Promise<string> => (await t.ds.query(`SELECT id FROM departments WHERE code = $1`, [code]))[0].id;

  beforeAll(async () => {
    // No module announces these changes (they are made in SQL): only the periodic check can see them.
    t = await startTestApp({ env: { REALTIME_SESSION_CHECK_SECONDS: '1' } });
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.disconnect();
  });
  afterAll(() => t.close());

  it('moves the socket to its new department and out of the hub', async () => {
    const { socket, ready } = await connect('ines.benali'); // hub member
    const hub = await departmentId('hub');
    const marketing = await departmentId('marketing');
    expect(ready.rooms.sort()).toEqual([rooms.department(hub), rooms.hub(), rooms.user(ready.userId)].sort());

    const updated = nextEvent<SessionInfo>(socket, 'session:updated', 10_000);
    await t.ds.query(`UPDATE users SET department_id = $2 WHERE id = $1`, [ready.userId, marketing]);
    expect((await updated).rooms.sort()).toEqual([rooms.department(marketing), rooms.user(ready.userId)].sort());

    // Delivery follows the rooms: the old department and the hub no longer reach this socket. (Local
    // emits skip the adapter's round trip through PostgreSQL, so they arrive in the order sent.)
    const got = inbox(socket);
    const io = t.app.get(RealtimeService).server!.local;
    io.to(rooms.department(hub)).emit('notification', notice('to-hub'));
    io.to(rooms.hub()).emit('notification', notice('to-hub-room'));
    io.to(rooms.department(marketing)).emit('notification', notice('to-marketing'));
    io.to(rooms.user(ready.userId)).emit('notification', notice('marker'));
    await eventually(() => expect(got).toContain('marker'));
    expect(got).toEqual(['to-marketing', 'marker']);
  });

  it('tells the page about a role changed behind its back', async () => {
    const { socket, ready } = await connect('olivia.bennett');
    expect(ready.role).toBe('member');
    const updated = nextEvent<SessionInfo>(socket, 'session:updated', 10_000);
    await t.ds.query(`UPDATE users SET role = 'manager' WHERE id = $1`, [ready.userId]);
    expect(await updated).toMatchObject({ userId: ready.userId, role: 'manager' });
  });

  it('closes the socket of a deactivated account', async () => {
    const { socket, ready } = await connect('lucas.girard');
    const ended = nextEvent<{ reason: string }>(socket, 'session:ended', 10_000);
    const gone = nextEvent<string>(socket, 'disconnect', 10_000);
    await t.ds.query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [ready.userId]);
    expect(await ended).toEqual({ reason: 'expired' });
    expect(await gone).toBe('io server disconnect');
  });

  it('closes the socket of a session that expired', async () => {
    const { socket, ready } = await connect('manon.fournier');
    const ended = nextEvent<{ reason: string }>(socket, 'session:ended', 10_000);
    await t.ds.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [ready.userId]);
    expect(await ended).toEqual({ reason: 'expired' });
  });

  it('leaves sockets whose account did not change alone', async () => {
    const { socket: zoe, ready } = await connect('zoe.martin');
    const { socket: noah, ready: noahReady } = await connect('noah.wilson');
    const events: string[] = [];
    zoe.onAny((event: string) => event.startsWith('session:') && events.push(event));
    // Noah's role changes; the check that tells him covers Zoé's socket in the same pass.
    const noahUpdated = nextEvent(noah, 'session:updated', 10_000);
    await t.ds.query(`UPDATE users SET role = 'manager' WHERE id = $1`, [noahReady.userId]);
    await noahUpdated;
    const marker = nextEvent(zoe, 'notification');
    t.app.get(RealtimeService).notifyUser(ready.userId, notice('marker'));
    await marker;
    expect(events).toEqual([]);
    expect(zoe.connected).toBe(true);
  });
});

describe('sockets follow their account across two instances', () => {
  let a: TestApp;
  let b: TestApp;
  let bClosed = false;
  const open: TestSocket[] = [];
  const connect = async (t: TestApp, name: string) => {
    const s = connectSocket(t.url, { Cookie: await t.signIn(email(name)) });
    open.push(s);
    return { socket: s, ready: await nextEvent<SessionInfo>(s, 'session:ready') };
  };
  const servers = (t: TestApp) => t.app.get(RealtimeService).server!.of('/').adapter.serverCount();

  beforeAll(async () => {
    // A checks every second; B only every 5 minutes, so whatever B's sockets do within a few seconds
    // comes from A's nudge crossing the adapter, not from B's own check.
    a = await startTestApp({ env: { REALTIME_SESSION_CHECK_SECONDS: '1' } });
    b = await startTestApp({ database: a.db, env: { REALTIME_SESSION_CHECK_SECONDS: '300' } });
    // The adapters find each other through heartbeats; counts are only meaningful once they have.
    await eventually(async () => expect([await servers(a), await servers(b)]).toEqual([2, 2]), 15_000);
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.disconnect();
  });
  afterAll(async () => {
    if (!bClosed) await b.close();
    await a.close();
  });

  it('updates a socket on the other instance as soon as an administrator changes the role', async () => {
    const admin = await a.signIn(email('ethan.brooks'));
    const { socket, ready } = await connect(b, 'james.walker');
    const updated = nextEvent<SessionInfo>(socket, 'session:updated', 10_000);
    const res = await a.gql(`mutation($id: ID!) { setUserRole(userId: $id, role: department_rep) { role } }`, { id: ready.userId }, admin);
    expect(res.data).toEqual({ setUserRole: { role: 'department_rep' } });
    expect(await updated).toMatchObject({ userId: ready.userId, role: 'department_rep' });
  });

  it('counts someone out when they disconnect from the other instance', async () => {
    const { socket: onA } = await connect(a, 'chloe.bonnet');
    const seen = presence(onA);
    const { socket: onB } = await connect(b, 'daniel.hughes');
    await eventually(() => expect(seen.online).toBe(2));
    onB.disconnect();
    await eventually(() => expect(seen.online).toBe(1));
  });

  it('counts out everyone of an instance that stops', async () => {
    const { socket: onA } = await connect(a, 'karim.haddad');
    const seen = presence(onA);
    await connect(b, 'margaux.giraud');
    await eventually(() => expect(seen.online).toBe(2));
    bClosed = true;
    // B announces the new count as it stops. (Had it crashed, A would count its people out once its
    // heartbeats stop, after 10 s: beyond this deadline, so this checks the announcement.)
    await b.close();
    await eventually(() => expect(seen.online).toBe(1));
  });
});
