import request from 'supertest';
import { Client } from 'pg';
import type { Notice } from '@ruche/shared';
import { RealtimeService } from '../../server/src/core/realtime/realtime.service';
import { startDedicatedPostgres, type DedicatedPostgres } from '../support/dedicated-postgres';
import { connectSocket, nextEvent, refusal, type TestSocket } from '../support/socket-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { eventually } from '../support/eventually';

const EMILY = 'emily.carter@maison-lumiere.example';
const HUGO = 'hugo.moreau@maison-lumiere.example';
const ETHAN = 'ethan.brooks@maison-lumiere.example'; // administrator
const JAMES = 'james.walker@maison-lumiere.example'; // member
const PROMOTE = `mutation($id: ID!) { setUserRole(userId: $id, role: manager) { role } }`;

/** Anything that would have crashed a real process: an uncaught error or an unhandled rejection. */
function watchForCrashes(): { seen: unknown[]; stop(): void } {
  const seen: unknown[] = [];
  const onError = (err: unknown) => seen.push(err);
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  return {
    seen,
    stop() {
      process.off('uncaughtException', onError);
      process.off('unhandledRejection', onError);
    },
  };
}

const readyz = async (t: TestApp) => (await request(t.server).get('/readyz')).status;

/** Sends a notification from one instance until a socket on the other receives it (the adapter reconnects in 1–3 s). */
async function crossesOver(from: TestApp, userId: string, to: TestSocket, title: string): Promise<void> {
  const got: string[] = [];
  const listener = (n: Notice) => got.push(n.title);
  to.on('notification', listener);
  try {
    await eventually(async () => {
      from.app.get(RealtimeService).notifyUser(userId, { id: title, kind: 'test', title, createdAt: new Date().toISOString() });
      await new Promise((r) => setTimeout(r, 200));
      expect(got).toContain(title);
    }, 20_000);
  } finally {
    to.off('notification', listener);
  }
}

describe('PostgreSQL restarts under two running instances', () => {
  let pg: DedicatedPostgres;
  let a: TestApp;
  let b: TestApp;
  const sockets: TestSocket[] = [];
  const crashes = watchForCrashes();

  beforeAll(async () => {
    pg = await startDedicatedPostgres();
    // Checks every second so that recovery is quick to observe; jobs tick every second too.
    const env = { JOBS_TICK_SECONDS: '1', REALTIME_SESSION_CHECK_SECONDS: '1' };
    a = await startTestApp({ database: pg.database, captureLogs: true, env });
    b = await startTestApp({ database: pg.database, captureLogs: true, env });
  });
  afterAll(async () => {
    crashes.stop();
    for (const s of sockets) s.disconnect();
    await b?.close();
    await a?.close();
    await pg?.close();
  });

  it('keeps running, refuses writes with a code, and resumes everything when PostgreSQL is back', async () => {
    const emily = await a.signIn(EMILY);
    const hugo = await b.signIn(HUGO);
    const admin = await a.signIn(ETHAN);
    const james = await a.userId(JAMES);
    const roleChanges = async () =>
      (await a.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.role' AND target_id = $1`, [james]))[0].n as number;
    const onA = connectSocket(a.url, { Cookie: hugo });
    const onB = connectSocket(b.url, { Cookie: emily });
    sockets.push(onA, onB);
    await Promise.all([nextEvent(onA, 'session:ready'), nextEvent(onB, 'session:ready')]);
    expect([await readyz(a), await readyz(b)]).toEqual([200, 200]);
    const logsBefore = [a.logs.length, b.logs.length];

    // Traffic on both instances while PostgreSQL stops: every answer is a result or a coded refusal.
    const outcomes = new Set<string>();
    let traffic = true;
    const load = [a, b].map(async (t, i) => {
      const cookie = i === 0 ? emily : hugo;
      while (traffic) {
        const r = await t.gql(`{ me { locale } }`, {}, cookie);
        outcomes.add(r.errors ? String(r.errors[0].extensions?.code) : 'ok');
      }
    });
    await eventually(() => expect(outcomes).toContain('ok'));
    await pg.embedded.halt();

    // Readiness goes down on both instances; liveness stays up.
    await eventually(async () => expect([await readyz(a), await readyz(b)]).toEqual([503, 503]));
    traffic = false;
    await Promise.all(load);
    expect([...outcomes].sort()).toEqual(['SERVICE_UNAVAILABLE', 'ok']);
    expect((await request(a.server).get('/healthz')).status).toBe(200);

    // A write is refused with a code and no internals, over GraphQL and over REST.
    const write = await a.gql(PROMOTE, { id: james }, admin);
    expect(write.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(JSON.stringify(write)).not.toMatch(/ECONNREFUSED|at .*\.js|stack/);
    // (signed in, it is refused at the session lookup; anonymous, in the resolver: both coded)
    const anonymous = await b.gql(`{ authOptions { demoUsers { id } } }`);
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    const login = await request(b.server).post('/auth/local/login').set('Origin', b.url).send({ userId: '00000000-0000-0000-0000-000000000000' });
    expect([login.status, login.body.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    expect(JSON.stringify(login.body)).not.toMatch(/ECONNREFUSED|stack/);

    // Open sockets stay connected through the outage; a new one is told why it cannot connect yet.
    expect([onA.connected, onB.connected]).toEqual([true, true]);
    const early = connectSocket(b.url, { Cookie: emily });
    sockets.push(early);
    expect(await refusal(early)).toBe('SERVICE_UNAVAILABLE');

    await pg.embedded.resume();

    await eventually(async () => expect([await readyz(a), await readyz(b)]).toEqual([200, 200]), 20_000);
    // The refused write was not stored; made again, it is stored once (one role change, one audit entry).
    expect([(await a.ds.query(`SELECT role FROM users WHERE id = $1`, [james]))[0].role, await roleChanges()]).toEqual(['member', 0]);
    expect((await a.gql(PROMOTE, { id: james }, admin)).data).toEqual({ setUserRole: { role: 'manager' } });
    expect([(await a.ds.query(`SELECT role FROM users WHERE id = $1`, [james]))[0].role, await roleChanges()]).toEqual(['manager', 1]);

    // Broadcasts cross instances again, both ways: each instance LISTENs anew.
    await crossesOver(a, await a.userId(EMILY), onB, 'a-to-b');
    await crossesOver(b, await b.userId(HUGO), onA, 'b-to-a');
    expect([onA.connected, onB.connected]).toEqual([true, true]);
    const late = connectSocket(b.url, { Cookie: emily });
    sockets.push(late);
    expect((await nextEvent<{ userId: string }>(late, 'session:ready')).userId).toBe(await b.userId(EMILY));

    // Jobs run again: make one due and see it claimed and finished by one of the instances.
    const [{ run_count: before }] = await a.ds.query(`SELECT run_count FROM scheduled_jobs WHERE name = 'auth.purge'`);
    await a.ds.query(`UPDATE scheduled_jobs SET next_run_at = now() - interval '1 second', locked_until = NULL WHERE name = 'auth.purge'`);
    await eventually(async () => {
      const [{ run_count }] = await a.ds.query(`SELECT run_count FROM scheduled_jobs WHERE name = 'auth.purge'`);
      expect(Number(run_count)).toBe(Number(before) + 1);
    });

    // One line for the outage and one for the recovery per instance, not one per failed request or
    // heartbeat; any other warning or error is the access log's line of a refused request.
    [a, b].forEach((t, i) => {
      const since = t.logs.slice(logsBefore[i]);
      const said = (start: string) => since.filter((l) => String(l.msg).startsWith(start));
      expect(said('PostgreSQL is unreachable')).toHaveLength(1);
      expect(said('PostgreSQL is reachable again')).toHaveLength(1);
      const others = since.filter((l) => Number(l.level) >= 40 && !String(l.msg).startsWith('PostgreSQL is unreachable'));
      expect(others.map((l) => [l.module, l.status])).toEqual(others.map(() => ['http', 503]));
    });
    expect(crashes.seen).toEqual([]);
  });
});

describe('the embedded PostgreSQL supervisor', () => {
  const answers = async (url: string) => {
    const client = new Client({ connectionString: url });
    client.on('error', () => undefined);
    await client.connect();
    try {
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
    }
  };

  it('restarts PostgreSQL when it is killed, and gives up past its cap', async () => {
    // One restart allowed, so the second kill exhausts the policy.
    const pg = await startDedicatedPostgres({ restartPolicy: { maxRestarts: 1, windowMs: 60_000, firstDelayMs: 100, maxDelayMs: 100 } });
    const gaveUp: string[] = [];
    pg.embedded.onGiveUp((message) => gaveUp.push(message));
    try {
      const first = pg.embedded.pid!;
      process.kill(first, 'SIGKILL');
      await eventually(async () => {
        expect(pg.embedded.pid).toEqual(expect.any(Number));
        expect(pg.embedded.pid).not.toBe(first);
        await answers(pg.database.url);
      }, 20_000);
      expect(pg.events.map((e) => e.type)).toEqual(['exited', 'restarted']);
      expect(pg.events[0]).toMatchObject({ reason: 'killed by SIGKILL' });

      process.kill(pg.embedded.pid!, 'SIGKILL');
      await eventually(() => expect(gaveUp).toHaveLength(1));
      expect(gaveUp[0]).toMatch(/^The embedded PostgreSQL stopped 2 times within 60 s \(last: killed by SIGKILL\); Ruche stops\./);
      expect(pg.embedded.pid).toBeUndefined();
    } finally {
      await pg.close();
    }
  });
});
