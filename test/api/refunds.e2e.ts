import { CLOSING_REMINDER_HOURS } from '@ruche/shared';
import { JobsService } from '../../server/src/core/jobs/jobs.service';
import { FairnessService } from '../../server/src/modules/moderation';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Budgets that stay fair: a vote comes back once when its idea is declined (whoever moves it), not
 * when the campaign closes; the closing reminders job tells the audience's people with votes left,
 * once per campaign, across runs, restarts and two instances.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  author: EMAIL('zoe.martin'),
  voterA: EMAIL('olivia.bennett'),
  voterB: EMAIL('lucas.girard'),
  hub: EMAIL('camille.laurent'),
};
type Person = keyof typeof PEOPLE;

const VOTE = `mutation($id: ID!) { vote(ideaId: $id, value: up) { remainingVotes } }`;
const MOVE = `mutation($id: ID!, $s: ID!) { moveIdeaToStage(ideaId: $id, stageId: $s) { id stage { kind } } }`;
const REMAINING = `query($c: ID!) { campaign(id: $c) { myRemainingVotes } }`;

describe('fair budgets', () => {
  let a: TestApp;
  let b: TestApp;
  const cookie: Partial<Record<Person, string>> = {};
  const uid: Partial<Record<Person, string>> = {};
  let qvt: string;

  const ok = async <T>(query: string, vars: Record<string, unknown>, as: Person) => {
    const res = await a.gql<T>(query, vars, cookie[as]);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const remaining = async (as: Person) => (await ok<{ campaign: { myRemainingVotes: number } }>(REMAINING, { c: qvt }, as)).campaign.myRemainingVotes;
  const stage = async (kind: string) => (await a.ds.query(`SELECT id FROM campaign_stages WHERE campaign_id = $1 AND kind = $2 ORDER BY position LIMIT 1`, [qvt, kind]))[0].id as string;

  beforeAll(async () => {
    // Two instances on one database; no timers: the tests drive the job.
    a = await startTestApp({ env: { JOBS_ENABLED: 'false' } });
    b = await startTestApp({ database: a.db, env: { JOBS_ENABLED: 'false' } });
    for (const [p, email] of Object.entries(PEOPLE)) {
      cookie[p as Person] = await a.signIn(email);
      uid[p as Person] = await a.userId(email);
    }
    qvt = (await a.ds.query(`SELECT id FROM campaigns WHERE title LIKE 'Qualité%'`))[0].id;
    await a.ds.query(`DELETE FROM idea_votes WHERE campaign_id = $1 AND user_id = ANY($2::uuid[])`, [qvt, Object.values(uid)]);
    await a.ds.query(`UPDATE idea_tallies i SET up_votes = (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.idea_id AND v.value = 1), down_votes = (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.idea_id AND v.value = -1) WHERE campaign_id = $1`, [qvt]);
    await a.ds.query(`UPDATE campaign_vote_budgets SET used = 0 WHERE campaign_id = $1 AND user_id = ANY($2::uuid[])`, [qvt, Object.values(uid)]);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('gives budget votes back once when an idea is declined, and tells the voters', async () => {
    const id = (await ok<{ createIdea: { id: string } }>(`mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id } }`, { i: { campaignId: qvt, title: 'Une idée qui sera écartée' } }, 'author')).createIdea.id;
    await ok(VOTE, { id }, 'voterA');
    await ok(VOTE, { id }, 'voterB');
    expect(await remaining('voterA')).toBe(4);
    await ok(MOVE, { id, s: await stage('declined') }, 'hub');
    expect(await remaining('voterA')).toBe(5);
    expect(await remaining('voterB')).toBe(5);
    const told = await a.ds.query(`SELECT user_id, payload FROM notifications WHERE kind = 'vote.refunded' AND subject_id = $1`, [id]);
    expect(told.map((n: { user_id: string }) => n.user_id).sort()).toEqual([uid.voterA, uid.voterB].sort());
    expect(told[0].payload).toMatchObject({ ideaId: id, campaignId: qvt, votes: 1, reason: 'declined', ideaTitle: 'Une idée qui sera écartée' });
    // The idea keeps its counts (its history); out of declined and back in: nothing given twice.
    expect((await a.ds.query(`SELECT up_votes FROM idea_tallies WHERE idea_id = $1`, [id]))[0].up_votes).toBe(2);
    await ok(MOVE, { id, s: await stage('review') }, 'hub');
    await ok(MOVE, { id, s: await stage('declined') }, 'hub');
    expect(await remaining('voterA')).toBe(5);
    expect((await a.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'vote.refunded' AND subject_id = $1`, [id]))[0].n).toBe(2);
    // Taking back a vote already given back returns nothing more.
    await ok(`mutation($id: ID!) { retractVote(ideaId: $id) { remainingVotes } }`, { id }, 'voterA');
    expect(await remaining('voterA')).toBe(5);
    // Other stages give nothing back.
    const kept = (await ok<{ createIdea: { id: string } }>(`mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id } }`, { i: { campaignId: qvt, title: 'Une idée retenue' } }, 'author')).createIdea.id;
    await ok(VOTE, { id: kept }, 'voterA');
    await ok(MOVE, { id: kept, s: await stage('selected') }, 'hub');
    expect(await remaining('voterA')).toBe(4);
  });

  it('does not give votes back when a campaign closes', async () => {
    const before = await a.ds.query(`SELECT user_id, used FROM campaign_vote_budgets WHERE campaign_id = $1 ORDER BY user_id`, [qvt]);
    await a.ds.query(`UPDATE campaigns SET closes_at = now() - interval '1 minute', opens_at = now() - interval '30 days' WHERE id = $1`, [qvt]);
    await a.app.get(FairnessService).sendClosingReminders();
    expect(await a.ds.query(`SELECT user_id, used FROM campaign_vote_budgets WHERE campaign_id = $1 ORDER BY user_id`, [qvt])).toEqual(before);
    expect(await a.ds.query(`SELECT 1 FROM campaign_reminders WHERE campaign_id = $1`, [qvt])).toEqual([]);
    await a.ds.query(`UPDATE campaigns SET closes_at = now() + interval '30 days' WHERE id = $1`, [qvt]);
  });

  it('reminds the audience’s people with votes left, once per campaign, across runs and instances', async () => {
    // Not yet within the window: nothing.
    expect((await a.app.get(FairnessService).sendClosingReminders()).size).toBe(0);
    // A restricted campaign with a budget, closing within the window: only its audience is told.
    const [rd] = await a.ds.query(`SELECT id FROM departments WHERE code = 'rd'`);
    const [owner] = await a.ds.query(`SELECT id FROM users WHERE email = $1`, [PEOPLE.hub]);
    const [c] = await a.ds.query(
      `INSERT INTO campaigns (department_id, title, opens_at, closes_at, audience, vote_budget, created_by)
       VALUES ($1, 'R&D closing soon', now() - interval '10 days', now() + make_interval(hours => $2 - 1), 'departments', 2, $3) RETURNING id`,
      [rd.id, CLOSING_REMINDER_HOURS, owner.id],
    );
    await a.ds.query(`INSERT INTO campaign_departments (campaign_id, department_id) VALUES ($1, $2)`, [c.id, rd.id]);
    // One R&D person has spent both votes: not reminded.
    const rdPeople: { id: string }[] = await a.ds.query(`SELECT id FROM users WHERE department_id = $1 AND deactivated_at IS NULL ORDER BY id`, [rd.id]);
    await a.ds.query(`INSERT INTO campaign_vote_budgets (campaign_id, user_id, used) VALUES ($1, $2, 2)`, [c.id, rdPeople[0].id]);
    // And qvt (everyone, budget 5) now closes within the window too.
    await a.ds.query(`UPDATE campaigns SET closes_at = now() + interval '47 hours' WHERE id = $1`, [qvt]);

    // Two instances run the job at once, then again after a "restart".
    await a.ds.query(`UPDATE scheduled_jobs SET next_run_at = now() - interval '1 second', locked_until = NULL WHERE name = 'hivemind.closing_reminders'`);
    const [ranA, ranB] = await Promise.all([a.app.get(JobsService).runDue(), b.app.get(JobsService).runDue()]);
    expect([...ranA, ...ranB].filter((n) => n === 'hivemind.closing_reminders')).toHaveLength(1);
    const [direct1, direct2] = await Promise.all([a.app.get(FairnessService).sendClosingReminders(), b.app.get(FairnessService).sendClosingReminders()]);
    expect(direct1.size + direct2.size).toBe(0);
    expect((await a.app.get(FairnessService).sendClosingReminders()).size).toBe(0);

    const told: { user_id: string }[] = await a.ds.query(`SELECT user_id FROM notifications WHERE kind = 'campaign.closing_soon' AND subject_id = $1`, [c.id]);
    expect(told.map((n) => n.user_id).sort()).toEqual(rdPeople.slice(1).map((p) => p.id).sort());
    const [row] = await a.ds.query(`SELECT recipients FROM campaign_reminders WHERE campaign_id = $1 AND kind = 'closing_soon'`, [c.id]);
    expect(row.recipients).toBe(rdPeople.length - 1);
    // A campaign for everyone: each person with votes left, once.
    const qvtTold: { user_id: string; n: number }[] = await a.ds.query(`SELECT user_id, count(*)::int AS n FROM notifications WHERE kind = 'campaign.closing_soon' AND subject_id = $1 GROUP BY user_id`, [qvt]);
    expect(qvtTold.every((r) => r.n === 1)).toBe(true);
    const spent: { user_id: string }[] = await a.ds.query(`SELECT user_id FROM campaign_vote_budgets WHERE campaign_id = $1 AND used >= 5`, [qvt]);
    for (const s of spent) expect(qvtTold.map((r) => r.user_id)).not.toContain(s.user_id);
    expect(qvtTold.length).toBeGreaterThan(10);
    const payload = (await a.ds.query(`SELECT payload FROM notifications WHERE kind = 'campaign.closing_soon' AND subject_id = $1 LIMIT 1`, [c.id]))[0].payload;
    expect(payload).toMatchObject({ campaignId: c.id, campaignTitle: 'R&D closing soon' });
  });
});
