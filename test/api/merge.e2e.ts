import { IdeaMergeHooks } from '../../server/src/modules/ideas';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Merging duplicates: votes move without double counting (a person who voted on both keeps the
 * target's vote; the dropped vote's budget unit comes back), counters recounted, the merged idea
 * redirects (mergedInto), its voters and author are told, the action is audited, merge hooks run in
 * the same transaction (a failing one undoes everything), rights, bad input, and races.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  author: EMAIL('zoe.martin'),
  onlySource: EMAIL('olivia.bennett'),
  onlyTarget: EMAIL('lucas.girard'),
  bothOpposite: EMAIL('grace.thompson'),
  bothSame: EMAIL('hannah.schmidt'),
  rhRep: EMAIL('romain.chevalier'), // runs the HR campaign (qvt)
  manager: EMAIL('claire.dubois'), // Marketing: does not run it
  hub: EMAIL('camille.laurent'),
};
type Person = keyof typeof PEOPLE;

const MERGE = `mutation($s: ID!, $t: ID!) { mergeIdeas(sourceId: $s, targetId: $t) { movedVotes mergedVotes refundedVotes target { id upVotes downVotes } } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { id mergedIntoId mergedInto { id title } links { kind direction idea { id } } } }`;
const VOTE = `mutation($id: ID!, $v: VoteValue!) { vote(ideaId: $id, value: $v) { remainingVotes } }`;
const REMAINING = `query($c: ID!) { campaign(id: $c) { myRemainingVotes } }`;

describe('merging ideas', () => {
  let t: TestApp;
  const cookie: Partial<Record<Person, string>> = {};
  const uid: Partial<Record<Person, string>> = {};
  let qvt: string;
  let clients: string;

  const ok = async <T>(query: string, vars: Record<string, unknown>, as: Person) => {
    const res = await t.gql<T>(query, vars, cookie[as]);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
  const post = async (as: Person, c: string, title: string) =>
    (await ok<{ createIdea: { id: string } }>(`mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id } }`, { i: { campaignId: c, title } }, as)).createIdea.id;
  const remaining = async (as: Person) => (await ok<{ campaign: { myRemainingVotes: number } }>(REMAINING, { c: qvt }, as)).campaign.myRemainingVotes;
  const snapshot = async () =>
    JSON.stringify(
      await t.ds.query(`SELECT (SELECT md5(string_agg(concat_ws('|', idea_id, user_id, value, refunded_at), ',' ORDER BY idea_id, user_id)) FROM idea_votes) AS v,
                               (SELECT md5(string_agg(concat_ws('|', campaign_id, user_id, used), ',' ORDER BY campaign_id, user_id)) FROM campaign_vote_budgets) AS b,
                               (SELECT md5(string_agg(concat_ws('|', id, up_votes, down_votes, merged_into_id), ',' ORDER BY id)) FROM ideas JOIN idea_tallies ON idea_id = id) AS i,
                               (SELECT count(*) FROM idea_links) AS l, (SELECT count(*) FROM audit_log) AS a, (SELECT count(*) FROM notifications) AS n`),
    );
  /** The counters agree with the votes. */
  const countersExact = async () => {
    const wrong = await t.ds.query(`SELECT i.idea_id FROM idea_tallies i LEFT JOIN (SELECT idea_id, count(*) FILTER (WHERE value = 1)::int AS up, count(*) FILTER (WHERE value = -1)::int AS down FROM idea_votes GROUP BY idea_id) v ON v.idea_id = i.idea_id
                                     WHERE i.up_votes <> coalesce(v.up, 0) OR i.down_votes <> coalesce(v.down, 0)`);
    expect(wrong).toEqual([]);
    const budgets = await t.ds.query(`SELECT b.user_id FROM campaign_vote_budgets b LEFT JOIN (SELECT campaign_id, user_id, count(*)::int AS n FROM idea_votes WHERE refunded_at IS NULL GROUP BY 1, 2) v
                                       ON v.campaign_id = b.campaign_id AND v.user_id = b.user_id WHERE b.used <> coalesce(v.n, 0)`);
    expect(budgets).toEqual([]);
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const [p, email] of Object.entries(PEOPLE)) {
      cookie[p as Person] = await t.signIn(email);
      uid[p as Person] = await t.userId(email);
    }
    for (const c of await t.ds.query(`SELECT id, title FROM campaigns`)) {
      if (c.title.startsWith('Qualité')) qvt = c.id;
      if (c.title.startsWith('Mieux servir')) clients = c.id;
    }
    // Room in everyone's budget: the demo's votes of these people in the campaign go.
    await t.ds.query(`DELETE FROM idea_votes WHERE campaign_id = $1 AND user_id = ANY($2::uuid[])`, [qvt, Object.values(uid)]);
    await t.ds.query(`UPDATE idea_tallies i SET up_votes = (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.idea_id AND v.value = 1), down_votes = (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.idea_id AND v.value = -1) WHERE campaign_id = $1`, [qvt]);
    await t.ds.query(`UPDATE campaign_vote_budgets SET used = 0 WHERE campaign_id = $1 AND user_id = ANY($2::uuid[])`, [qvt, Object.values(uid)]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('moves votes without double counting, gives dropped budget votes back, redirects, tells and audits', async () => {
    const source = await post('author', qvt, 'Des vélos de service pour les trajets entre sites');
    const target = await post('onlyTarget', qvt, 'Une flotte de vélos partagés entre les sites');
    await ok(VOTE, { id: source, v: 'up' }, 'onlySource');
    await ok(VOTE, { id: target, v: 'up' }, 'onlyTarget');
    await ok(VOTE, { id: source, v: 'down' }, 'bothOpposite');
    await ok(VOTE, { id: target, v: 'up' }, 'bothOpposite');
    await ok(VOTE, { id: source, v: 'up' }, 'bothSame');
    await ok(VOTE, { id: target, v: 'up' }, 'bothSame');
    expect(await remaining('bothSame')).toBe(3);

    const merged = (await ok<{ mergeIdeas: { movedVotes: number; mergedVotes: number; refundedVotes: number; target: { id: string; upVotes: number; downVotes: number } } }>(MERGE, { s: source, t: target }, 'rhRep')).mergeIdeas;
    expect(merged).toMatchObject({ movedVotes: 1, mergedVotes: 2, refundedVotes: 2, target: { id: target, upVotes: 4, downVotes: 0 } });
    // Each person keeps one vote, the target's; the dropped ones came back.
    const votes = await t.ds.query(`SELECT user_id, value FROM idea_votes WHERE idea_id = $1 ORDER BY user_id`, [target]);
    expect(votes.map((v: { user_id: string }) => v.user_id).sort()).toEqual([uid.onlySource, uid.onlyTarget, uid.bothOpposite, uid.bothSame].sort());
    expect(votes.find((v: { user_id: string }) => v.user_id === uid.bothOpposite).value).toBe(1);
    expect(await t.ds.query(`SELECT 1 FROM idea_votes WHERE idea_id = $1`, [source])).toEqual([]);
    expect(await remaining('bothSame')).toBe(4);
    expect(await remaining('bothOpposite')).toBe(4);
    expect(await remaining('onlySource')).toBe(4);
    await countersExact();

    // The merged idea redirects; it is off the board and cannot be voted on.
    const page = (await ok<{ idea: { mergedIntoId: string; mergedInto: { id: string }; links: { kind: string; direction: string; idea: { id: string } }[] } }>(IDEA, { id: source }, 'onlySource')).idea;
    expect(page.mergedIntoId).toBe(target);
    expect(page.mergedInto.id).toBe(target);
    expect(page.links).toContainEqual({ kind: 'duplicates', direction: 'outgoing', idea: { id: target } });
    const board = await ok<{ ideas: { nodes: { id: string }[] } }>(`query($c: ID!) { ideas(campaignId: $c, first: 100) { nodes { id } } }`, { c: qvt }, 'onlySource');
    expect(board.ideas.nodes.map((n) => n.id)).not.toContain(source);
    expect(code(await t.gql(VOTE, { id: source, v: 'up' }, cookie.onlySource))).toBe('IDEA_NOT_FOUND');

    // Voters of the merged idea and its author are told, with the counts; refunded voters too.
    const told = await t.ds.query(`SELECT user_id, payload FROM notifications WHERE kind = 'idea.merged' AND subject_id = $1`, [source]);
    expect(told.map((n: { user_id: string }) => n.user_id).sort()).toEqual([uid.author, uid.onlySource, uid.bothOpposite, uid.bothSame].sort());
    expect(told[0].payload).toMatchObject({ ideaId: source, intoIdeaId: target, campaignId: qvt, movedVotes: 1, mergedVotes: 2 });
    const refunded = await t.ds.query(`SELECT user_id FROM notifications WHERE kind = 'vote.refunded' AND subject_id = $1`, [source]);
    expect(refunded.map((n: { user_id: string }) => n.user_id).sort()).toEqual([uid.bothOpposite, uid.bothSame].sort());
    const [entry] = await t.ds.query(`SELECT actor_id, data FROM audit_log WHERE action = 'idea.merge' AND target_id = $1`, [source]);
    expect(entry.actor_id).toBe(uid.rhRep);
    expect(entry.data).toMatchObject({ into: target, movedVotes: 1, mergedVotes: 2, refundedVotes: 2 });
  });

  it('undoes whole a vote that waited on its idea while it was merged away or hidden, and answers not found', async () => {
    for (const change of ['merged_into_id = $2', 'hidden_at = now()']) {
      const source = await post('author', qvt, `Un potager sur le toit (${change.split(' ')[0]})`);
      const target = await post('onlyTarget', qvt, `Des jardins partagés sur les toits (${change.split(' ')[0]})`);
      const left = await remaining('hub');
      // The merge's (or a hide's) transaction, held open with the ideas' rows locked as the merge locks them.
      const held = t.ds.createQueryRunner();
      await held.connect();
      try {
        await held.startTransaction();
        await held.query(`SELECT id FROM ideas WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[source, target]]);
        const vote = t.gql(VOTE, { id: source, v: 'up' }, cookie.hub);
        // The vote saw its idea on the board and now waits on the idea's row (its key check).
        await eventually(async () => {
          const [w] = await t.ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%ruche_cast_votes%'`);
          expect(w.n).toBe(1);
        });
        await held.query(`UPDATE ideas SET ${change} WHERE id = $1`, change.includes('$2') ? [source, target] : [source]);
        await held.commitTransaction();
        expect(code(await vote)).toBe('IDEA_NOT_FOUND');
      } finally {
        await held.release();
      }
      expect(await t.ds.query(`SELECT 1 FROM idea_votes WHERE idea_id = $1`, [source])).toEqual([]);
      expect(await remaining('hub')).toBe(left);
      await countersExact();
    }
  });

  it('refuses merges that cannot be, and people who may not, changing nothing', async () => {
    const a = await post('author', qvt, 'Une idée A pour les refus');
    const b = await post('author', qvt, 'Une idée B pour les refus');
    const elsewhere = await post('author', clients, 'Une idée d’une autre campagne');
    const merged = await post('author', qvt, 'Une idée déjà fusionnée');
    await ok(MERGE, { s: merged, t: b }, 'hub');
    const before = await snapshot();
    expect(code(await t.gql(MERGE, { s: a, t: b }, cookie.author))).toBe('FORBIDDEN');
    expect(code(await t.gql(MERGE, { s: a, t: b }, cookie.manager))).toBe('FORBIDDEN');
    expect(code(await t.gql(MERGE, { s: a, t: a }, cookie.hub))).toBe('MERGE_NOT_ALLOWED');
    expect(code(await t.gql(MERGE, { s: a, t: elsewhere }, cookie.hub))).toBe('MERGE_NOT_ALLOWED');
    expect(code(await t.gql(MERGE, { s: merged, t: a }, cookie.hub))).toBe('MERGE_NOT_ALLOWED');
    expect(code(await t.gql(MERGE, { s: a, t: merged }, cookie.hub))).toBe('MERGE_NOT_ALLOWED');
    expect(code(await t.gql(MERGE, { s: a, t: 'garbage' }, cookie.hub))).toBe('IDEA_NOT_FOUND');
    expect(code(await t.gql(MERGE, { s: '00000000-0000-4000-8000-000000000000', t: a }, cookie.hub))).toBe('IDEA_NOT_FOUND');
    expect(code(await t.gql(MERGE, { s: a, t: b }))).toBe('UNAUTHENTICATED');
    const hidden = await post('author', qvt, 'Une idée masquée');
    await ok(`mutation($id: ID!) { hideIdea(ideaId: $id, reason: "Test de fusion") { id } }`, { id: hidden }, 'hub');
    const beforeHidden = await snapshot();
    expect(code(await t.gql(MERGE, { s: a, t: hidden }, cookie.hub))).toBe('MERGE_NOT_ALLOWED');
    expect(await snapshot()).toBe(beforeHidden);
    expect(before).not.toBe(beforeHidden);
  });

  it('moves the merged idea’s comments and followers to the target (the comments and follows modules’ merge hooks)', async () => {
    const source = await post('author', qvt, 'Un covoiturage organisé entre collègues');
    const target = await post('onlyTarget', qvt, 'Une plateforme de covoiturage interne');
    const comment = `mutation($id: ID!, $b: String!) { addComment(input: { ideaId: $id, body: $b }) { id } }`;
    await ok(comment, { id: source, b: 'Je suis partante pour conduire le lundi.' }, 'onlySource');
    await ok(comment, { id: target, b: 'Il existe des applications pour ça.' }, 'bothSame');
    await ok(`mutation($id: ID!) { follow(subjectType: idea, subjectId: $id) { following } }`, { id: source }, 'bothSame');
    await ok(MERGE, { s: source, t: target }, 'hub');
    const comments = await t.ds.query(`SELECT idea_id FROM comments WHERE idea_id = ANY($1::uuid[])`, [[source, target]]);
    expect(comments.map((c: { idea_id: string }) => c.idea_id)).toEqual([target, target]);
    const [counts] = await t.ds.query(`SELECT (SELECT comment_count FROM idea_tallies WHERE idea_id = $1) AS source, (SELECT comment_count FROM idea_tallies WHERE idea_id = $2) AS target`, [source, target]);
    expect(counts).toEqual({ source: 0, target: 2 });
    const followers = await t.ds.query(`SELECT user_id, subject_id FROM follows WHERE subject_type = 'idea' AND subject_id = ANY($1::uuid[])`, [[source, target]]);
    expect(followers.filter((f: { subject_id: string }) => f.subject_id === source)).toEqual([]);
    // The source's author and the follower now follow the target (its author already did).
    expect(followers.map((f: { user_id: string }) => f.user_id).sort()).toEqual(expect.arrayContaining([uid.author, uid.bothSame, uid.onlyTarget]));
    await countersExact();
  });

  it('runs the merge hooks in the merge’s transaction: a failing hook undoes everything', async () => {
    const hooks = t.app.get(IdeaMergeHooks);
    const seen: string[] = [];
    let fail = true;
    hooks.onMerge('test-listener', async (tx, merge) => {
      const [{ merged }] = await tx.query(`SELECT merged_into_id = $2 AS merged FROM ideas WHERE id = $1`, [merge.sourceId, merge.targetId]);
      seen.push(`${merge.sourceId}>${merge.targetId}:${merged}`);
      if (fail) throw new Error('listener failed');
    });
    const a = await post('author', qvt, 'Une idée C pour les hooks');
    const b = await post('author', qvt, 'Une idée D pour les hooks');
    await ok(VOTE, { id: a, v: 'up' }, 'onlySource');
    const before = await snapshot();
    const failed = await t.gql(MERGE, { s: a, t: b }, cookie.hub);
    expect(code(failed)).toBe('INTERNAL_SERVER_ERROR');
    expect(await snapshot()).toBe(before);
    fail = false;
    await ok(MERGE, { s: a, t: b }, 'hub');
    // The listener ran inside the transaction, where the source is already marked merged, at each attempt.
    expect(seen).toEqual([`${a}>${b}:true`, `${a}>${b}:true`]);
    expect(() => hooks.onMerge('test-listener', async () => undefined)).toThrow(/twice/);
  });

  it('lets exactly one of two racing merges of the same pair, or of a pair both ways, through', async () => {
    for (const both of [false, true]) {
      const a = await post('author', qvt, `Une idée E course ${both}`);
      const b = await post('author', qvt, `Une idée F course ${both}`);
      await ok(VOTE, { id: a, v: 'up' }, 'bothSame');
      await ok(VOTE, { id: b, v: 'down' }, 'bothSame');
      await ok(VOTE, { id: a, v: 'up' }, 'onlySource');
      const results = await Promise.all([t.gql(MERGE, { s: a, t: b }, cookie.hub), t.gql(MERGE, both ? { s: b, t: a } : { s: a, t: b }, cookie.rhRep)]);
      const codes = results.map((r) => code(r) ?? 'ok').sort();
      expect(codes).toEqual(['MERGE_NOT_ALLOWED', 'ok']);
      await countersExact();
      const [row] = await t.ds.query(`SELECT count(*) FILTER (WHERE merged_into_id IS NOT NULL)::int AS merged FROM ideas WHERE id = ANY($1::uuid[])`, [[a, b]]);
      expect(row.merged).toBe(1);
    }
  });
});
