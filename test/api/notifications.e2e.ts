import { NOTIFICATION_KINDS, type NotificationNewEvent, type NotificationPayloads, type NotificationUnreadEvent } from '@ruche/shared';
import { MAX_RECIPIENTS, NotificationsService } from '../../server/src/modules/notifications';
import { connectSocket, nextEvent, type TestSocket } from '../support/socket-client';
import { startTestApp, type TestApp } from '../support/test-app';

const ZOE = 'zoe.martin@maison-lumiere.example';
const JAMES = 'james.walker@maison-lumiere.example';
const HUGO = 'hugo.moreau@maison-lumiere.example';
const PRIYA = 'priya.sharma@maison-lumiere.example';
const NOBODY = '00000000-0000-4000-8000-000000000000';
const IDEA = '11111111-1111-4111-8111-111111111111';
const CAMPAIGN = '22222222-2222-4222-8222-222222222222';

const commented = (n = 1): NotificationPayloads['idea.commented'] => ({
  ideaId: IDEA,
  ideaTitle: `Idea ${n}`,
  campaignId: CAMPAIGN,
  commentId: '33333333-3333-4333-8333-333333333333',
  actorName: 'Hugo Moreau',
});

const LIST = `query($first: Int!, $after: String, $unreadOnly: Boolean! = false) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) { nodes { id kind payload subjectType subjectId createdAt readAt } pageInfo { hasNextPage endCursor } }
}`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { marked notFound unreadCount } }`;
const PREFS = `mutation($input: [NotificationPreferenceInput!]!) { updateNotificationPreferences(input: $input) { kind inApp defaultInApp } }`;

interface Node {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: string;
  readAt: string | null;
}
interface ListResult {
  notifications: { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('notification centre', () => {
  let t: TestApp;
  let service: NotificationsService;
  let zoe: string;
  let james: string;
  let hugo: string;
  let zoeCookie: string;
  let jamesCookie: string;
  const open: TestSocket[] = [];

  const socketFor = async (cookie: string) => {
    const s = connectSocket(t.url, { Cookie: cookie, Origin: t.url });
    open.push(s);
    await nextEvent(s, 'session:ready');
    return s;
  };
  const count = async (userId: string) => (await t.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [userId]))[0].n as number;
  const table = async () => JSON.stringify(await t.ds.query(`SELECT id, user_id, read_at FROM notifications ORDER BY id`));
  const prefsTable = async () => JSON.stringify(await t.ds.query(`SELECT user_id, kind, in_app FROM notification_preferences ORDER BY user_id, kind`));

  beforeAll(async () => {
    t = await startTestApp({ env: { JOBS_ENABLED: 'false' } });
    service = t.app.get(NotificationsService);
    [zoe, james, hugo] = await Promise.all([t.userId(ZOE), t.userId(JAMES), t.userId(HUGO)]);
    zoeCookie = await t.signIn(ZOE);
    jamesCookie = await t.signIn(JAMES);
  });
  beforeEach(async () => {
    await t.ds.query(`DELETE FROM notifications`);
    await t.ds.query(`DELETE FROM notification_preferences`);
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.disconnect();
  });
  afterAll(() => t.close());

  describe('notify()', () => {
    it('writes one row per distinct recipient, skipping the actor, unknown, malformed and deactivated ids', async () => {
      const priya = await t.userId(PRIYA);
      await t.ds.query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [priya]);
      try {
        const sent = await service.notify([zoe, james, zoe, zoe.toUpperCase(), hugo, NOBODY, 'not-a-uuid', priya], 'idea.commented', commented(), {
          actorId: hugo,
          subject: { type: 'idea', id: IDEA },
        });
        expect(sent.recipients.sort()).toEqual([james, zoe].sort());
        const rows = await t.ds.query(`SELECT user_id, kind, payload, subject_type, subject_id, actor_id, read_at FROM notifications ORDER BY user_id`);
        expect(rows).toHaveLength(2);
        for (const row of rows) {
          expect(row).toMatchObject({ kind: 'idea.commented', payload: commented(), subject_type: 'idea', subject_id: IDEA, actor_id: hugo, read_at: null });
        }
      } finally {
        await t.ds.query(`UPDATE users SET deactivated_at = NULL WHERE id = $1`, [priya]);
      }
    });

    it('does not store who acted when they acted anonymously (but still skips them)', async () => {
      const sent = await service.notify([zoe, hugo], 'idea.commented', { ...commented(), actorName: null }, { actorId: hugo, actorAnonymous: true });
      expect(sent.recipients).toEqual([zoe]);
      expect(await t.ds.query(`SELECT actor_id FROM notifications`)).toEqual([{ actor_id: null }]);
    });

    it('honours each recipient’s preference for the kind, and only for that kind', async () => {
      await t.gql(PREFS, { input: [{ kind: 'idea.commented', inApp: false }] }, zoeCookie);
      const sent = await service.notify([zoe, james], 'idea.commented', commented());
      expect(sent.recipients).toEqual([james]);
      const other = await service.notify([zoe], 'idea.merged', { ...commented(), intoIdeaId: IDEA, intoIdeaTitle: 'Merged' });
      expect(other.recipients).toEqual([zoe]);
      await t.gql(PREFS, { input: [{ kind: 'idea.commented', inApp: true }] }, zoeCookie);
      expect((await service.notify([zoe], 'idea.commented', commented())).recipients).toEqual([zoe]);
    });

    it('refuses a programming error before writing anything: unknown kind, oversized payload, too many recipients, bad subject', async () => {
      await expect(service.notify([zoe], 'idea.exploded' as 'idea.commented', commented())).rejects.toMatchObject({ code: 'NOTIFICATION_KIND_UNKNOWN' });
      await expect(service.notify([zoe], 'idea.commented', { ...commented(), ideaTitle: 'x'.repeat(5000) })).rejects.toThrow(RangeError);
      await expect(service.notify([zoe], 'idea.commented', null as unknown as NotificationPayloads['idea.commented'])).rejects.toThrow(TypeError);
      const many = Array.from({ length: MAX_RECIPIENTS + 1 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
      await expect(service.notify(many, 'idea.commented', commented())).rejects.toThrow(RangeError);
      await expect(service.notify([zoe], 'idea.commented', commented(), { subject: { type: 'Idea; DROP', id: IDEA } })).rejects.toThrow(TypeError);
      await expect(service.notify([zoe], 'idea.commented', commented(), { actorId: 'hugo' })).rejects.toThrow(TypeError);
      expect(await count(zoe)).toBe(0);
    });

    it('writes in the caller’s transaction: a rolled-back change notifies nobody, a committed one announces after commit', async () => {
      const s = await socketFor(zoeCookie);
      const events: NotificationNewEvent[] = [];
      s.on('notification:new', (e) => events.push(e));

      const failed = t.ds.transaction(async (tx) => {
        const sent = await service.notify([zoe], 'idea.commented', commented(1), { manager: tx });
        expect(sent.recipients).toEqual([zoe]);
        // Publishing before the commit (a caller's mistake) announces nothing: the row is not visible yet.
        await sent.publish();
        throw new Error('the change failed');
      });
      await expect(failed).rejects.toThrow('the change failed');
      expect(await count(zoe)).toBe(0);

      const sent = await t.ds.transaction((tx) => service.notify([zoe], 'idea.commented', commented(2), { manager: tx }));
      await sent.publish();
      await sent.publish(); // sent once however often it is called
      // A later event proves nothing else was sent before it on this socket (events keep their order).
      const marker = await service.notify([zoe], 'campaign.opened', { campaignId: CAMPAIGN, campaignTitle: 'Marker' });
      expect(marker.recipients).toEqual([zoe]);
      await new Promise<void>((resolve) => (events.some((e) => e.notification.kind === 'campaign.opened') ? resolve() : s.on('notification:new', (e) => e.notification.kind === 'campaign.opened' && resolve())));
      expect(events.map((e) => [e.notification.kind, (e.notification.payload as { ideaTitle?: string }).ideaTitle ?? null, e.unreadCount])).toEqual([
        ['idea.commented', 'Idea 2', 1],
        ['campaign.opened', null, 2],
      ]);
    });

    it('sends notification:new with the notification and the unread count to the recipient’s sockets only', async () => {
      const mine = await socketFor(zoeCookie);
      const again = await socketFor(zoeCookie);
      const other = await socketFor(jamesCookie);
      const otherEvents: unknown[] = [];
      other.on('notification:new', (e) => otherEvents.push(e));
      const first = nextEvent<NotificationNewEvent>(mine, 'notification:new');
      const second = nextEvent<NotificationNewEvent>(again, 'notification:new');
      await service.notify([zoe], 'idea.stage_changed', { ideaId: IDEA, ideaTitle: 'Solar roofs', campaignId: CAMPAIGN, stageName: 'Jury review', stageKind: 'review' }, { subject: { type: 'idea', id: IDEA } });
      const [a, b] = await Promise.all([first, second]);
      expect(a).toEqual(b);
      expect(a.unreadCount).toBe(1);
      expect(a.notification).toMatchObject({ kind: 'idea.stage_changed', subjectType: 'idea', subjectId: IDEA, readAt: null, payload: { stageName: 'Jury review', ideaTitle: 'Solar roofs' } });
      const [row] = await t.ds.query(`SELECT id FROM notifications WHERE user_id = $1`, [zoe]);
      expect(a.notification.id).toBe(row.id);
      // James's socket heard nothing: an event of his own arrives first.
      const his = nextEvent<NotificationNewEvent>(other, 'notification:new');
      await service.notify([james], 'campaign.opened', { campaignId: CAMPAIGN, campaignTitle: 'For James' });
      expect((await his).notification.payload).toEqual({ campaignId: CAMPAIGN, campaignTitle: 'For James' });
      expect(otherEvents).toHaveLength(1);
    });
  });

  it('reaches the recipient’s socket on another instance of the same deployment', async () => {
    const other = await startTestApp({ database: t.db, seed: false, env: { JOBS_ENABLED: 'false' } });
    try {
      const s = connectSocket(other.url, { Cookie: await other.signIn(ZOE), Origin: other.url });
      open.push(s);
      await nextEvent(s, 'session:ready');
      const heard = nextEvent<NotificationNewEvent>(s, 'notification:new');
      await service.notify([zoe], 'campaign.closing_soon', { campaignId: CAMPAIGN, campaignTitle: 'Energy', closesAt: '2026-12-01T17:00:00.000Z' });
      expect((await heard).notification.payload).toEqual({ campaignId: CAMPAIGN, campaignTitle: 'Energy', closesAt: '2026-12-01T17:00:00.000Z' });
    } finally {
      for (const s of open.splice(0)) s.disconnect();
      await other.close();
    }
  });

  describe('reading', () => {
    it('pages newest first with a keyset cursor, without gaps or repeats, also for rows created in the same instant', async () => {
      // 25 rows, ten of them sharing one created_at: the cursor must keep microseconds and the id.
      await t.ds.query(
        `INSERT INTO notifications (user_id, kind, payload, created_at)
         SELECT $1, 'idea.commented', jsonb_build_object('ideaTitle', 'n' || i), CASE WHEN i <= 10 THEN '2026-01-01T10:00:00.123456Z'::timestamptz ELSE now() - make_interval(secs => i) END
           FROM generate_series(1, 25) i`,
        [zoe],
      );
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const res: Awaited<ReturnType<typeof t.gql<ListResult>>> = await t.gql<ListResult>(LIST, { first: 10, after }, zoeCookie);
        expect(res.errors).toBeUndefined();
        const { nodes, pageInfo } = res.data!.notifications;
        seen.push(...nodes.map((n) => n.id));
        pages++;
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(25);
      const expected = await t.ds.query(`SELECT id FROM notifications WHERE user_id = $1 ORDER BY created_at DESC, id DESC`, [zoe]);
      expect(seen).toEqual(expected.map((r: { id: string }) => r.id));
    });

    it('shows each person only their own notifications and counts their unread', async () => {
      await service.notify([zoe, james], 'idea.commented', commented());
      await service.notify([zoe], 'campaign.opened', { campaignId: CAMPAIGN, campaignTitle: 'C' });
      const zoes = await t.gql<ListResult>(LIST, { first: 10 }, zoeCookie);
      const jamess = await t.gql<ListResult>(LIST, { first: 10 }, jamesCookie);
      expect(zoes.data!.notifications.nodes).toHaveLength(2);
      expect(jamess.data!.notifications.nodes).toHaveLength(1);
      expect(zoes.data!.notifications.nodes.map((n) => n.id)).not.toContain(jamess.data!.notifications.nodes[0].id);
      expect((await t.gql<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`, {}, zoeCookie)).data).toEqual({ unreadNotificationCount: 2 });
      expect((await t.gql<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`, {}, jamesCookie)).data).toEqual({ unreadNotificationCount: 1 });
    });

    it('marks own notifications read; other people’s, unknown and malformed ids count as not found and stay unread', async () => {
      await service.notify([zoe, james], 'idea.commented', commented());
      await service.notify([zoe], 'campaign.opened', { campaignId: CAMPAIGN, campaignTitle: 'C' });
      const zoes = (await t.gql<ListResult>(LIST, { first: 10 }, zoeCookie)).data!.notifications.nodes;
      const [jamesNote] = (await t.gql<ListResult>(LIST, { first: 10 }, jamesCookie)).data!.notifications.nodes;
      const res = await t.gql<{ markNotificationsRead: unknown }>(MARK, { ids: [zoes[0].id, zoes[0].id, jamesNote.id, NOBODY, "1' OR '1'='1", 'x'.repeat(5000)] }, zoeCookie);
      expect(res.errors).toBeUndefined();
      expect(res.data!.markNotificationsRead).toEqual({ marked: 1, notFound: 4, unreadCount: 1 });
      const [james1] = (await t.gql<ListResult>(LIST, { first: 10 }, jamesCookie)).data!.notifications.nodes;
      expect(james1.readAt).toBeNull();
      const unread = (await t.gql<ListResult>(LIST, { first: 10, unreadOnly: true }, zoeCookie)).data!.notifications.nodes;
      expect(unread.map((n) => n.id)).toEqual([zoes[1].id]);
      // Replayed: still counted as marked, and the first read time is kept.
      const [before] = await t.ds.query(`SELECT read_at FROM notifications WHERE id = $1`, [zoes[0].id]);
      const replay = await t.gql<{ markNotificationsRead: unknown }>(MARK, { ids: [zoes[0].id] }, zoeCookie);
      expect(replay.data!.markNotificationsRead).toEqual({ marked: 1, notFound: 0, unreadCount: 1 });
      const [after] = await t.ds.query(`SELECT read_at FROM notifications WHERE id = $1`, [zoes[0].id]);
      expect(after.read_at).toEqual(before.read_at);
    });

    it('marks all read, for the caller only, and tells the caller’s other tabs the new count', async () => {
      await service.notify([zoe, james], 'idea.commented', commented());
      await service.notify([zoe], 'idea.commented', commented(2));
      const otherTab = await socketFor(zoeCookie);
      const told = nextEvent<NotificationUnreadEvent>(otherTab, 'notification:unread');
      const res = await t.gql<{ markAllNotificationsRead: unknown }>(`mutation { markAllNotificationsRead { marked notFound unreadCount } }`, {}, zoeCookie);
      expect(res.data!.markAllNotificationsRead).toEqual({ marked: 2, notFound: 0, unreadCount: 0 });
      expect(await told).toEqual({ unreadCount: 0 });
      expect((await t.gql<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`, {}, jamesCookie)).data!.unreadNotificationCount).toBe(1);
      const again = await t.gql<{ markAllNotificationsRead: unknown }>(`mutation { markAllNotificationsRead { marked notFound unreadCount } }`, {}, zoeCookie);
      expect(again.data!.markAllNotificationsRead).toEqual({ marked: 0, notFound: 0, unreadCount: 0 });
    });

    it('answers concurrent mark-read calls for the same notifications consistently', async () => {
      await service.notify([zoe], 'idea.commented', commented(1));
      await service.notify([zoe], 'idea.commented', commented(2));
      const ids = (await t.gql<ListResult>(LIST, { first: 10 }, zoeCookie)).data!.notifications.nodes.map((n) => n.id);
      const results = await Promise.all([
        t.gql<{ markNotificationsRead: { marked: number } }>(MARK, { ids }, zoeCookie),
        t.gql<{ markNotificationsRead: { marked: number } }>(MARK, { ids }, zoeCookie),
        t.gql(`mutation { markAllNotificationsRead { marked } }`, {}, zoeCookie),
      ]);
      expect(results.every((r) => r.errors === undefined)).toBe(true);
      expect(results[0].data!.markNotificationsRead.marked).toBe(2);
      expect(results[1].data!.markNotificationsRead.marked).toBe(2);
      expect(await service.unreadCount(zoe)).toBe(0);
    });
  });

  describe('preferences', () => {
    it('lists every kind with its default, saves choices and reads them back', async () => {
      const initial = await t.gql<{ notificationPreferences: { kind: string; inApp: boolean; defaultInApp: boolean }[] }>(`{ notificationPreferences { kind inApp defaultInApp } }`, {}, zoeCookie);
      expect(initial.data!.notificationPreferences.map((p) => p.kind)).toEqual([...NOTIFICATION_KINDS]);
      expect(initial.data!.notificationPreferences.every((p) => p.inApp === p.defaultInApp)).toBe(true);
      const saved = await t.gql<{ updateNotificationPreferences: { kind: string; inApp: boolean }[] }>(
        PREFS,
        { input: [{ kind: 'campaign.opened', inApp: false }, { kind: 'vote.refunded', inApp: false }] },
        zoeCookie,
      );
      expect(saved.errors).toBeUndefined();
      const off = saved.data!.updateNotificationPreferences.filter((p) => !p.inApp).map((p) => p.kind);
      expect(off.sort()).toEqual(['campaign.opened', 'vote.refunded']);
      // Someone else's preferences are untouched.
      const his = await t.gql<{ notificationPreferences: { inApp: boolean }[] }>(`{ notificationPreferences { inApp } }`, {}, jamesCookie);
      expect(his.data!.notificationPreferences.every((p) => p.inApp)).toBe(true);
    });
  });

  describe('preferences under replay and concurrency', () => {
    it('answers concurrent and replayed updates of the same kind with one row and the last state', async () => {
      const results = await Promise.all(
        [false, true, false, false].map((inApp) => t.gql(PREFS, { input: [{ kind: 'idea.merged', inApp }] }, zoeCookie)),
      );
      expect(results.every((r) => r.errors === undefined)).toBe(true);
      const rows = await t.ds.query(`SELECT in_app FROM notification_preferences WHERE user_id = $1 AND kind = 'idea.merged'`, [zoe]);
      expect(rows).toHaveLength(1);
      const replay = await t.gql<{ updateNotificationPreferences: { kind: string; inApp: boolean }[] }>(PREFS, { input: [{ kind: 'idea.merged', inApp: false }] }, zoeCookie);
      expect(replay.data!.updateNotificationPreferences.find((p) => p.kind === 'idea.merged')!.inApp).toBe(false);
      expect(await t.ds.query(`SELECT count(*)::int AS n FROM notification_preferences WHERE user_id = $1`, [zoe])).toEqual([{ n: 1 }]);
    });
  });

  describe('bad input: a coded error and nothing changed', () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['unknown kind', PREFS, { input: [{ kind: 'idea.commented', inApp: false }, { kind: 'idea.exploded', inApp: false }] }, 'NOTIFICATION_KIND_UNKNOWN'],
      ['kind of the wrong type', PREFS, { input: [{ kind: 42, inApp: false }] }, 'BAD_USER_INPUT'],
      ['inApp of the wrong type', PREFS, { input: [{ kind: 'idea.commented', inApp: 'no' }] }, 'BAD_USER_INPUT'],
      ['the same kind twice', PREFS, { input: [{ kind: 'idea.commented', inApp: false }, { kind: 'idea.commented', inApp: true }] }, 'BAD_USER_INPUT'],
      ['oversized preference list', PREFS, { input: Array.from({ length: 50 }, () => ({ kind: 'idea.commented', inApp: false })) }, 'BAD_USER_INPUT'],
      ['oversized kind', PREFS, { input: [{ kind: 'k'.repeat(100_000), inApp: false }] }, 'NOTIFICATION_KIND_UNKNOWN'],
      ['oversized id list', MARK, { ids: Array.from({ length: 201 }, () => NOBODY) }, 'BAD_USER_INPUT'],
      ['ids of the wrong type', MARK, { ids: { nested: true } }, 'BAD_USER_INPUT'],
      ['page size 0', LIST, { first: 0 }, 'BAD_USER_INPUT'],
      ['page size over the limit', LIST, { first: 101 }, 'BAD_USER_INPUT'],
      ['forged cursor', LIST, { first: 10, after: Buffer.from(JSON.stringify(['yesterday', NOBODY])).toString('base64url') }, 'BAD_USER_INPUT'],
      ['garbage cursor', LIST, { first: 10, after: 'not a cursor' }, 'BAD_USER_INPUT'],
    ];
    for (const [name, doc, vars, code] of cases) {
      it(name, async () => {
        await service.notify([zoe], 'idea.commented', commented());
        const before = [await table(), await prefsTable()];
        const res = await t.gql(doc, vars, zoeCookie);
        expect(res.errors?.[0].extensions?.code).toBe(code);
        expect(res.data ?? null).toBeNull();
        expect([await table(), await prefsTable()]).toEqual(before);
      });
    }

    it('refuses every operation to an anonymous caller', async () => {
      await service.notify([zoe], 'idea.commented', commented());
      const [row] = await t.ds.query(`SELECT id FROM notifications`);
      const before = [await table(), await prefsTable()];
      for (const [doc, vars] of [
        [LIST, { first: 5 }],
        [`{ unreadNotificationCount }`, {}],
        [`{ notificationPreferences { kind } }`, {}],
        [MARK, { ids: [row.id] }],
        [`mutation { markAllNotificationsRead { marked } }`, {}],
        [PREFS, { input: [{ kind: 'idea.commented', inApp: false }] }],
      ] as const) {
        const res = await t.gql(doc, vars);
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      }
      expect([await table(), await prefsTable()]).toEqual(before);
    });
  });

  describe('purge', () => {
    it('deletes read notifications after 90 days and any after 365, keeping the rest; the job is registered', async () => {
      await t.ds.query(
        `INSERT INTO notifications (user_id, kind, payload, created_at, read_at) VALUES
           ($1, 'idea.commented', '{"k":"recent-read"}', now() - interval '10 days', now()),
           ($1, 'idea.commented', '{"k":"old-read"}', now() - interval '91 days', now() - interval '80 days'),
           ($1, 'idea.commented', '{"k":"old-unread"}', now() - interval '200 days', NULL),
           ($1, 'idea.commented', '{"k":"ancient-unread"}', now() - interval '366 days', NULL)`,
        [zoe],
      );
      expect(await service.purge()).toBe(2);
      const left = await t.ds.query(`SELECT payload->>'k' AS k FROM notifications ORDER BY created_at DESC`);
      expect(left.map((r: { k: string }) => r.k)).toEqual(['recent-read', 'old-unread']);
      const [job] = await t.ds.query(`SELECT interval_seconds FROM scheduled_jobs WHERE name = 'notifications.purge'`);
      expect(job).toEqual({ interval_seconds: 3600 });
    });

    it('goes away with its recipient', async () => {
      await t.ds.query(
        `INSERT INTO users (email, display_name, role, locale, auth_source) VALUES ('leaving@maison-lumiere.example', 'Leaving', 'member', 'en', 'local')`,
      );
      const leaving = await t.userId('leaving@maison-lumiere.example');
      await service.notify([leaving], 'idea.commented', commented());
      await t.ds.query(`DELETE FROM users WHERE id = $1`, [leaving]);
      expect(await count(leaving)).toBe(0);
    });
  });
});
