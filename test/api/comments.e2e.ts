import type { CommentEventPayload } from '@ruche/shared';
import { COMMENT_LIMITS, mentionMarkup } from '@ruche/shared';
import { connectSocket, nextEvent, type TestSocket } from '../support/socket-client';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Comments on ideas (Hivemind): threads, markdown, edit history, deletion, mentions (only people who may
 * read the idea are told), the exact comment count under concurrency, anonymity of an anonymous idea's
 * author, live events by audience, and bad input that changes nothing.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  member: EMAIL('zoe.martin'), // Marketing
  rep: EMAIL('julien.petit'), // Marketing
  manager: EMAIL('claire.dubois'), // Marketing manager
  hub: EMAIL('camille.laurent'), // hub coordinator (moderator)
  admin: EMAIL('ethan.brooks'),
  rdMember: EMAIL('priya.sharma'), // R&D
  rdOther: EMAIL('maxime.rousseau'), // R&D
  outsider: EMAIL('james.walker'), // Sales: outside the R&D-only campaign
  anonAuthor: EMAIL('margaux.giraud'), // wrote an anonymous idea in « Mieux servir nos clients »
};
type Person = keyof typeof PEOPLE;

const COMMENT_FIELDS = `id ideaId parentId body bodyHtml isAnonymous isIdeaAuthor isMine createdAt editedAt isDeleted isHidden viewerCanEdit viewerCanDelete author { id displayName }`;
const THREADS = `query($idea: ID!, $first: Int, $after: String) { comments(ideaId: $idea, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} replies { ${COMMENT_FIELDS} } } } }`;
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { ${COMMENT_FIELDS} } }`;
const EDIT = `mutation($id: ID!, $body: String!) { editComment(id: $id, body: $body) { ${COMMENT_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteComment(id: $id) { ${COMMENT_FIELDS} replies { id } } }`;
const REVISIONS = `query($id: ID!) { commentRevisions(commentId: $id) { id body bodyHtml writtenAt replacedAt } }`;
const COUNT = `query($idea: ID!, $first: Int, $after: String) { comments(ideaId: $idea, first: $first, after: $after) { totalCount nodes { id } } }`;
const HIDE = `mutation($id: ID!) { hideComment(id: $id) { ${COMMENT_FIELDS} viewerCanModerate } }`;
const RESTORE = `mutation($id: ID!) { restoreComment(id: $id) { ${COMMENT_FIELDS} viewerCanModerate } }`;
const ONE = `query($id: ID!) { comment(id: $id) { ${COMMENT_FIELDS} replies { id } } }`;

interface Comment {
  id: string;
  ideaId: string;
  parentId: string | null;
  body: string | null;
  bodyHtml: string | null;
  isAnonymous: boolean;
  isIdeaAuthor: boolean;
  isMine: boolean;
  editedAt: string | null;
  isDeleted: boolean;
  isHidden: boolean;
  viewerCanEdit: boolean;
  viewerCanDelete: boolean;
  author: { id: string; displayName: string } | null;
  replies: Comment[];
}

describe('comments', () => {
  let t: TestApp;
  const cookie: Partial<Record<Person, string>> = {};
  const id: Partial<Record<Person, string>> = {};
  const campaign: Record<string, string> = {};
  const sockets: TestSocket[] = [];

  const add = async (as: Person, ideaId: string, body: string, parentId?: string) => {
    const res = await t.gql<{ addComment: Comment }>(ADD, { input: { ideaId, body, parentId } }, cookie[as]);
    expect(res.errors).toBeUndefined();
    return res.data!.addComment;
  };
  const threads = async (as: Person, ideaId: string, first = 20) => {
    const res = await t.gql<{ comments: { totalCount: number; nodes: Comment[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(THREADS, { idea: ideaId, first }, cookie[as]);
    expect(res.errors).toBeUndefined();
    return res.data!.comments;
  };
  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
  const freshIdea = async (c: string, as: Person, anonymous = false) => {
    const res = await t.gql<{ createIdea: { id: string } }>(`mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id } }`, { i: { campaignId: c, title: `Idée à discuter ${Math.random()}`, anonymous } }, cookie[as]);
    expect(res.errors).toBeUndefined();
    return res.data!.createIdea.id;
  };
  const notificationsFor = (commentId: string) =>
    t.ds.query(`SELECT user_id, kind, payload, actor_id FROM notifications WHERE payload->>'commentId' = $1 ORDER BY kind, user_id`, [commentId]) as Promise<
      { user_id: string; kind: string; payload: Record<string, unknown>; actor_id: string | null }[]
    >;
  const commentsTable = async () =>
    JSON.stringify(
      await t.ds.query(
        `SELECT md5(coalesce(string_agg(concat_ws('|', id, parent_id, body, edited_at, deleted_at), ',' ORDER BY id), '')) AS c,
                (SELECT count(*) FROM comment_revisions) AS r, (SELECT sum(comment_count) FROM idea_tallies) AS n, (SELECT count(*) FROM notifications) AS m FROM comments`,
      ),
    );
  const openSocket = async (as: Person) => {
    const socket = connectSocket(t.url, { Cookie: cookie[as]!, Origin: t.url });
    sockets.push(socket);
    await nextEvent(socket, 'session:ready');
    return socket;
  };

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
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  it('has the demo discussions, with counts equal to the comments', async () => {
    const [row] = await t.ds.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE parent_id IS NOT NULL)::int AS replies, (SELECT count(*)::int FROM comment_revisions) AS revisions FROM comments`);
    expect(row.n).toBeGreaterThan(10);
    expect(row.replies).toBeGreaterThan(5);
    expect(row.revisions).toBeGreaterThan(0);
    const mismatched = await t.ds.query(`SELECT i.idea_id FROM idea_tallies i WHERE i.comment_count <> (SELECT count(*) FROM comments c WHERE c.idea_id = i.idea_id AND c.deleted_at IS NULL AND c.hidden_at IS NULL)`);
    expect(mismatched).toEqual([]);
    const [mention] = await t.ds.query(`SELECT body_html FROM comments WHERE body LIKE '%](user:%' LIMIT 1`);
    expect(mention.body_html).toMatch(/<a href="\/people\/[0-9a-f-]{36}" class="mention">@/);
  });

  describe('threads', () => {
    it('keeps threads one level deep: a reply to a reply joins its root; oldest first; counted exactly', async () => {
      const idea = await freshIdea(campaign.clients, 'member');
      const root = await add('member', idea, 'Première remarque');
      const reply = await add('rep', idea, 'Une réponse', root.id);
      const replyToReply = await add('manager', idea, 'Une réponse à la réponse', reply.id);
      const second = await add('rep', idea, 'Un autre fil');
      expect([reply.parentId, replyToReply.parentId, second.parentId]).toEqual([root.id, root.id, null]);
      const page = await threads('member', idea);
      expect(page.totalCount).toBe(4);
      expect(page.nodes.map((n) => n.id)).toEqual([root.id, second.id]);
      expect(page.nodes[0].replies.map((r) => r.id)).toEqual([reply.id, replyToReply.id]);
      expect(page.nodes[0].author!.id).toBe(id.member);
      expect(page.nodes[0].isIdeaAuthor).toBe(true);
      expect(page.nodes[0].replies[0].isIdeaAuthor).toBe(false);
      const [{ comment_count }] = await t.ds.query(`SELECT comment_count FROM idea_tallies WHERE idea_id = $1`, [idea]);
      expect(comment_count).toBe(4);
      // Pages of one thread: no thread skipped or repeated.
      const first = await t.gql<{ comments: { nodes: Comment[]; pageInfo: { endCursor: string } } }>(THREADS, { idea, first: 1 }, cookie.member);
      const next = await t.gql<{ comments: { nodes: Comment[]; pageInfo: { hasNextPage: boolean } } }>(THREADS, { idea, first: 1, after: first.data!.comments.pageInfo.endCursor }, cookie.member);
      expect([...first.data!.comments.nodes, ...next.data!.comments.nodes].map((n) => n.id)).toEqual([root.id, second.id]);
      expect(next.data!.comments.pageInfo.hasNextPage).toBe(false);
    });

    it('renders markdown safely: scripts, handlers and javascript links never come back', async () => {
      const idea = await freshIdea(campaign.clients, 'member');
      const c = await add('rep', idea, '**Important** <script>alert(1)</script><img src=x onerror="alert(2)"> [lien](javascript:alert(3)) <a href="https://example.com" onclick="x()">ok</a>');
      expect(c.bodyHtml).toContain('<strong>Important</strong>');
      expect(c.bodyHtml).not.toMatch(/<script|onerror|onclick|javascript:|<img/i);
      expect(c.body).toContain('<script>'); // the markdown stays as written, for editing
    });

    it('takes a replayed post (same text, same person, same thread, within a minute) as the same comment', async () => {
      const idea = await freshIdea(campaign.clients, 'member');
      const [a, b] = await Promise.all([add('rep', idea, 'Double clic'), add('rep', idea, 'Double clic')]);
      expect(a.id).toBe(b.id);
      const again = await add('rep', idea, 'Double clic');
      expect(again.id).toBe(a.id);
      const [{ comment_count }] = await t.ds.query(`SELECT comment_count FROM idea_tallies WHERE idea_id = $1`, [idea]);
      expect(comment_count).toBe(1);
      // Another text, or the same text in another thread, is a new comment.
      expect((await add('rep', idea, 'Double clic', a.id)).id).not.toBe(a.id);
    });

    it('keeps comment_count exact under 30 concurrent comments by 10 people', async () => {
      const idea = await freshIdea(campaign.qvt, 'member');
      const who: Person[] = ['member', 'rep', 'manager', 'hub', 'admin', 'rdMember', 'rdOther', 'outsider', 'anonAuthor', 'member'];
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => t.gql<{ addComment: Comment }>(ADD, { input: { ideaId: idea, body: `Commentaire concurrent n° ${i}` } }, cookie[who[i % who.length]])),
      );
      for (const r of results) expect(r.errors).toBeUndefined();
      expect(new Set(results.map((r) => r.data!.addComment.id)).size).toBe(30);
      const [row] = await t.ds.query(`SELECT comment_count, (SELECT count(*)::int FROM comments WHERE idea_id = $1) AS n FROM idea_tallies WHERE idea_id = $1`, [idea]);
      expect(row).toEqual({ comment_count: 30, n: 30 });
      expect((await threads('outsider', idea)).totalCount).toBe(30);
    });
  });

  describe('edit history', () => {
    it('keeps each earlier version, newest first, for whoever may read the comment; only the author edits', async () => {
      const idea = await freshIdea(campaign.clients, 'member');
      const c = await add('rep', idea, 'Version 1');
      const e1 = await t.gql<{ editComment: Comment }>(EDIT, { id: c.id, body: 'Version 2' }, cookie.rep);
      expect(e1.data!.editComment.body).toBe('Version 2');
      expect(e1.data!.editComment.editedAt).not.toBeNull();
      await t.gql(EDIT, { id: c.id, body: 'Version *3*' }, cookie.rep);
      // Replayed edit: same text, no new version.
      await t.gql(EDIT, { id: c.id, body: 'Version *3*' }, cookie.rep);
      const revisions = await t.gql<{ commentRevisions: { body: string; writtenAt: string; replacedAt: string }[] }>(REVISIONS, { id: c.id }, cookie.outsider);
      expect(revisions.data!.commentRevisions.map((r) => r.body)).toEqual(['Version 2', 'Version 1']);
      const [v2, v1] = revisions.data!.commentRevisions;
      expect(Date.parse(v1.replacedAt)).toBeLessThanOrEqual(Date.parse(v2.writtenAt) + 1);
      const [now] = (await threads('member', idea)).nodes;
      expect(now.bodyHtml).toBe('<p>Version <em>3</em></p>');
      expect(now.viewerCanEdit).toBe(false); // not mine
      const before = await commentsTable();
      for (const as of ['member', 'manager', 'hub', 'admin'] as Person[]) expect(code(await t.gql(EDIT, { id: c.id, body: 'Pris' }, cookie[as]))).toBe('FORBIDDEN');
      expect(await commentsTable()).toBe(before);
    });
  });

  describe('deletion', () => {
    it('leaves "comment deleted" in place of a root with replies; its text and history gone; counted once', async () => {
      const idea = await freshIdea(campaign.clients, 'member');
      const root = await add('rep', idea, 'À supprimer');
      await t.gql(EDIT, { id: root.id, body: 'À supprimer (modifié)' }, cookie.rep);
      const reply = await add('member', idea, 'Réponse qui reste', root.id);
      expect(code(await t.gql(DELETE, { id: root.id }, cookie.member))).toBe('FORBIDDEN');
      const res = await t.gql<{ deleteComment: Comment }>(DELETE, { id: root.id }, cookie.rep);
      expect(res.data!.deleteComment).toMatchObject({ isDeleted: true, body: null, bodyHtml: null, author: null, viewerCanDelete: false });
      const again = await t.gql<{ deleteComment: Comment }>(DELETE, { id: root.id }, cookie.rep);
      expect(again.data!.deleteComment.isDeleted).toBe(true);
      const page = await threads('manager', idea);
      expect(page.totalCount).toBe(1);
      expect(page.nodes).toHaveLength(1);
      expect(page.nodes[0]).toMatchObject({ id: root.id, isDeleted: true, body: null, author: null });
      expect(page.nodes[0].replies.map((r) => r.id)).toEqual([reply.id]);
      const [stored] = await t.ds.query(`SELECT body, body_html, (SELECT count(*)::int FROM comment_revisions WHERE comment_id = $1) AS revisions FROM comments WHERE id = $1`, [root.id]);
      expect(stored).toEqual({ body: '', body_html: '', revisions: 0 });
      expect((await t.gql<{ commentRevisions: unknown[] }>(REVISIONS, { id: root.id }, cookie.rep)).data!.commentRevisions).toEqual([]);
      // Deleted, editing it is as if it did not exist.
      expect(code(await t.gql(EDIT, { id: root.id, body: 'Ressuscité' }, cookie.rep))).toBe('COMMENT_NOT_FOUND');
      // Replies to a deleted comment are refused too.
      expect(code(await t.gql(ADD, { input: { ideaId: idea, parentId: root.id, body: 'Encore' } }, cookie.member))).toBe('COMMENT_NOT_FOUND');
      // A deleted reply simply disappears; a root without live replies too.
      await t.gql(DELETE, { id: reply.id }, cookie.member);
      expect(await threads('manager', idea)).toMatchObject({ totalCount: 0, nodes: [] });
    });

    it('lets a moderator delete someone else’s comment, audited', async () => {
      const idea = await freshIdea(campaign.clients, 'member');
      const c = await add('rep', idea, 'Propos déplacés');
      const res = await t.gql<{ deleteComment: Comment }>(DELETE, { id: c.id }, cookie.hub);
      expect(res.data!.deleteComment.isDeleted).toBe(true);
      const audit = await t.ds.query(`SELECT actor_id, target_id, data FROM audit_log WHERE action = 'comment.delete' AND target_id = $1`, [c.id]);
      expect(audit).toEqual([{ actor_id: id.hub, target_id: c.id, data: { ideaId: idea } }]);
      // The author's own deletion is not a moderator action: no audit entry.
      const own = await add('rep', idea, 'Je retire');
      await t.gql(DELETE, { id: own.id }, cookie.rep);
      expect(await t.ds.query(`SELECT 1 FROM audit_log WHERE target_id = $1`, [own.id])).toEqual([]);
    });
  });

  describe('moderation', () => {
    it('hides a comment from all but the campaign’s moderators (audited, out of the count), and restores it', async () => {
      const idea = await freshIdea(campaign.clients, 'member');
      const root = await add('rep', idea, 'Propos limite');
      const reply = await add('member', idea, 'Une réponse sous le propos', root.id);
      const lone = await add('rep', idea, 'Autre propos limite');
      for (const as of ['member', 'rep', 'manager'] as Person[]) expect(code(await t.gql(HIDE, { id: root.id }, cookie[as]))).toBe('FORBIDDEN');
      const hidden = await t.gql<{ hideComment: Comment & { viewerCanModerate: boolean } }>(HIDE, { id: root.id }, cookie.hub);
      expect(hidden.data!.hideComment).toMatchObject({ isHidden: true, body: 'Propos limite', viewerCanModerate: true });
      await t.gql(HIDE, { id: root.id }, cookie.admin); // again: nothing changes
      await t.gql(HIDE, { id: lone.id }, cookie.hub);
      expect(await t.ds.query(`SELECT actor_id FROM audit_log WHERE action = 'comment.hide' AND target_id = $1`, [root.id])).toEqual([{ actor_id: id.hub }]);

      // Everyone else: the root keeps its place for its reply, without text or author; the lone one is gone.
      const seen = await threads('manager', idea);
      expect(seen.totalCount).toBe(1);
      expect(seen.nodes.map((n) => n.id)).toEqual([root.id]);
      expect(seen.nodes[0]).toMatchObject({ isHidden: true, body: null, bodyHtml: null, author: null, viewerCanDelete: false });
      expect(seen.nodes[0].replies.map((r) => r.id)).toEqual([reply.id]);
      expect(code(await t.gql(ONE, { id: lone.id }, cookie.rep))).toBe('COMMENT_NOT_FOUND');
      expect(code(await t.gql(REVISIONS, { id: lone.id }, cookie.rep))).toBe('COMMENT_NOT_FOUND');
      expect(code(await t.gql(EDIT, { id: lone.id, body: 'x' }, cookie.rep))).toBe('COMMENT_NOT_FOUND');
      expect(code(await t.gql(ADD, { input: { ideaId: idea, parentId: lone.id, body: 'x' } }, cookie.member))).toBe('COMMENT_NOT_FOUND');
      // Moderators still read all of it.
      const forHub = await threads('hub', idea);
      expect(forHub.nodes.map((n) => [n.id, n.body])).toEqual([
        [root.id, 'Propos limite'],
        [lone.id, 'Autre propos limite'],
      ]);

      const restored = await t.gql<{ restoreComment: Comment }>(RESTORE, { id: lone.id }, cookie.hub);
      expect(restored.data!.restoreComment.isHidden).toBe(false);
      expect((await threads('rep', idea)).totalCount).toBe(2);
      const [{ comment_count }] = await t.ds.query(`SELECT comment_count FROM idea_tallies WHERE idea_id = $1`, [idea]);
      expect(comment_count).toBe(2);
      // Deleting a hidden comment does not count it out twice.
      await t.gql(DELETE, { id: root.id }, cookie.hub);
      expect((await t.ds.query(`SELECT comment_count FROM idea_tallies WHERE idea_id = $1`, [idea]))[0].comment_count).toBe(2);
    });
  });

  describe('mentions', () => {
    it('tell the people mentioned who may read the idea, never someone outside a restricted campaign', async () => {
      const idea = await freshIdea(campaign.packaging, 'rdMember');
      const body = `Qu’en pensez-vous ${mentionMarkup('Maxime', id.rdOther!)} et ${mentionMarkup('James', id.outsider!)} ? cc ${mentionMarkup('Camille', id.hub!)} ${mentionMarkup('Moi', id.rdMember!)}`;
      const c = await add('rdMember', idea, body);
      expect(c.bodyHtml).toContain(`<a href="/people/${id.rdOther}" class="mention">@Maxime</a>`);
      const sent = await notificationsFor(c.id);
      expect(sent.filter((n) => n.kind === 'comment.mentioned').map((n) => n.user_id).sort()).toEqual([id.rdOther, id.hub].sort());
      expect(sent.some((n) => n.user_id === id.outsider || n.user_id === id.rdMember)).toBe(false);
      expect(sent.find((n) => n.user_id === id.rdOther)!.payload).toEqual({ ideaId: idea, ideaTitle: expect.any(String), campaignId: campaign.packaging, commentId: c.id, actorName: 'Priya Sharma' });
      // The mentioned person reads it; the outsider still cannot.
      expect(code(await t.gql(ONE, { id: c.id }, cookie.outsider))).toBe('IDEA_NOT_FOUND');
      expect((await t.gql<{ comment: Comment }>(ONE, { id: c.id }, cookie.rdOther)).data!.comment.id).toBe(c.id);
    });

    it('caps mentions per comment and tells people newly mentioned by an edit once', async () => {
      const idea = await freshIdea(campaign.clients, 'member');
      const everyone: { id: string }[] = await t.ds.query(`SELECT id FROM users WHERE deactivated_at IS NULL AND id <> $1 ORDER BY email LIMIT 15`, [id.rep]);
      const c = await add('rep', idea, everyone.map((u, i) => mentionMarkup(`P${i}`, u.id)).join(' '));
      const mentioned = (await notificationsFor(c.id)).filter((n) => n.kind === 'comment.mentioned');
      expect(mentioned.length).toBeLessThanOrEqual(COMMENT_LIMITS.mentionsMax);
      expect(mentioned.map((n) => n.user_id).sort()).toEqual(everyone.slice(0, COMMENT_LIMITS.mentionsMax).map((u) => u.id).sort());

      const d = await add('rep', idea, 'Sans mention');
      await t.gql(EDIT, { id: d.id, body: `Avec ${mentionMarkup('Zoé', id.member!)}` }, cookie.rep);
      await t.gql(EDIT, { id: d.id, body: `Avec ${mentionMarkup('Zoé', id.member!)} (corrigé)` }, cookie.rep);
      expect((await notificationsFor(d.id)).filter((n) => n.kind === 'comment.mentioned').map((n) => n.user_id)).toEqual([id.member]);
    });
  });

  describe('anonymity', () => {
    it('never unmasks an anonymous idea’s author who comments on it: not in comments, notifications or socket payloads', async () => {
      const idea = await freshIdea(campaign.clients, 'anonAuthor', true);
      const listener = await openSocket('member');
      const events: unknown[] = [];
      listener.onAny((...args: unknown[]) => events.push(args));
      const question = await add('member', idea, `Qui a eu cette idée ? ${mentionMarkup('Zoé', id.member!)}`);
      const heard = nextEvent<CommentEventPayload>(listener, 'comment:added');
      const answer = await add('anonAuthor', idea, `C’est moi, l’auteur. ${mentionMarkup('Julien', id.rep!)}`, question.id);
      expect(await heard).toEqual({ ideaId: idea, campaignId: campaign.clients, commentId: answer.id, parentId: question.id, commentCount: 2 });
      expect(answer).toMatchObject({ isAnonymous: true, isIdeaAuthor: true, author: null, isMine: true });

      const asOthers = JSON.stringify([await threads('member', idea), await threads('hub', idea), await threads('admin', idea)]);
      const notes = await notificationsFor(answer.id);
      // The question's author follows the idea now (commenter) and the rep was mentioned: both told, without a name.
      expect(notes.map((n) => [n.kind, n.user_id]).sort()).toEqual(
        [
          ['comment.mentioned', id.rep],
          ['idea.commented', id.member],
        ].sort(),
      );
      for (const n of notes) {
        expect(n.payload.actorName).toBeNull();
        expect(n.actor_id).toBeNull();
      }
      const everything = asOthers + JSON.stringify(notes) + JSON.stringify(events);
      for (const secret of [id.anonAuthor!, PEOPLE.anonAuthor, 'Margaux', 'Giraud']) expect(everything.includes(secret)).toBe(false);
      const [stored] = await t.ds.query(`SELECT anonymous, author_id FROM comments WHERE id = $1`, [answer.id]);
      expect(stored).toEqual({ anonymous: true, author_id: id.anonAuthor }); // kept for abuse moderation only
    });
  });

  describe('live events', () => {
    it('sends comment:added and comment:updated to the idea’s audience only, with ids and the count', async () => {
      const restricted = await freshIdea(campaign.packaging, 'rdMember');
      const open = await freshIdea(campaign.clients, 'member');
      const rd = await openSocket('rdOther');
      const outsider = await openSocket('outsider');
      const seenByOutsider: CommentEventPayload[] = [];
      outsider.on('comment:added', (p) => seenByOutsider.push(p));

      const rdHeard = nextEvent<CommentEventPayload>(rd, 'comment:added');
      const c = await add('rdMember', restricted, 'Réservé à la R&D');
      expect(await rdHeard).toEqual({ ideaId: restricted, campaignId: campaign.packaging, commentId: c.id, parentId: null, commentCount: 1 });
      const updated = nextEvent<CommentEventPayload>(rd, 'comment:updated');
      await t.gql(EDIT, { id: c.id, body: 'Réservé à la R&D (précisé)' }, cookie.rdMember);
      expect((await updated).commentId).toBe(c.id);
      const deleted = nextEvent<CommentEventPayload>(rd, 'comment:updated');
      await t.gql(DELETE, { id: c.id }, cookie.rdMember);
      expect(await deleted).toMatchObject({ commentId: c.id, commentCount: 0 });

      // A broadcast after it reaches the outsider first: the restricted event never did.
      const outsiderHeard = nextEvent<CommentEventPayload>(outsider, 'comment:added');
      const o = await add('member', open, 'Pour tout le monde');
      expect((await outsiderHeard).commentId).toBe(o.id);
      expect(seenByOutsider.map((p) => p.commentId)).toEqual([o.id]);
    });
  });

  describe('bad input', () => {
    it('refuses with a coded error and changes nothing', async () => {
      const idea = await freshIdea(campaign.clients, 'member');
      const other = await freshIdea(campaign.qvt, 'member');
      const otherComment = await add('member', other, 'Ailleurs');
      const mine = await add('member', idea, 'À moi');
      const restricted = (await t.ds.query(`SELECT id FROM ideas WHERE campaign_id = $1 LIMIT 1`, [campaign.packaging]))[0].id;
      const before = await commentsTable();
      const cases: [string, Record<string, unknown>, Person, string][] = [
        [ADD, { input: { ideaId: idea, body: 'x'.repeat(COMMENT_LIMITS.bodyMax + 1) } }, 'rep', 'BAD_USER_INPUT'],
        [ADD, { input: { ideaId: idea, body: '   \n ' } }, 'rep', 'BAD_USER_INPUT'],
        [ADD, { input: { ideaId: 'garbage', body: 'x' } }, 'rep', 'IDEA_NOT_FOUND'],
        [ADD, { input: { ideaId: '00000000-0000-4000-8000-000000000000', body: 'x' } }, 'rep', 'IDEA_NOT_FOUND'],
        [ADD, { input: { ideaId: restricted, body: 'Je m’invite' } }, 'outsider', 'IDEA_NOT_FOUND'],
        [ADD, { input: { ideaId: idea, parentId: 'garbage', body: 'x' } }, 'rep', 'COMMENT_NOT_FOUND'],
        [ADD, { input: { ideaId: idea, parentId: otherComment.id, body: 'Mauvais fil' } }, 'rep', 'COMMENT_NOT_FOUND'],
        [EDIT, { id: 'garbage', body: 'x' }, 'member', 'COMMENT_NOT_FOUND'],
        [EDIT, { id: mine.id, body: 'x'.repeat(COMMENT_LIMITS.bodyMax + 1) }, 'member', 'BAD_USER_INPUT'],
        [EDIT, { id: mine.id, body: 'Pas à toi' }, 'rep', 'FORBIDDEN'],
        [DELETE, { id: 'garbage' }, 'member', 'COMMENT_NOT_FOUND'],
        [DELETE, { id: '00000000-0000-4000-8000-000000000000' }, 'member', 'COMMENT_NOT_FOUND'],
        [DELETE, { id: mine.id }, 'rep', 'FORBIDDEN'],
        [REVISIONS, { id: 'garbage' }, 'member', 'COMMENT_NOT_FOUND'],
        [COUNT, { idea, first: 0 }, 'member', 'BAD_USER_INPUT'],
        [COUNT, { idea, first: COMMENT_LIMITS.pageSizeMax + 1 }, 'member', 'BAD_USER_INPUT'],
        [COUNT, { idea, after: 'garbage' }, 'member', 'BAD_USER_INPUT'],
        [COUNT, { idea, after: Buffer.from(JSON.stringify(['1) OR (1=1', 'x'])).toString('base64url') }, 'member', 'BAD_USER_INPUT'],
        [THREADS, { idea: restricted }, 'outsider', 'IDEA_NOT_FOUND'],
      ];
      for (const [query, variables, as, expected] of cases) {
        const res = await t.gql(query, variables, cookie[as]);
        expect([JSON.stringify(variables).slice(0, 80), code(res)]).toEqual([JSON.stringify(variables).slice(0, 80), expected]);
      }
      // Wrong types are refused by GraphQL itself.
      const wrongType = await t.gql(ADD, { input: { ideaId: idea, body: 42 } }, cookie.rep);
      expect(wrongType.errors).toBeDefined();
      expect(await commentsTable()).toBe(before);
    });

    it('closes the discussion with the campaign (deleting one’s comment still works)', async () => {
      const idea = await freshIdea(campaign.qvt, 'member');
      const c = await add('member', idea, 'Avant la clôture');
      const [saved] = await t.ds.query(`SELECT opens_at, closes_at FROM campaigns WHERE id = $1`, [campaign.qvt]);
      await t.ds.query(`UPDATE campaigns SET opens_at = now() - interval '30 days', closes_at = now() - interval '1 day' WHERE id = $1`, [campaign.qvt]);
      try {
        const before = await commentsTable();
        expect(code(await t.gql(ADD, { input: { ideaId: idea, body: 'Trop tard' } }, cookie.rep))).toBe('CAMPAIGN_CLOSED');
        expect(code(await t.gql(EDIT, { id: c.id, body: 'Trop tard' }, cookie.member))).toBe('CAMPAIGN_CLOSED');
        expect(await commentsTable()).toBe(before);
        expect((await threads('rep', idea)).nodes[0].viewerCanEdit).toBe(false);
        expect((await t.gql<{ deleteComment: Comment }>(DELETE, { id: c.id }, cookie.member)).data!.deleteComment.isDeleted).toBe(true);
      } finally {
        await t.ds.query(`UPDATE campaigns SET opens_at = $2, closes_at = $3 WHERE id = $1`, [campaign.qvt, saved.opens_at, saved.closes_at]);
      }
    });

    it('limits how fast one person may post', async () => {
      const idea = await freshIdea(campaign.clients, 'member');
      let outcome: string | undefined;
      for (let attempt = 0; attempt < 3 && outcome !== 'RATE_LIMITED'; attempt++) {
        // This minute's window already full, as after perMinute comments.
        const [{ w }] = await t.ds.query(
          `INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / 60) * 60), $2)
           ON CONFLICT (key, window_start) DO UPDATE SET hits = EXCLUDED.hits RETURNING extract(epoch FROM window_start)::int AS w`,
          [`comment:${id.hub}`, COMMENT_LIMITS.perMinute],
        );
        outcome = code(await t.gql(ADD, { input: { ideaId: idea, body: `Message ${attempt}` } }, cookie.hub));
        // Only a new minute starting between the two statements would let it through.
        if (outcome !== 'RATE_LIMITED') expect((await t.ds.query(`SELECT floor(extract(epoch FROM now()) / 60) * 60 > $1 AS moved`, [w]))[0].moved).toBe(true);
      }
      expect(outcome).toBe('RATE_LIMITED');
    });
  });
});
