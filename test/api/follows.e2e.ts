import { mentionMarkup } from '@ruche/shared';
import { FollowsService } from '../../server/src/modules/follows';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Follows (Hivemind): following ideas and campaigns, the automatic follows of authors and commenters,
 * and what followers are told — comments and stage changes — only while they may still see the idea.
 * Merges carry an idea's discussion and followers to the idea that absorbs it.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  member: EMAIL('zoe.martin'), // Marketing, French
  english: EMAIL('olivia.bennett'), // Marketing, English
  rep: EMAIL('julien.petit'), // Marketing
  hub: EMAIL('camille.laurent'), // hub coordinator: runs every campaign
  rdMember: EMAIL('priya.sharma'), // R&D, English
  rdOther: EMAIL('maxime.rousseau'), // R&D, French
  rdManager: EMAIL('elodie.lambert'), // R&D manager: runs R&D campaigns
  outsider: EMAIL('james.walker'), // Sales
};
type Person = keyof typeof PEOPLE;

const FOLLOW = `mutation($t: FollowSubject!, $id: ID!) { follow(subjectType: $t, subjectId: $id) { subjectType subjectId following followerCount } }`;
const UNFOLLOW = `mutation($t: FollowSubject!, $id: ID!) { unfollow(subjectType: $t, subjectId: $id) { following followerCount } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { id isFollowing followerCount } }`;
const CAMPAIGN = `query($id: ID!) { campaign(id: $id) { id isFollowing followerCount } }`;
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const MOVE = `mutation($id: ID!, $stage: ID!) { moveIdeaToStage(ideaId: $id, stageId: $stage) { id } }`;

describe('follows', () => {
  let t: TestApp;
  const cookie: Partial<Record<Person, string>> = {};
  const id: Partial<Record<Person, string>> = {};
  const campaign: Record<string, string> = {};

  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
  const ok = async <T>(query: string, variables: Record<string, unknown>, as: Person) => {
    const res = await t.gql<T>(query, variables, cookie[as]);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const freshIdea = async (c: string, as: Person, anonymous = false) =>
    (await ok<{ createIdea: { id: string } }>(`mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id } }`, { i: { campaignId: c, title: `Idée à suivre ${Math.random()}`, anonymous } }, as)).createIdea.id;
  const told = async (kind: string, ideaId: string) =>
    ((await t.ds.query(`SELECT user_id FROM notifications WHERE kind = $1 AND payload->>'ideaId' = $2 ORDER BY user_id`, [kind, ideaId])) as { user_id: string }[]).map((r) => r.user_id);
  const stageId = async (c: string, key: string) => (await t.ds.query(`SELECT id FROM campaign_stages WHERE campaign_id = $1 AND key = $2`, [c, key]))[0].id as string;
  const followsTable = async () => JSON.stringify(await t.ds.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(user_id || subject_type || subject_id, ',' ORDER BY user_id, subject_type, subject_id), '')) AS h FROM follows`));

  beforeAll(async () => {
    t = await startTestApp();
    for (const [p, email] of Object.entries(PEOPLE)) {
      cookie[p as Person] = await t.signIn(email);
      id[p as Person] = await t.userId(email);
    }
    for (const c of await t.ds.query(`SELECT id, title FROM campaigns`)) {
      if (c.title.startsWith('Mieux servir')) campaign.clients = c.id;
      if (c.title.startsWith('Sustainable')) campaign.packaging = c.id;
      if (c.title.startsWith('Qualité')) campaign.qvt = c.id;
    }
  });
  afterAll(() => t.close());

  it('has the demo follows: every idea’s author (a merged idea’s, of the idea that absorbed it) and every commenter', async () => {
    const missing = await t.ds.query(
      `SELECT i.id FROM ideas i WHERE NOT EXISTS (SELECT 1 FROM follows f WHERE f.subject_type = 'idea' AND f.subject_id = coalesce(i.merged_into_id, i.id) AND f.user_id = i.author_id)
       UNION ALL SELECT c.id FROM comments c WHERE NOT EXISTS (SELECT 1 FROM follows f WHERE f.subject_type = 'idea' AND f.subject_id = c.idea_id AND f.user_id = c.author_id)`,
    );
    expect(missing).toEqual([]);
  });

  it('follows and unfollows ideas and campaigns, idempotently, with the follower count', async () => {
    const idea = await freshIdea(campaign.clients, 'member');
    // The author follows their idea from the start.
    expect((await ok<{ idea: { isFollowing: boolean; followerCount: number } }>(IDEA, { id: idea }, 'member')).idea).toMatchObject({ isFollowing: true, followerCount: 1 });
    expect((await ok<{ idea: { isFollowing: boolean } }>(IDEA, { id: idea }, 'rep')).idea.isFollowing).toBe(false);
    const [a, b] = await Promise.all([ok<{ follow: { following: boolean } }>(FOLLOW, { t: 'idea', id: idea }, 'rep'), ok<{ follow: { following: boolean } }>(FOLLOW, { t: 'idea', id: idea }, 'rep')]);
    expect([a.follow.following, b.follow.following]).toEqual([true, true]);
    expect((await ok<{ follow: { followerCount: number } }>(FOLLOW, { t: 'idea', id: idea }, 'rep')).follow.followerCount).toBe(2);
    expect((await ok<{ unfollow: { following: boolean; followerCount: number } }>(UNFOLLOW, { t: 'idea', id: idea }, 'rep')).unfollow).toEqual({ following: false, followerCount: 1 });
    expect((await ok<{ unfollow: { following: boolean } }>(UNFOLLOW, { t: 'idea', id: idea }, 'rep')).unfollow.following).toBe(false);

    const before = (await ok<{ campaign: { followerCount: number } }>(CAMPAIGN, { id: campaign.qvt }, 'rep')).campaign.followerCount;
    await ok(FOLLOW, { t: 'campaign', id: campaign.qvt }, 'rep');
    expect((await ok<{ campaign: { isFollowing: boolean; followerCount: number } }>(CAMPAIGN, { id: campaign.qvt }, 'rep')).campaign).toMatchObject({ isFollowing: true, followerCount: before + 1 });
    // A commenter follows the idea.
    await ok(ADD, { input: { ideaId: idea, body: 'Je commente donc je suis' } }, 'english');
    expect((await ok<{ idea: { isFollowing: boolean } }>(IDEA, { id: idea }, 'english')).idea.isFollowing).toBe(true);
  });

  it('refuses what one may not see or that does not exist, and changes nothing', async () => {
    const restricted = (await t.ds.query(`SELECT id FROM ideas WHERE campaign_id = $1 LIMIT 1`, [campaign.packaging]))[0].id;
    const before = await followsTable();
    const cases: [string, Record<string, unknown>, string][] = [
      [FOLLOW, { t: 'idea', id: restricted }, 'IDEA_NOT_FOUND'],
      [FOLLOW, { t: 'campaign', id: campaign.packaging }, 'CAMPAIGN_NOT_FOUND'],
      [UNFOLLOW, { t: 'idea', id: restricted }, 'IDEA_NOT_FOUND'],
      [FOLLOW, { t: 'idea', id: 'garbage' }, 'IDEA_NOT_FOUND'],
      [FOLLOW, { t: 'campaign', id: '00000000-0000-4000-8000-000000000000' }, 'CAMPAIGN_NOT_FOUND'],
      [FOLLOW, { t: 'idea', id: campaign.clients }, 'IDEA_NOT_FOUND'],
      [FOLLOW, { t: 'idea', id: 'x'.repeat(10_000) }, 'IDEA_NOT_FOUND'],
      [FOLLOW, { t: 'user', id: id.member }, 'BAD_USER_INPUT'],
    ];
    for (const [query, variables, expected] of cases) expect([variables, code(await t.gql(query, variables, cookie.outsider))]).toEqual([variables, expected]);
    expect(code(await t.gql(FOLLOW, { t: 'idea', id: restricted }))).toBe('UNAUTHENTICATED');
    expect(await followsTable()).toBe(before);
  });

  it('tells followers about a comment (not its writer, not people mentioned twice) and never someone who can no longer see the idea', async () => {
    const idea = await freshIdea(campaign.packaging, 'rdMember');
    await ok(FOLLOW, { t: 'idea', id: idea }, 'rdOther');
    await ok(FOLLOW, { t: 'idea', id: idea }, 'hub');
    // A follow left from before the campaign was narrowed to R&D: the outsider may not see it now.
    await t.ds.query(`INSERT INTO follows (user_id, subject_type, subject_id) VALUES ($1, 'idea', $2)`, [id.outsider, idea]);
    await ok(ADD, { input: { ideaId: idea, body: `Un retour, ${mentionMarkup('Camille', id.hub!)}` } }, 'rdManager');
    expect(await told('idea.commented', idea)).toEqual([id.rdMember, id.rdOther].sort());
    expect(await told('comment.mentioned', idea)).toEqual([id.hub]);
    // The author commenting on their own idea tells the other followers, not themself.
    await ok(ADD, { input: { ideaId: idea, body: 'Merci !' } }, 'rdMember');
    const after: { user_id: string; n: number }[] = await t.ds.query(
      `SELECT user_id, count(*)::int AS n FROM notifications WHERE kind = 'idea.commented' AND payload->>'ideaId' = $1 GROUP BY user_id ORDER BY user_id`,
      [idea],
    );
    expect(after).toEqual(
      [
        { user_id: id.rdMember, n: 1 },
        { user_id: id.rdOther, n: 2 },
        { user_id: id.hub, n: 1 },
        { user_id: id.rdManager, n: 1 },
      ].sort((a, b) => (a.user_id! < b.user_id! ? -1 : 1)),
    );
    expect(await told('idea.commented', idea)).not.toContain(id.outsider);
  });

  it('tells followers about a stage change in their language, not the person who moved it, not outsiders', async () => {
    const idea = await freshIdea(campaign.packaging, 'rdMember'); // Priya writes in English
    await ok(FOLLOW, { t: 'idea', id: idea }, 'rdOther'); // Maxime reads French
    await ok(FOLLOW, { t: 'idea', id: idea }, 'rdManager');
    await t.ds.query(`INSERT INTO follows (user_id, subject_type, subject_id) VALUES ($1, 'idea', $2)`, [id.outsider, idea]);
    await ok(MOVE, { id: idea, stage: await stageId(campaign.packaging, 'review') }, 'rdManager');
    const rows: { user_id: string; payload: Record<string, unknown>; actor_id: string | null }[] = await t.ds.query(
      `SELECT user_id, payload, actor_id FROM notifications WHERE kind = 'idea.stage_changed' AND payload->>'ideaId' = $1 ORDER BY user_id`,
      [idea],
    );
    expect(rows.map((r) => r.user_id)).toEqual([id.rdMember, id.rdOther].sort());
    const stage = (await t.ds.query(`SELECT name_fr, name_en FROM campaign_stages WHERE campaign_id = $1 AND key = 'review'`, [campaign.packaging]))[0];
    expect(rows.find((r) => r.user_id === id.rdMember)!.payload).toEqual({ ideaId: idea, ideaTitle: expect.any(String), campaignId: campaign.packaging, stageName: stage.name_en, stageKind: 'review' });
    expect(rows.find((r) => r.user_id === id.rdOther)!.payload.stageName).toBe(stage.name_fr);
    for (const r of rows) expect(r.actor_id).toBe(id.rdManager);
  });

  it('keeps an anonymous author anonymous: their follow is never shown, their comments tell followers without a name', async () => {
    const idea = await freshIdea(campaign.clients, 'member', true);
    await ok(FOLLOW, { t: 'idea', id: idea }, 'rep');
    // Everyone sees one more follower, never who.
    expect((await ok<{ idea: { followerCount: number } }>(IDEA, { id: idea }, 'rep')).idea.followerCount).toBe(2);
    await ok(ADD, { input: { ideaId: idea, body: 'Réponse de l’auteur' } }, 'member');
    const rows = await t.ds.query(`SELECT user_id, payload, actor_id FROM notifications WHERE kind = 'idea.commented' AND payload->>'ideaId' = $1`, [idea]);
    expect(rows).toEqual([{ user_id: id.rep, payload: expect.objectContaining({ actorName: null }), actor_id: null }]);
  });

  it('announces a campaign’s opening once to its followers who may see it (the job, run twice)', async () => {
    const departments: { id: string; code: string }[] = await t.ds.query(`SELECT id, code FROM departments`);
    const rd = departments.find((d) => d.code === 'rd')!.id;
    const created = await ok<{ createCampaign: { id: string } }>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
      { input: { departmentId: rd, title: 'Laboratoire des matériaux 2027', audience: 'departments', audienceDepartmentIds: [rd], opensAt: new Date(Date.now() + 86_400_000).toISOString(), closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
      'rdManager',
    );
    const id_ = created.createCampaign.id;
    // Upcoming: people of its audience may follow it already; a follow from outside the audience is never told.
    await ok(FOLLOW, { t: 'campaign', id: id_ }, 'rdMember');
    await ok(FOLLOW, { t: 'campaign', id: id_ }, 'rdOther');
    await t.ds.query(`INSERT INTO follows (user_id, subject_type, subject_id) VALUES ($1, 'campaign', $2)`, [id.outsider, id_]);
    const service = t.app.get(FollowsService);
    await service.announceOpenings();
    expect(await t.ds.query(`SELECT 1 FROM notifications WHERE kind = 'campaign.opened' AND payload->>'campaignId' = $1`, [id_])).toEqual([]);

    await t.ds.query(`UPDATE campaigns SET opens_at = now() - interval '1 minute' WHERE id = $1`, [id_]);
    await Promise.all([service.announceOpenings(), service.announceOpenings()]);
    await service.announceOpenings();
    const rows: { user_id: string; payload: Record<string, unknown> }[] = await t.ds.query(
      `SELECT user_id, payload FROM notifications WHERE kind = 'campaign.opened' AND payload->>'campaignId' = $1 ORDER BY user_id`,
      [id_],
    );
    expect(rows.map((r) => r.user_id)).toEqual([id.rdMember, id.rdOther].sort());
    expect(rows[0].payload).toEqual({ campaignId: id_, campaignTitle: 'Laboratoire des matériaux 2027' });
  });

  it('moves a merged idea’s comments (with the count) and followers to the idea that absorbs it', async () => {
    const source = await freshIdea(campaign.qvt, 'member');
    const target = await freshIdea(campaign.qvt, 'rep');
    await ok(ADD, { input: { ideaId: source, body: 'Sur la source' } }, 'english');
    await ok(ADD, { input: { ideaId: source, body: 'Encore sur la source' } }, 'rdMember');
    await ok(ADD, { input: { ideaId: target, body: 'Sur la cible' } }, 'english');
    const merged = await t.gql(`mutation($s: ID!, $t: ID!) { mergeIdeas(sourceId: $s, targetId: $t) { target { id commentCount } } }`, { s: source, t: target }, cookie.hub);
    expect(merged.errors).toBeUndefined();
    const [counts] = await t.ds.query(
      `SELECT (SELECT comment_count FROM idea_tallies WHERE idea_id = $1) AS source, (SELECT comment_count FROM idea_tallies WHERE idea_id = $2) AS target,
              (SELECT count(*)::int FROM comments WHERE idea_id = $2) AS rows`,
      [source, target],
    );
    expect(counts).toEqual({ source: 0, target: 3, rows: 3 });
    const followers: { user_id: string }[] = await t.ds.query(`SELECT user_id FROM follows WHERE subject_type = 'idea' AND subject_id = $1 ORDER BY user_id`, [target]);
    expect(followers.map((f) => f.user_id)).toEqual([id.member, id.rep, id.english, id.rdMember].sort());
    expect(await t.ds.query(`SELECT 1 FROM follows WHERE subject_type = 'idea' AND subject_id = $1`, [source])).toEqual([]);
    // The merged idea takes no new comments: they belong with the idea that absorbed it.
    expect(code(await t.gql(ADD, { input: { ideaId: source, body: 'Trop tard' } }, cookie.member))).toBe('BAD_USER_INPUT');
  });
});
