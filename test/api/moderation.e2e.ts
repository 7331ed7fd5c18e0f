import { can, type Role } from '@ruche/shared';
import { connectSocket, nextEvent, type TestSocket } from '../support/socket-client';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Moderation (Hivemind curation): flags (one per person), hide and restore by the campaign's
 * moderators only, hidden ideas gone from boards, votes and sockets for everyone else, budget votes
 * given back on hiding, the moderation queue and who has one, the audited anonymity reveal, typed
 * links, an audit entry for every moderator action, and bad input changing nothing.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  member: EMAIL('zoe.martin'), // Marketing member
  other: EMAIL('olivia.bennett'), // Marketing member
  rep: EMAIL('julien.petit'), // Marketing rep
  manager: EMAIL('claire.dubois'), // Marketing manager
  rhRep: EMAIL('romain.chevalier'), // HR rep: runs the HR campaign (qvt)
  hub: EMAIL('camille.laurent'), // hub coordinator
  admin: EMAIL('ethan.brooks'), // administrator
  outsider: EMAIL('james.walker'), // Sales
};
type Person = keyof typeof PEOPLE;

const IDEA = `query($id: ID!) { idea(id: $id) { id title hiddenAt flagCount myFlag viewerCanModerate mergedIntoId links { id kind direction idea { id title } } } }`;
const FLAG = `mutation($id: ID!, $reason: FlagReason!, $note: String) { flagIdea(ideaId: $id, reason: $reason, note: $note) { id myFlag } }`;
const UNFLAG = `mutation($id: ID!) { unflagIdea(ideaId: $id) { id myFlag } }`;
const HIDE = `mutation($id: ID!, $reason: String!) { hideIdea(ideaId: $id, reason: $reason) { id hiddenAt } }`;
const RESTORE = `mutation($id: ID!) { restoreIdea(ideaId: $id) { id hiddenAt } }`;
const DISMISS = `mutation($id: ID!) { dismissIdeaFlags(ideaId: $id) { id flagCount } }`;
const QUEUE = `query($c: ID, $status: ModerationStatus, $first: Int) { moderationQueue(campaignId: $c, status: $status, first: $first) {
  totalCount nodes { openFlags lastFlaggedAt reasons { reason count } campaign { id } idea { id title hiddenAt isAnonymous author { id } } } } }`;
const REVEAL = `query($id: ID!, $reason: String!) { ideaAuthorForModeration(ideaId: $id, reason: $reason) { id email } }`;
const LINK = `mutation($from: ID!, $to: ID!, $kind: IdeaLinkKind!) { linkIdeas(fromIdeaId: $from, toIdeaId: $to, kind: $kind) { id kind direction idea { id } } }`;
const UNLINK = `mutation($id: ID!) { unlinkIdeas(linkId: $id) }`;
const BOARD = `query($c: ID!) { ideas(campaignId: $c, sort: new, first: 100) { totalCount nodes { id } } }`;
const VOTE = `mutation($id: ID!) { vote(ideaId: $id, value: up) { remainingVotes } }`;

interface Queue {
  totalCount: number;
  nodes: { openFlags: number; reasons: { reason: string; count: number }[]; campaign: { id: string }; idea: { id: string; title: string; hiddenAt: string | null; isAnonymous: boolean; author: { id: string } | null } }[];
}

describe('moderation', () => {
  let t: TestApp;
  const cookie: Partial<Record<Person, string>> = {};
  const campaign: Record<string, string> = {};
  const sockets: TestSocket[] = [];

  const ideaId = async (title: string) => (await t.ds.query(`SELECT id FROM ideas WHERE title = $1`, [title]))[0].id as string;
  const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
  const auditCount = async (action: string, target: string) => Number((await t.ds.query(`SELECT count(*) AS n FROM audit_log WHERE action = $1 AND target_id = $2`, [action, target]))[0].n);
  const ok = async <T>(query: string, vars: Record<string, unknown>, as: Person) => {
    const res = await t.gql<T>(query, vars, cookie[as]);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const postIdea = async (as: Person, c: string, title: string, anonymous = false) =>
    (await ok<{ createIdea: { id: string } }>(`mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id } }`, { i: { campaignId: c, title, anonymous } }, as)).createIdea.id;
  const snapshot = async () =>
    JSON.stringify(
      await t.ds.query(`SELECT (SELECT md5(string_agg(concat_ws('|', idea_id, user_id, reason, note, resolved_at), ',' ORDER BY idea_id, user_id)) FROM idea_flags) AS f,
                               (SELECT md5(string_agg(concat_ws('|', id, hidden_at, merged_into_id), ',' ORDER BY id)) FROM ideas) AS i,
                               (SELECT count(*) FROM idea_links) AS l, (SELECT count(*) FROM audit_log) AS a`),
    );

  beforeAll(async () => {
    t = await startTestApp();
    for (const [p, email] of Object.entries(PEOPLE)) cookie[p as Person] = await t.signIn(email);
    for (const c of await t.ds.query(`SELECT id, title FROM campaigns`)) {
      if (c.title.startsWith('Mieux servir')) campaign.clients = c.id;
      if (c.title.startsWith('Sustainable')) campaign.packaging = c.id;
      if (c.title.startsWith('Qualité')) campaign.qvt = c.id;
    }
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  describe('flags', () => {
    it('lets anyone who sees an idea flag it once, and take the flag back', async () => {
      const id = await ideaId('Un interlocuteur unique pour les grands comptes');
      expect((await ok<{ flagIdea: { myFlag: string } }>(FLAG, { id, reason: 'off_topic', note: 'Hors sujet ?' }, 'member')).flagIdea.myFlag).toBe('off_topic');
      // Again: the same single flag, with its new reason.
      expect((await ok<{ flagIdea: { myFlag: string } }>(FLAG, { id, reason: 'duplicate' }, 'member')).flagIdea.myFlag).toBe('duplicate');
      await ok(FLAG, { id, reason: 'spam' }, 'other');
      expect((await t.ds.query(`SELECT count(*)::int AS n FROM idea_flags WHERE idea_id = $1`, [id]))[0].n).toBe(2);
      // The count is for moderators only.
      expect((await ok<{ idea: { flagCount: number | null } }>(IDEA, { id }, 'member')).idea.flagCount).toBeNull();
      expect((await ok<{ idea: { flagCount: number | null } }>(IDEA, { id }, 'hub')).idea.flagCount).toBe(2);
      expect((await ok<{ unflagIdea: { myFlag: string | null } }>(UNFLAG, { id }, 'other')).unflagIdea.myFlag).toBeNull();
      expect((await ok<{ idea: { flagCount: number | null } }>(IDEA, { id }, 'hub')).idea.flagCount).toBe(1);
      // Flagging is not a moderator action: no audit entry.
      expect(await auditCount('idea.flag', id)).toBe(0);
    });

    it('refuses bad flags with coded errors and changes nothing', async () => {
      const id = await ideaId('Un interlocuteur unique pour les grands comptes');
      const restricted = await ideaId('Moulded pulp inserts instead of polystyrene');
      const before = await snapshot();
      expect(code(await t.gql(FLAG, { id, reason: 'spam', note: 'x'.repeat(501) }, cookie.member))).toBe('BAD_USER_INPUT');
      expect(code(await t.gql(FLAG, { id, reason: 'spam', note: 'bell\u0007' }, cookie.member))).toBe('BAD_USER_INPUT');
      expect(code(await t.gql(FLAG, { id, reason: 'boring' }, cookie.member))).toBeDefined();
      expect(code(await t.gql(FLAG, { id, reason: 'spam', note: 42 }, cookie.member))).toBeDefined();
      expect(code(await t.gql(FLAG, { id: 'garbage', reason: 'spam' }, cookie.member))).toBe('IDEA_NOT_FOUND');
      expect(code(await t.gql(FLAG, { id: restricted, reason: 'spam' }, cookie.outsider))).toBe('IDEA_NOT_FOUND');
      expect(code(await t.gql(FLAG, { id, reason: 'spam' }))).toBe('UNAUTHENTICATED');
      expect(await snapshot()).toBe(before);
    });
  });

  describe('hide and restore', () => {
    it('lets only the campaign’s moderators hide, with an audit entry; the idea leaves boards, votes and pages for everyone else', async () => {
      const id = await postIdea('member', campaign.clients, 'Une idée qui sera masquée');
      const before = await snapshot();
      for (const who of ['member', 'rep', 'manager', 'rhRep'] as Person[]) expect(code(await t.gql(HIDE, { id, reason: 'Hors charte' }, cookie[who]))).toBe('FORBIDDEN');
      expect(code(await t.gql(HIDE, { id, reason: 'no' }, cookie.hub))).toBe('BAD_USER_INPUT');
      expect(code(await t.gql(HIDE, { id, reason: 'x'.repeat(501) }, cookie.hub))).toBe('BAD_USER_INPUT');
      expect(await snapshot()).toBe(before);

      const socket = connectSocket(t.url, { Cookie: cookie.other!, Origin: t.url });
      sockets.push(socket);
      await nextEvent(socket, 'session:ready');
      const event = nextEvent(socket, 'idea:hidden');
      const hidden = await ok<{ hideIdea: { hiddenAt: string | null } }>(HIDE, { id, reason: 'Hors charte' }, 'hub');
      expect(hidden.hideIdea.hiddenAt).not.toBeNull();
      expect(await event).toEqual({ ideaId: id, campaignId: campaign.clients });
      const entries = await t.ds.query(`SELECT actor_id, data FROM audit_log WHERE action = 'idea.hide' AND target_id = $1`, [id]);
      expect(entries).toHaveLength(1);
      expect(entries[0].data.reason).toBe('Hors charte');
      // Again: nothing more.
      await ok(HIDE, { id, reason: 'Hors charte' }, 'hub');
      expect(await auditCount('idea.hide', id)).toBe(1);

      const board = (await ok<{ ideas: { totalCount: number; nodes: { id: string }[] } }>(BOARD, { c: campaign.clients }, 'member')).ideas;
      expect(board.nodes.map((n) => n.id)).not.toContain(id);
      expect(board.totalCount).toBe(board.nodes.length);
      expect(code(await t.gql(IDEA, { id }, cookie.member))).toBe('IDEA_NOT_FOUND');
      expect(code(await t.gql(VOTE, { id }, cookie.other))).toBe('IDEA_NOT_FOUND');
      expect(code(await t.gql(FLAG, { id, reason: 'spam' }, cookie.other))).toBe('IDEA_NOT_FOUND');
      // A person who may not moderate it cannot even tell it exists.
      expect(code(await t.gql(RESTORE, { id }, cookie.manager))).toBe('IDEA_NOT_FOUND');
      // Moderators still see it, marked.
      const seen = await ok<{ idea: { hiddenAt: string | null; viewerCanModerate: boolean } }>(IDEA, { id }, 'hub');
      expect(seen.idea.hiddenAt).not.toBeNull();
      expect(seen.idea.viewerCanModerate).toBe(true);

      await ok(FLAG, { id: await ideaId('Des fiches produit imprimables pour les vendeurs en magasin'), reason: 'other' }, 'member');
      const restoreEvent = nextEvent(socket, 'idea:restored');
      expect((await ok<{ restoreIdea: { hiddenAt: string | null } }>(RESTORE, { id }, 'hub')).restoreIdea.hiddenAt).toBeNull();
      expect(await restoreEvent).toEqual({ ideaId: id, campaignId: campaign.clients });
      expect(await auditCount('idea.restore', id)).toBe(1);
      expect((await ok<{ ideas: { nodes: { id: string }[] } }>(BOARD, { c: campaign.clients }, 'member')).ideas.nodes.map((n) => n.id)).toContain(id);
    });

    it('gives budget votes back to their voters when an idea is hidden, and tells them', async () => {
      const id = await postIdea('member', campaign.qvt, 'Une idée à budget qui sera masquée');
      const remaining = async (as: Person) =>
        (await ok<{ campaign: { myRemainingVotes: number } }>(`query($c: ID!) { campaign(id: $c) { myRemainingVotes } }`, { c: campaign.qvt }, as)).campaign.myRemainingVotes;
      // Make room in the voters' budgets first (the demo may have spent them).
      for (const who of ['other', 'rep'] as Person[]) {
        const uid = await t.userId(PEOPLE[who]);
        await t.ds.query(`DELETE FROM idea_votes WHERE user_id = $1 AND campaign_id = $2`, [uid, campaign.qvt]);
        await t.ds.query(`UPDATE campaign_vote_budgets SET used = 0 WHERE user_id = $1 AND campaign_id = $2`, [uid, campaign.qvt]);
      }
      await ok(VOTE, { id }, 'other');
      await ok(VOTE, { id }, 'rep');
      expect(await remaining('other')).toBe(4);
      await ok(HIDE, { id, reason: 'Doublon masqué' }, 'rhRep'); // the HR campaign's representative moderates it
      expect(await remaining('other')).toBe(5);
      expect(await remaining('rep')).toBe(5);
      const told = await t.ds.query(`SELECT user_id, payload FROM notifications WHERE kind = 'vote.refunded' AND subject_id = $1 ORDER BY user_id`, [id]);
      expect(told.map((n: { user_id: string }) => n.user_id).sort()).toEqual([await t.userId(PEOPLE.other), await t.userId(PEOPLE.rep)].sort());
      expect(told[0].payload).toMatchObject({ ideaId: id, votes: 1, reason: 'hidden' });
      // Restored, the idea keeps its votes; they stay given back (no second refund, no charge).
      await ok(RESTORE, { id }, 'rhRep');
      expect(await remaining('other')).toBe(5);
      const [counts] = await t.ds.query(`SELECT up_votes FROM idea_tallies WHERE idea_id = $1`, [id]);
      expect(counts.up_votes).toBe(2);
      // Retracting a vote already given back returns nothing more.
      await ok(`mutation($id: ID!) { retractVote(ideaId: $id) { remainingVotes } }`, { id }, 'other');
      expect(await remaining('other')).toBe(5);
    });

    it('records one hide and one flag under concurrent, replayed requests', async () => {
      const id = await postIdea('member', campaign.clients, 'Une idée visée par des requêtes simultanées');
      const flags = await Promise.all(Array.from({ length: 5 }, () => t.gql(FLAG, { id, reason: 'spam' }, cookie.other)));
      expect(flags.every((r) => !r.errors)).toBe(true);
      expect((await t.ds.query(`SELECT count(*)::int AS n FROM idea_flags WHERE idea_id = $1`, [id]))[0].n).toBe(1);
      const hides = await Promise.all([t.gql(HIDE, { id, reason: 'Simultané A' }, cookie.hub), t.gql(HIDE, { id, reason: 'Simultané B' }, cookie.admin), t.gql(HIDE, { id, reason: 'Simultané C' }, cookie.hub)]);
      expect(hides.every((r) => !r.errors)).toBe(true);
      expect(await auditCount('idea.hide', id)).toBe(1);
      const restores = await Promise.all([t.gql(RESTORE, { id }, cookie.hub), t.gql(RESTORE, { id }, cookie.admin)]);
      expect(restores.every((r) => !r.errors)).toBe(true);
      expect(await auditCount('idea.restore', id)).toBe(1);
    });

    it('dismisses flags with an audit entry', async () => {
      const id = await ideaId('Des fiches produit imprimables pour les vendeurs en magasin');
      expect(code(await t.gql(DISMISS, { id }, cookie.member))).toBe('FORBIDDEN');
      expect((await ok<{ dismissIdeaFlags: { flagCount: number } }>(DISMISS, { id }, 'hub')).dismissIdeaFlags.flagCount).toBe(0);
      expect(await auditCount('idea.flags_dismissed', id)).toBe(1);
      await ok(DISMISS, { id }, 'hub');
      expect(await auditCount('idea.flags_dismissed', id)).toBe(1);
    });
  });

  describe('the queue', () => {
    it('lists flagged and hidden ideas of the campaigns one moderates, as the policy says', async () => {
      const all = (await ok<{ moderationQueue: Queue }>(QUEUE, {}, 'hub')).moderationQueue;
      const titles = all.nodes.map((n) => n.idea.title);
      expect(titles).toEqual(expect.arrayContaining(['Limiter les réunions après 17 h', 'Gagnez un bon d’achat : cliquez ici']));
      expect(all.totalCount).toBeGreaterThanOrEqual(all.nodes.length);
      const spam = all.nodes.find((n) => n.idea.title.startsWith('Gagnez'))!;
      expect(spam.idea.hiddenAt).not.toBeNull();
      expect(spam.reasons).toEqual([{ reason: 'spam', count: 3 }]);
      const flagged = (await ok<{ moderationQueue: Queue }>(QUEUE, { status: 'flagged' }, 'hub')).moderationQueue;
      expect(flagged.nodes.every((n) => n.idea.hiddenAt === null && n.openFlags > 0)).toBe(true);
      const hidden = (await ok<{ moderationQueue: Queue }>(QUEUE, { status: 'hidden', c: campaign.clients }, 'hub')).moderationQueue;
      expect(hidden.nodes.every((n) => n.idea.hiddenAt !== null && n.campaign.id === campaign.clients)).toBe(true);
      // Anonymity holds in the queue too.
      for (const n of all.nodes) if (n.idea.isAnonymous) expect(n.idea.author).toBeNull();

      // Each persona's queue holds only campaigns the policy lets them moderate.
      const campaigns: { id: string; department_id: string; created_by: string }[] = await t.ds.query(`SELECT id, department_id, created_by FROM campaigns`);
      for (const who of ['member', 'rep', 'manager', 'rhRep', 'hub', 'admin'] as Person[]) {
        const [me] = await t.ds.query(`SELECT u.id, u.role, u.department_id, d.kind = 'hub' AS is_hub FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.email = $1`, [PEOPLE[who]]);
        const actor = { id: me.id, role: me.role as Role, departmentId: me.department_id, isHubMember: me.is_hub };
        const res = await t.gql<{ moderationQueue: Queue }>(QUEUE, {}, cookie[who]);
        const allowed = campaigns.filter((c) => can(actor, 'campaign.moderate', { departmentId: c.department_id, createdBy: c.created_by })).map((c) => c.id);
        if (res.errors) {
          expect(code(res)).toBe('FORBIDDEN');
          expect(allowed).toEqual([]);
        } else {
          for (const n of res.data!.moderationQueue.nodes) expect(allowed).toContain(n.campaign.id);
        }
        for (const c of campaigns) {
          const one = await t.gql(QUEUE, { c: c.id }, cookie[who]);
          if (allowed.includes(c.id)) expect(one.errors).toBeUndefined();
          else expect(['FORBIDDEN', 'CAMPAIGN_NOT_FOUND']).toContain(code(one));
        }
      }
      expect(code(await t.gql(QUEUE, {}, cookie.member))).toBe('FORBIDDEN');
      expect((await ok<{ moderationQueue: Queue }>(QUEUE, {}, 'rhRep')).moderationQueue.nodes.every((n) => n.campaign.id === campaign.qvt)).toBe(true);
    });

    it('reads only flagged and hidden ideas through their partial indexes, however many ideas there are', async () => {
      const stage = (await t.ds.query(`SELECT id FROM campaign_stages WHERE campaign_id = $1 ORDER BY position LIMIT 1`, [campaign.clients]))[0].id;
      await t.ds.query(`INSERT INTO ideas (campaign_id, title, stage_id) SELECT $1, 'Idée ' || n, $2 FROM generate_series(1, 20000) AS n`, [campaign.clients, stage]);
      await t.ds.query(`ANALYZE ideas`);
      await t.ds.query(`ANALYZE idea_flags`);
      const logged: [string, unknown[]][] = [];
      const logger = t.ds.logger as unknown as { logQuery: (q: string, p?: unknown[]) => unknown };
      const original = logger.logQuery;
      logger.logQuery = (q, p) => {
        if (q.includes('LEFT JOIN LATERAL') && q.includes('idea_flags')) logged.push([q, p ?? []]);
        return original.call(logger, q, p);
      };
      try {
        for (const status of ['all', 'flagged', 'hidden']) await ok(QUEUE, { status }, 'hub');
      } finally {
        logger.logQuery = original;
      }
      expect(logged.length).toBe(6);
      for (const [sql, params] of logged) {
        const plan: { 'QUERY PLAN': string }[] = await t.ds.query(`EXPLAIN ${sql}`, params);
        const text = plan.map((r) => r['QUERY PLAN']).join('\n');
        expect(text).not.toMatch(/Seq Scan on ideas/);
      }
    });

    it('refuses a bad page size, an unknown status and a garbage campaign', async () => {
      expect(code(await t.gql(QUEUE, { first: 0 }, cookie.hub))).toBe('BAD_USER_INPUT');
      expect(code(await t.gql(QUEUE, { first: 101 }, cookie.hub))).toBe('BAD_USER_INPUT');
      expect(code(await t.gql(QUEUE, { status: 'open' }, cookie.hub))).toBeDefined();
      expect(code(await t.gql(QUEUE, { c: 'garbage' }, cookie.hub))).toBe('CAMPAIGN_NOT_FOUND');
      expect(code(await t.gql(QUEUE, {}))).toBe('UNAUTHENTICATED');
    });
  });

  describe('anonymity reveal', () => {
    it('tells administrators who wrote an anonymous idea, with an audit entry per look and its reason', async () => {
      const id = await postIdea('member', campaign.clients, 'Une idée anonyme à vérifier', true);
      expect((await ok<{ idea: { author: null } }>(`query($id: ID!) { idea(id: $id) { author { id } } }`, { id }, 'hub')).idea.author).toBeNull();
      const before = await snapshot();
      for (const who of ['member', 'manager', 'hub'] as Person[]) expect(code(await t.gql(REVEAL, { id, reason: 'Signalement pour harcèlement' }, cookie[who]))).toBe('FORBIDDEN');
      expect(code(await t.gql(REVEAL, { id, reason: '' }, cookie.admin))).toBe('BAD_USER_INPUT');
      expect(code(await t.gql(REVEAL, { id: 'garbage', reason: 'Signalement' }, cookie.admin))).toBe('IDEA_NOT_FOUND');
      expect(await snapshot()).toBe(before);
      const seen = await ok<{ ideaAuthorForModeration: { email: string } }>(REVEAL, { id, reason: 'Signalement pour harcèlement' }, 'admin');
      expect(seen.ideaAuthorForModeration.email).toBe(PEOPLE.member);
      await ok(REVEAL, { id, reason: 'Second regard, même dossier' }, 'admin');
      const looks = await t.ds.query(`SELECT actor_id, data FROM audit_log WHERE action = 'idea.reveal_author' AND target_id = $1 ORDER BY id`, [id]);
      expect(looks.map((l: { data: { reason: string } }) => l.data.reason)).toEqual(['Signalement pour harcèlement', 'Second regard, même dossier']);
      expect(looks[0].actor_id).toBe(await t.userId(PEOPLE.admin));
      expect(looks[0].data.anonymous).toBe(true);
    });
  });

  describe('typed links', () => {
    it('lets the author or a moderator link ideas, shown on both, visibility-filtered', async () => {
      const mine = await postIdea('member', campaign.clients, 'Une idée qui prolonge une autre');
      const faq = await ideaId('Une FAQ nourrie par les vraies questions des réseaux');
      const rd = await ideaId('A returnable box for B2B deliveries');
      const before = await snapshot();
      expect(code(await t.gql(LINK, { from: faq, to: mine, kind: 'answers' }, cookie.member))).toBe('FORBIDDEN');
      expect(code(await t.gql(LINK, { from: mine, to: mine, kind: 'answers' }, cookie.member))).toBe('BAD_USER_INPUT');
      expect(code(await t.gql(LINK, { from: mine, to: rd, kind: 'builds_on' }, cookie.member))).toBe('IDEA_NOT_FOUND');
      expect(code(await t.gql(LINK, { from: mine, to: faq, kind: 'inspired_by' }, cookie.member))).toBeDefined();
      expect(await snapshot()).toBe(before);

      const link = (await ok<{ linkIdeas: { id: string; direction: string; idea: { id: string } } }>(LINK, { from: mine, to: faq, kind: 'builds_on' }, 'member')).linkIdeas;
      expect(link).toMatchObject({ direction: 'outgoing', idea: { id: faq } });
      // The same link twice is one link.
      expect((await ok<{ linkIdeas: { id: string } }>(LINK, { from: mine, to: faq, kind: 'builds_on' }, 'member')).linkIdeas.id).toBe(link.id);
      const onTarget = (await ok<{ idea: { links: { kind: string; direction: string; idea: { id: string } }[] } }>(IDEA, { id: faq }, 'other')).idea.links;
      expect(onTarget).toContainEqual(expect.objectContaining({ kind: 'builds_on', direction: 'incoming', idea: expect.objectContaining({ id: mine }) }));
      // A moderator links across campaigns; people outside the R&D audience do not see that link.
      const cross = (await ok<{ linkIdeas: { id: string } }>(LINK, { from: faq, to: rd, kind: 'answers' }, 'hub')).linkIdeas;
      expect(await auditCount('idea.link', faq)).toBe(1);
      const forMember = (await ok<{ idea: { links: { id: string }[] } }>(IDEA, { id: faq }, 'member')).idea.links.map((l) => l.id);
      expect(forMember).not.toContain(cross.id);
      expect((await ok<{ idea: { links: { id: string }[] } }>(IDEA, { id: faq }, 'hub')).idea.links.map((l) => l.id)).toContain(cross.id);
      expect(code(await t.gql(UNLINK, { id: cross.id }, cookie.member))).toBe('LINK_NOT_FOUND');
      expect(code(await t.gql(UNLINK, { id: link.id }, cookie.other))).toBe('FORBIDDEN');
      expect(code(await t.gql(UNLINK, { id: 'garbage' }, cookie.member))).toBe('LINK_NOT_FOUND');
      expect((await ok<{ unlinkIdeas: boolean }>(UNLINK, { id: link.id }, 'member')).unlinkIdeas).toBe(true);
      expect(code(await t.gql(UNLINK, { id: link.id }, cookie.member))).toBe('LINK_NOT_FOUND');
      await ok(UNLINK, { id: cross.id }, 'hub');
      expect(await auditCount('idea.unlink', faq)).toBe(1);
    });
  });
});
