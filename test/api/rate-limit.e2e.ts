import request from 'supertest';
import { countQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';

const ME = { query: '{ me { id } }' };
const ANONYMOUS = { query: '{ authOptions { mode } }' };

describe('rate limits per endpoint', () => {
  let t: TestApp;
  let hugo: string;
  let zoe: string;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        // One proxy in front: the client address is the last one in X-Forwarded-For, so each test plays from its own address.
        TRUST_PROXY: '1',
        GRAPHQL_RATE_LIMIT_PER_MINUTE_SESSION: '5',
        GRAPHQL_RATE_LIMIT_PER_MINUTE_IP: '12',
        AUTH_RATE_LIMIT_PER_MINUTE: '4',
      },
    });
    hugo = await t.userId('hugo.moreau@maison-lumiere.example');
    zoe = await t.userId('zoe.martin@maison-lumiere.example');
  });
  afterAll(() => t.close());

  const signIn = (ip: string, userId: string) => request(t.server).post('/auth/local/login').set('Origin', t.url).set('X-Forwarded-For', ip).send({ userId });
  const cookieOf = (res: request.Response) => (res.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
  const gql = (ip: string, body: object, cookie?: string) => {
    const req = request(t.server).post('/graphql').set('Content-Type', 'application/json').set('X-Forwarded-For', ip);
    if (cookie) req.set('Cookie', cookie);
    return req.send(body);
  };
  /** Repeats `send` until it is refused with 429; fixed windows may roll over once on the way, hence 2 × budget + 1 tries. */
  async function until429(send: () => Promise<request.Response>, budget: number) {
    for (let i = 0; i < 2 * budget + 1; i++) {
      const res = await send();
      if (res.status === 429) return res;
      expect(res.status).toBe(200);
    }
    throw new Error(`no 429 after ${2 * budget + 1} requests`);
  }

  it('refuses a session over its budget with 429, Retry-After and RATE_LIMITED, while another session from the same address goes on', async () => {
    const ip = '203.0.113.10';
    const noisy = cookieOf(await signIn(ip, hugo));
    const colleague = cookieOf(await signIn(ip, zoe));
    const refused = await until429(() => gql(ip, ME, noisy), 5);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: Number(refused.headers['retry-after']) });
    expect(refused.body.data).toBeUndefined();

    const other = await gql(ip, ME, colleague);
    expect(other.status).toBe(200);
    expect(other.body.data.me.id).toBe(zoe);
  });

  it('an address over its /graphql budget can still sign in', async () => {
    const ip = '203.0.113.20';
    const refused = await until429(() => gql(ip, ANONYMOUS), 12);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    const login = await signIn(ip, hugo);
    expect(login.status).toBe(200);
    // The address's budget covers its sessions too: a new session does not reopen /graphql.
    expect((await gql(ip, ME, cookieOf(login))).status).toBe(429);
  });

  it('an address over its sign-in budget can still use /graphql', async () => {
    const ip = '203.0.113.30';
    const cookie = cookieOf(await signIn(ip, hugo));
    const refused = await until429(() => signIn(ip, hugo), 4);
    expect(refused.body.code).toBe('RATE_LIMITED');
    const res = await gql(ip, ME, cookie);
    expect(res.status).toBe(200);
    expect(res.body.data.me.id).toBe(hugo);
  });

  it('counts the address the trusted proxy saw, whatever the client wrote before it in X-Forwarded-For', async () => {
    const ip = '203.0.113.40';
    await until429(() => gql(`198.51.100.1, ${ip}`, ANONYMOUS), 12);
    // A forged first entry does not move the client to a fresh budget…
    expect((await gql(`198.51.100.2, ${ip}`, ANONYMOUS)).status).toBe(429);
    // …while another client behind the same proxy is counted apart.
    expect((await gql('203.0.113.41', ANONYMOUS)).status).toBe(200);
  });
});

describe('rate limits on the hot path', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('reserves budget in one statement for several requests, session and address together', async () => {
    t = await startTestApp(); // default budgets: 600 per session, 12,000 per address
    const cookie = await t.signIn('hugo.moreau@maison-lumiere.example');
    const { queries } = await countQueries(t.ds, async () => {
      for (let i = 0; i < 10; i++) expect((await t.gql('{ me { id } }', {}, cookie)).errors).toBeUndefined();
    });
    const reservations = queries.filter((q) => q.includes('rate_limits'));
    expect(reservations).toHaveLength(1);
    const rows: { key: string; hits: number }[] = await t.ds.query(`SELECT key, hits FROM rate_limits WHERE key LIKE 'graphql:%' ORDER BY key`);
    // one slice (a twentieth) of each budget was reserved
    expect(rows.map((r) => [r.key.split(':')[1], r.hits])).toEqual([
      ['ip', 600],
      ['session', 30],
    ]);
  });
});
