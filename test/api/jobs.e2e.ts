import { JobsService } from '../../server/src/core/jobs/jobs.service';
import { RateLimitService } from '../../server/src/core/security/rate-limit.service';
import { IdentityMaintenance } from '../../server/src/modules/identity/identity-maintenance';
import { startTestApp, type TestApp } from '../support/test-app';

describe('PostgreSQL-backed periodic jobs', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    // JOBS_ENABLED=false: no timer; the tests drive runDue() themselves.
    a = await startTestApp({ env: { JOBS_ENABLED: 'false' } });
    b = await startTestApp({ database: a.db, env: { JOBS_ENABLED: 'false' } });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('registers core jobs in the database', async () => {
    const rows = await a.ds.query(`SELECT name, interval_seconds FROM scheduled_jobs ORDER BY name`);
    expect(rows).toContainEqual({ name: 'auth.purge', interval_seconds: 600 });
    expect(rows).toContainEqual({ name: 'ratelimit.purge', interval_seconds: 600 });
  });

  it('runs a due job on exactly one of two instances racing for it, then not again until next time', async () => {
    await a.ds.query(`UPDATE scheduled_jobs SET next_run_at = now() - interval '1 second', locked_until = NULL`);
    const [ranA, ranB] = await Promise.all([a.app.get(JobsService).runDue(), b.app.get(JobsService).runDue()]);
    expect([...ranA, ...ranB].filter((n) => n === 'auth.purge')).toHaveLength(1);
    const [row] = await a.ds.query(`SELECT run_count, last_error, locked_until, next_run_at > now() + interval '9 minutes' AS later FROM scheduled_jobs WHERE name = 'auth.purge'`);
    expect(row).toMatchObject({ run_count: '1', last_error: null, locked_until: null, later: true });
    expect(await a.app.get(JobsService).runDue()).toEqual([]);
  });

  it('retries a run whose instance died once its lock expires', async () => {
    await a.ds.query(`UPDATE scheduled_jobs SET next_run_at = now() - interval '1 second', locked_until = now() + interval '1 hour'`);
    expect(await a.app.get(JobsService).runDue()).toEqual([]);
    await a.ds.query(`UPDATE scheduled_jobs SET locked_until = now() - interval '1 second'`);
    expect(await a.app.get(JobsService).runDue()).toContain('auth.purge');
  });

  it('records a failure and keeps the schedule', async () => {
    const jobs = a.app.get(JobsService);
    (jobs as unknown as { jobs: Map<string, { run: () => Promise<void> }> }).jobs.get('auth.purge')!.run = async () => {
      throw new Error('disk on fire');
    };
    await a.ds.query(`UPDATE scheduled_jobs SET next_run_at = now() - interval '1 second', locked_until = NULL`);
    expect(await jobs.runDue()).toContain('auth.purge');
    const [row] = await a.ds.query(`SELECT last_error, locked_until, next_run_at > now() AS rescheduled FROM scheduled_jobs WHERE name = 'auth.purge'`);
    expect(row).toEqual({ last_error: 'disk on fire', locked_until: null, rescheduled: true });
  });

  it('purges expired sessions, rate-limit windows and SAML state, keeping live ones', async () => {
    const live = await a.signIn('camille.laurent@maison-lumiere.example');
    await a.signIn('hugo.moreau@maison-lumiere.example');
    await a.ds.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = (SELECT id FROM users WHERE email = 'hugo.moreau@maison-lumiere.example')`);
    await a.ds.query(`INSERT INTO rate_limits (key, window_start, hits) VALUES ('old', now() - interval '2 hours', 3), ('new', now(), 1)`);
    await a.ds.query(`INSERT INTO saml_requests (id, binding_hash, expires_at) VALUES ('_old', 'h', now() - interval '1 minute'), ('_new', 'h', now() + interval '5 minutes')`);
    await a.ds.query(`INSERT INTO saml_assertions (issuer, assertion_id, expires_at) VALUES ('idp', '_old', now() - interval '2 days'), ('idp', '_new', now() + interval '1 hour')`);
    await b.app.get(IdentityMaintenance).purge();
    await b.app.get(RateLimitService).purge();
    expect(await a.ds.query(`SELECT key FROM rate_limits WHERE key IN ('old', 'new')`)).toEqual([{ key: 'new' }]);
    expect(await a.ds.query(`SELECT id FROM saml_requests`)).toEqual([{ id: '_new' }]);
    expect(await a.ds.query(`SELECT assertion_id FROM saml_assertions`)).toEqual([{ assertion_id: '_new' }]);
    const sessions = await a.ds.query(`SELECT u.email FROM sessions s JOIN users u ON u.id = s.user_id`);
    expect(sessions.map((r: { email: string }) => r.email)).toEqual(['camille.laurent@maison-lumiere.example']);
    expect((await a.gql<{ me: { displayName: string } }>(`{ me { displayName } }`, {}, live)).data?.me.displayName).toBe('Camille Laurent');
  });
});
