import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

const CAMILLE = 'camille.laurent@maison-lumiere.example';

describe('local (demo) sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const login = (body: unknown, origin?: string) => {
    const req = request(t.server).post('/auth/local/login');
    if (origin) req.set('Origin', origin);
    return req.send(body as object);
  };

  it('signs in a seeded user with an httpOnly, SameSite=Lax session cookie', async () => {
    const id = await t.userId(CAMILLE);
    const res = await login({ userId: id }, t.url);
    expect(res.status).toBe(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[])[0];
    expect(cookie).toMatch(/^ruche_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    const session = await request(t.server).get('/auth/session').set('Cookie', cookie.split(';')[0]);
    expect(session.body).toMatchObject({ authenticated: true, userId: id, displayName: 'Camille Laurent' });
    // the database keeps only a hash of the token
    const token = cookie.split(';')[0].split('=')[1];
    const rows = await t.ds.query(`SELECT id FROM sessions WHERE id = $1`, [token]);
    expect(rows).toHaveLength(0);
  });

  it('refuses cross-site and form-encoded sign-in attempts (CSRF)', async () => {
    const id = await t.userId(CAMILLE);
    const cross = await login({ userId: id }, 'https://evil.example');
    expect(cross.status).toBe(403);
    expect(cross.body.code).toBe('FORBIDDEN');
    const form = await request(t.server).post('/auth/local/login').type('form').send({ userId: id });
    expect(form.status).toBe(403);
    expect(cross.headers['set-cookie']).toBeUndefined();
  });

  it('answers bad input with a clear error and no session', async () => {
    const [{ count: before }] = await t.ds.query(`SELECT count(*)::int AS count FROM sessions`);
    const cases: [unknown, number, string][] = [
      [{}, 400, 'BAD_USER_INPUT'],
      [{ userId: 42 }, 400, 'BAD_USER_INPUT'],
      [{ userId: 'robert"); DROP TABLE users;--' }, 400, 'BAD_USER_INPUT'],
      [{ userId: ['a'] }, 400, 'BAD_USER_INPUT'],
      [{ userId: '00000000-0000-0000-0000-000000000000' }, 404, 'USER_NOT_FOUND'],
    ];
    for (const [body, status, code] of cases) {
      const res = await login(body, t.url);
      expect([res.status, res.body.code]).toEqual([status, code]);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const malformed = await request(t.server).post('/auth/local/login').set('Origin', t.url).set('Content-Type', 'application/json').send('{"userId":');
    expect([malformed.status, malformed.body.code]).toEqual([400, 'BAD_USER_INPUT']);
    const huge = await request(t.server)
      .post('/auth/local/login')
      .set('Origin', t.url)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ userId: 'x'.repeat(400_000) }));
    expect([huge.status, huge.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const [{ count }] = await t.ds.query(`SELECT count(*)::int AS count FROM sessions`);
    expect(count).toBe(before);
  });

  it('signs out: the session row is gone and the old cookie no longer works', async () => {
    const cookie = await t.signIn(CAMILLE);
    const out = await request(t.server).post('/auth/logout').set('Origin', t.url).set('Cookie', cookie).send({});
    expect(out.status).toBe(200);
    expect((out.headers['set-cookie'] as unknown as string[])[0]).toMatch(/ruche_session=;/);
    const replay = await t.gql(`{ me { id } }`, {}, cookie);
    expect(replay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const crossLogout = await request(t.server).post('/auth/logout').set('Origin', 'https://evil.example').set('Cookie', cookie).send({});
    expect(crossLogout.status).toBe(403);
  });

  it('rotates the session when a signed-in browser signs in again', async () => {
    const first = await t.signIn(CAMILLE);
    const id = await t.userId('hugo.moreau@maison-lumiere.example');
    const res = await request(t.server).post('/auth/local/login').set('Origin', t.url).set('Cookie', first).send({ userId: id });
    expect(res.status).toBe(200);
    expect((await t.gql(`{ me { id } }`, {}, first)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // the new cookie works, and is a different token for the new person
    const second = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('ruche_session='))!.split(';')[0];
    expect(second).not.toBe(first);
    const me = await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, second);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.id).toBe(id);
  });

  it('ends idle sessions and sessions past their absolute lifetime', async () => {
    const idle = await t.signIn(CAMILLE);
    const absolute = await t.signIn(CAMILLE);
    const live = await t.signIn(CAMILLE);
    const hash = (cookie: string) => require('node:crypto').createHash('sha256').update(cookie.split('=')[1]).digest('hex');
    await t.ds.query(`UPDATE sessions SET last_seen_at = now() - interval '3 hours' WHERE id = $1`, [hash(idle)]);
    await t.ds.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [hash(absolute)]);
    expect((await t.gql(`{ me { id } }`, {}, idle)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(`{ me { id } }`, {}, absolute)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, live)).data?.me.id).toBe(await t.userId(CAMILLE));
  });

  it('refuses sessions of deactivated users', async () => {
    const email = 'zoe.martin@maison-lumiere.example';
    const cookie = await t.signIn(email);
    await t.ds.query(`UPDATE users SET deactivated_at = now() WHERE email = $1`, [email]);
    expect((await t.gql(`{ me { id } }`, {}, cookie)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const again = await login({ userId: await t.userId(email) }, t.url);
    expect(again.status).toBe(404);
  });

  it('gives concurrent sign-ins separate sessions', async () => {
    const id = await t.userId('emily.carter@maison-lumiere.example');
    const results = await Promise.all(Array.from({ length: 8 }, () => login({ userId: id }, t.url)));
    const cookies = results.map((r) => (r.headers['set-cookie'] as unknown as string[])[0].split(';')[0]);
    expect(new Set(cookies).size).toBe(8);
    const [{ count }] = await t.ds.query(`SELECT count(*)::int AS count FROM sessions WHERE user_id = $1`, [id]);
    expect(count).toBe(8);
  });
});

describe('session cookie over HTTPS', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Served over plain HTTP by supertest; what matters is what the headers tell a browser.
    t = await startTestApp({ env: { PUBLIC_URL: 'https://ruche.example' } });
  });
  afterAll(() => t.close());

  /** A Set-Cookie header's attributes, lower-cased, without the lifetime (what a clearing cookie must repeat). */
  const scopeOf = (header: string) => {
    const attributes = header
      .split(';')
      .slice(1)
      .map((p) => p.trim())
      .filter((p) => !/^(expires|max-age)=/i.test(p))
      .map((p) => p.toLowerCase());
    return attributes.sort();
  };
  const sessionSetCookie = (res: request.Response) => ((res.headers['set-cookie'] as unknown as string[] | undefined) ?? []).find((c) => c.startsWith('__Host-ruche_session='));

  it('is a __Host- cookie, cleared with the same Secure, Path and SameSite at logout and when stale', async () => {
    const res = await request(t.server).post('/auth/local/login').set('Origin', t.url).send({ userId: await t.userId(CAMILLE) });
    const set = sessionSetCookie(res) as string;
    expect(scopeOf(set)).toEqual(['httponly', 'path=/', 'samesite=lax', 'secure']);
    const cookie = set.split(';')[0];

    const out = await request(t.server).post('/auth/logout').set('Origin', t.url).set('Cookie', cookie).send({});
    expect(out.status).toBe(200);
    const cleared = sessionSetCookie(out) as string;
    expect(cleared).toMatch(/^__Host-ruche_session=;/);
    expect(cleared).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
    expect(scopeOf(cleared)).toEqual(scopeOf(set));

    const stale = await request(t.server).get('/auth/session').set('Cookie', cookie);
    expect(stale.body).toEqual({ authenticated: false });
    const clearedStale = sessionSetCookie(stale) as string;
    expect(clearedStale).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
    expect(scopeOf(clearedStale)).toEqual(scopeOf(set));
    const [{ count }] = await t.ds.query(`SELECT count(*)::int AS count FROM sessions`);
    expect(count).toBe(0);
  });
});

describe('auth rate limiting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(() => t.close());

  it('counts attempts atomically across concurrent requests and answers 429 with Retry-After', async () => {
    const id = await t.userId(CAMILLE);
    // Budgets are per clock minute: start early in one, so that the burst and the last attempt share it.
    const [{ second }] = await t.ds.query(`SELECT extract(second FROM now())::float8 AS second`);
    if (second > 40) await new Promise((resolve) => setTimeout(resolve, (60.5 - second) * 1000));
    const results = await Promise.all(
      Array.from({ length: 12 }, () => request(t.server).post('/auth/local/login').set('Origin', t.url).send({ userId: id })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    const limited = results.find((r) => r.status === 429)!;
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // bad attempts count too, so guessing is throttled
    const bad = await request(t.server).post('/auth/local/login').set('Origin', t.url).send({ userId: 'nope' });
    expect(bad.status).toBe(429);
  });
});
