import request from 'supertest';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/test-app';

const email = (name: string) => `${name}@maison-lumiere.example`;
const ME = `{ me { id displayName role locale } }`;

/**
 * Each instance answers from the sessions it read lately (SessionCache). B keeps them a minute here, so
 * whatever B notices within a few seconds came from a notice crossing the adapter, not from the time
 * running out; A keeps none (SESSION_CACHE_SECONDS=0) and C one second.
 */
describe('sessions an instance read lately', () => {
  let a: TestApp;
  let b: TestApp;
  let c: TestApp;
  const me = async (t: TestApp, cookie: string) => (await t.gql(ME, {}, cookie)) as { data?: { me: { id: string; displayName: string; role: string; locale: string } | null }; errors?: { extensions?: { code?: string } }[] };
  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
  const rename = (id: string, name: string) => a.ds.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [id, name]);

  beforeAll(async () => {
    a = await startTestApp({ env: { SESSION_CACHE_SECONDS: '0' } });
    b = await startTestApp({ database: a.db, env: { SESSION_CACHE_SECONDS: '60', REALTIME_SESSION_CHECK_SECONDS: '300' } });
    c = await startTestApp({ database: a.db, env: { SESSION_CACHE_SECONDS: '1', REALTIME_SESSION_CHECK_SECONDS: '300' } });
  });
  afterAll(async () => {
    await c.close();
    await b.close();
    await a.close();
  });

  it('keeps a session read on B for its time: a change made by hand in SQL shows on A at once, on B only later', async () => {
    const cookie = await a.signIn(email('chloe.bonnet'));
    const before = (await me(b, cookie)).data!.me!;
    await rename(before.id, 'Chloé (renamed by hand)');
    try {
      expect((await me(a, cookie)).data!.me!.displayName).toBe('Chloé (renamed by hand)');
      expect((await me(b, cookie)).data!.me!.displayName).toBe(before.displayName);
      // C keeps it one second.
      await me(c, cookie);
      await eventually(async () => expect((await me(c, cookie)).data!.me!.displayName).toBe('Chloé (renamed by hand)'), 4000);
    } finally {
      await rename(before.id, before.displayName);
    }
  });

  it('refuses a session signed out on A at once on B', async () => {
    const cookie = await a.signIn(email('daniel.hughes'));
    expect((await me(b, cookie)).data!.me).not.toBeNull();
    const out = await request(a.server).post('/auth/logout').set('Origin', a.url).set('Cookie', cookie).send({});
    expect(out.status).toBe(200);
    expect(code(await me(a, cookie))).toBe('UNAUTHENTICATED');
    await eventually(async () => expect(code(await me(b, cookie))).toBe('UNAUTHENTICATED'), 5000);
  });

  it('refuses a session on B as soon as the same browser signs in again as someone else on A', async () => {
    const cookie = await a.signIn(email('karim.haddad'));
    expect((await me(b, cookie)).data!.me).not.toBeNull();
    const karim = (await a.ds.query(`SELECT id FROM users WHERE email = $1`, [email('karim.haddad')]))[0].id as string;
    const margaux = (await a.ds.query(`SELECT id FROM users WHERE email = $1`, [email('margaux.giraud')]))[0].id as string;
    const again = await request(a.server).post('/auth/local/login').set('Origin', a.url).set('Cookie', cookie).send({ userId: margaux });
    expect(again.status).toBe(200);
    expect(karim).not.toBe(margaux);
    await eventually(async () => expect(code(await me(b, cookie))).toBe('UNAUTHENTICATED'), 5000);
  });

  it('shows a role an administrator changed on A at once on B', async () => {
    const admin = await a.signIn(email('ethan.brooks'));
    const cookie = await a.signIn(email('james.walker'));
    const person = (await me(b, cookie)).data!.me!;
    expect(person.role).toBe('member');
    try {
      const res = await a.gql(`mutation($id: ID!) { setUserRole(userId: $id, role: department_rep) { role } }`, { id: person.id }, admin);
      expect(res.data).toEqual({ setUserRole: { role: 'department_rep' } });
      await eventually(async () => expect((await me(b, cookie)).data!.me!.role).toBe('department_rep'), 5000);
    } finally {
      await a.gql(`mutation($id: ID!) { setUserRole(userId: $id, role: member) { role } }`, { id: person.id }, admin);
    }
  });

  it('shows on the same instance at once the language a person just chose', async () => {
    const cookie = await b.signIn(email('lucas.girard'));
    const before = (await me(b, cookie)).data!.me!;
    const other = before.locale === 'fr' ? 'en' : 'fr';
    const res = await b.gql(`mutation($l: Locale!) { updateMyPreferences(input: { locale: $l }) { locale } }`, { l: other }, cookie);
    expect(res.errors).toBeUndefined();
    expect((await me(b, cookie)).data!.me!.locale).toBe(other);
  });

  it('keeps a session no longer than the database gives it to live', async () => {
    const cookie = await a.signIn(email('zoe.martin'));
    const person = (await me(a, cookie)).data!.me!;
    await a.ds.query(`UPDATE sessions SET expires_at = now() + interval '1500 milliseconds' WHERE user_id = $1`, [person.id]);
    expect((await me(b, cookie)).data!.me).not.toBeNull();
    await new Promise((r) => setTimeout(r, 1600));
    expect(code(await me(b, cookie))).toBe('UNAUTHENTICATED');
  });

  it('forgets every session it kept when its LISTEN connection is lost (notices may have been missed)', async () => {
    const cookie = await a.signIn(email('chloe.bonnet'));
    const before = (await me(b, cookie)).data!.me!;
    await rename(before.id, 'Chloé (while B was deaf)');
    try {
      expect((await me(b, cookie)).data!.me!.displayName).toBe(before.displayName);
      // B's realtime connections (its LISTEN and its NOTIFY pool) are cut; A's and C's too, which is harmless.
      await a.ds.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'ruche-realtime'`);
      await eventually(async () => expect((await me(b, cookie)).data!.me!.displayName).toBe('Chloé (while B was deaf)'), 10_000);
    } finally {
      await rename(before.id, before.displayName);
    }
  });
});
