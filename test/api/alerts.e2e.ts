import request from 'supertest';
import type { AlertNewEvent } from '@ruche/shared';
import { AlertDetectionService } from '../../server/src/modules/alerts';
import { backtest, CountsReader, signWebhook } from '../../server/src/modules/signals';
import { eventually } from '../support/eventually';
import { countQueries } from '../support/query-counter';
import { connectSocket, nextEvent, type TestSocket } from '../support/socket-client';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Dynamic Signal alerts on real PostgreSQL: rules and who may manage them, the detection job on stored
 * per-minute counts (a burst of distinct authors through the real webhook fires exactly once, also when
 * re-run or run twice at once; one author's 30 posts fire nothing), routing by the hub model,
 * notifications and `alert:new`, feedback moving the rule's threshold, acknowledging and closing, the
 * backtest against the detector's own backtest, and bad input everywhere.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  member: EMAIL('zoe.martin'), // Marketing, member
  rep: EMAIL('julien.petit'), // Marketing, department rep
  manager: EMAIL('claire.dubois'), // Marketing, manager
  rdManager: EMAIL('elodie.lambert'), // R&D, manager
  hub: EMAIL('camille.laurent'), // hub coordinator
  hubMember: EMAIL('hugo.moreau'), // the hub, member
  admin: EMAIL('ethan.brooks'), // IT, admin
};
type Person = keyof typeof PEOPLE;
const MINUTE = 60_000;
const DAY = 86_400_000;
const RULE_FIELDS = 'id name termId watchlistId keywords kinds preset cooldownMinutes timeZone enabled departmentIds personIds multiplier usefulCount noiseCount warmUpEndsAt';
const ALERT_FIELDS =
  'id ruleId ruleName subject kind measure minute windowStart windowMinutes observed expected strength preset multiplier windowItems sentimentMean negativeShare samples { id title publishedAt sentimentLabel } status myFeedback usefulCount noiseCount recipientCount';

interface AlertShape {
  id: string;
  ruleId: string;
  subject: string;
  kind: string;
  measure: string;
  minute: string;
  windowMinutes: number;
  observed: number;
  expected: number;
  strength: number;
  multiplier: number;
  windowItems: number;
  samples: { id: string; title: string }[];
  status: string;
  myFeedback: string | null;
  usefulCount: number;
  noiseCount: number;
  recipientCount: number;
}

describe('alerts', () => {
  let t: TestApp;
  let detection: AlertDetectionService;
  const cookie: Partial<Record<Person, string>> = {};
  const user: Partial<Record<Person, string>> = {};
  const dept: Record<string, string> = {};
  /** The last baseline minute: history before it, the events after it. */
  let D: number;
  let watchlistId: string;
  let burstTerm: string;
  let spamTerm: string;
  let webhook: { id: string; secret: string };
  let burstRule: string;
  let spamRule: string;

  const gql = async <T = Record<string, unknown>>(as: Person | null, query: string, variables?: Record<string, unknown>) => t.gql<T>(query, variables, as ? cookie[as] : undefined);
  const ok = async <T = Record<string, unknown>>(as: Person, query: string, variables?: Record<string, unknown>) => {
    const res = await gql<T>(as, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const code = async (as: Person | null, query: string, variables?: Record<string, unknown>) => (await gql(as, query, variables)).errors?.[0]?.extensions?.code;
  const createRule = async (as: Person, input: Record<string, unknown>) =>
    (await ok<{ createAlertRule: { id: string } }>(as, `mutation($i: AlertRuleInput!) { createAlertRule(input: $i) { ${RULE_FIELDS} } }`, { i: input })).createAlertRule;
  const rule = async (id: string) => (await ok<{ alertRule: Record<string, unknown> }>('hub', `query($id: ID!) { alertRule(id: $id) { ${RULE_FIELDS} } }`, { id })).alertRule;
  const alertsOf = async (ruleId: string) => Number((await t.ds.query(`SELECT count(*)::int AS n FROM alerts WHERE rule_id = $1`, [ruleId]))[0].n);
  const alertOf = async (as: Person, id: string) => (await ok<{ alert: AlertShape }>(as, `query($id: ID!) { alert(id: $id) { ${ALERT_FIELDS} } }`, { id })).alert;
  /** 21 days of a quiet term: 0 to 2 distinct authors a minute, the same pseudo-random pattern on every run. */
  const baseline = (termId: string) =>
    t.ds.query(
      `INSERT INTO signal_term_minutes (term_id, minute, items, authors, sources, sentiment_sum)
       SELECT $1, m, c, c, 1, 0.1 * c FROM (SELECT m, abs(hashtext(m::text)) % 3 AS c FROM generate_series($2::timestamptz, $3::timestamptz, interval '1 minute') m) x WHERE c > 0`,
      [termId, new Date(D - 21 * DAY), new Date(D)],
    );
  const deliver = async (items: Record<string, unknown>[]) => {
    const body = JSON.stringify(items);
    const ts = Math.floor(Date.now() / 1000);
    const res = await request(t.server)
      .post(`/signals/webhooks/${webhook.id}`)
      .set('Content-Type', 'application/json')
      .set('X-Ruche-Timestamp', String(ts))
      .set('X-Ruche-Signature', signWebhook(webhook.secret, ts, body))
      .send(body);
    expect(res.status).toBe(200);
    expect(res.body.stored).toBe(items.length);
  };
  const storedCounts = async (termId: string, from: Date, to: Date): Promise<Parameters<typeof backtest>[0][number][]> =>
    (await t.ds.query(`SELECT minute, items, authors, sentiment_sum FROM signal_term_minutes WHERE term_id = $1 AND minute BETWEEN $2 AND $3 ORDER BY minute`, [termId, from, to])).map(
      (r: { minute: Date; items: number; authors: number; sentiment_sum: number }) => ({ series: 'x', minute: new Date(r.minute), count: r.items, authors: r.authors, sentimentSum: r.sentiment_sum }),
    );

  beforeAll(async () => {
    t = await startTestApp({ env: { JOBS_ENABLED: 'false' } });
    detection = t.app.get(AlertDetectionService);
    for (const [p, email] of Object.entries(PEOPLE)) {
      cookie[p as Person] = await t.signIn(email);
      user[p as Person] = await t.userId(email);
    }
    for (const r of await t.ds.query(`SELECT id, code FROM departments`)) dept[r.code] = r.id;
    D = Math.floor(Date.now() / MINUTE) * MINUTE - 2 * 3600_000;
    watchlistId = (await ok<{ createWatchlist: { id: string } }>('hub', `mutation { createWatchlist(input: { name: "Veille alertes" }) { id } }`)).createWatchlist.id;
    const term = async (label: string) =>
      (await ok<{ addWatchTerm: { id: string } }>('hub', `mutation($w: ID!, $l: String!) { addWatchTerm(watchlistId: $w, input: { label: $l, query: $l }) { id } }`, { w: watchlistId, l: label })).addWatchTerm.id;
    burstTerm = await term('Zorblax');
    spamTerm = await term('Quuxly');
    await baseline(burstTerm);
    await baseline(spamTerm);
    const source = await ok<{ createSignalSource: { source: { id: string }; webhookSecret: string } }>('hub', `mutation { createSignalSource(input: { kind: webhook, name: "Écoute sociale" }) { source { id } webhookSecret } }`);
    webhook = { id: source.createSignalSource.source.id, secret: source.createSignalSource.webhookSecret };
  });
  afterAll(() => t.close());

  it('seeds the demo rules on the demo terms, routed to demo departments', async () => {
    const { alertRules } = await ok<{ alertRules: { name: string; departmentIds: string[]; kinds: string[] }[] }>('hub', `{ alertRules { name departmentIds kinds } }`);
    expect(alertRules.map((r) => r.name).sort()).toEqual(['Maison Lumière : sentiment en baisse', 'Nos marques : pannes et retours', 'Orange : pic de mentions']);
    expect(alertRules.find((r) => r.name.startsWith('Orange'))!.departmentIds.sort()).toEqual([dept.marketing, dept.ventes].sort());
  });

  describe('rules', () => {
    it('lets the hub and administrators manage rules, and nobody else', async () => {
      const doc = `mutation($i: AlertRuleInput!) { createAlertRule(input: $i) { id } }`;
      const input = { name: 'Essai', termId: burstTerm, enabled: false };
      for (const p of ['member', 'rep', 'manager', 'rdManager'] as Person[]) {
        expect(await code(p, doc, { i: input })).toBe('FORBIDDEN');
        expect(await code(p, `{ alertRules { id } }`)).toBe('FORBIDDEN');
      }
      expect(await code(null, doc, { i: input })).toBe('UNAUTHENTICATED');
      const before = Number((await t.ds.query(`SELECT count(*)::int AS n FROM alert_rules`))[0].n);
      for (const p of ['hubMember', 'admin'] as Person[]) {
        const created = await createRule(p, input);
        expect(await code(p, `mutation($id: ID!) { deleteAlertRule(id: $id) }`, { id: created.id })).toBeUndefined();
      }
      expect(Number((await t.ds.query(`SELECT count(*)::int AS n FROM alert_rules`))[0].n)).toBe(before);
      expect(Number((await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'alerts.rule.%'`))[0].n)).toBe(4);
    });

    it('names a rule’s people with the rule, read for every rule at once (not one read per person)', async () => {
      const named = [user.rdManager!, user.manager!, user.rep!];
      const made = await Promise.all([0, 1, 2].map((i) => createRule('hub', { name: `Personnes ${i}`, termId: burstTerm, enabled: false, personIds: named.slice(i) })));
      try {
        const read = () => ok<{ alertRules: { id: string; personIds: string[]; people: { id: string; displayName: string }[] }[] }>('hub', `{ alertRules { id personIds people { id displayName } } }`);
        const { result, queries } = await countQueries(t.ds, read);
        const names: { id: string; display_name: string }[] = await t.ds.query(`SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`, [named]);
        const person = (id: string) => ({ id, displayName: names.find((n) => n.id === id)!.display_name });
        made.forEach((m, i) => {
          const r = result.alertRules.find((x) => x.id === m.id)!;
          expect([...r.personIds].sort()).toEqual(named.slice(i).sort());
          expect(r.people).toEqual(r.personIds.map(person));
        });
        // The same reads as without people, plus one for all of them.
        const { queries: without } = await countQueries(t.ds, () => ok('hub', `{ alertRules { id personIds } }`));
        expect(queries.length).toBe(without.length + 1);
      } finally {
        for (const m of made) await ok('hub', `mutation($id: ID!) { deleteAlertRule(id: $id) }`, { id: m.id });
      }
    });

    it('refuses bad input with a code naming the field, storing nothing', async () => {
      const before = Number((await t.ds.query(`SELECT count(*)::int AS n FROM alert_rules`))[0].n);
      const doc = `mutation($i: AlertRuleInput!) { createAlertRule(input: $i) { id } }`;
      const base = { name: 'Essai', termId: burstTerm };
      const cases: [Record<string, unknown>, string][] = [
        [{ ...base, name: '' }, 'BAD_USER_INPUT'],
        [{ ...base, name: 'x'.repeat(121) }, 'BAD_USER_INPUT'],
        [{ ...base, name: 'é'.repeat(100_000) }, 'BAD_USER_INPUT'],
        [{ name: 'Essai' }, 'BAD_USER_INPUT'],
        [{ ...base, watchlistId }, 'BAD_USER_INPUT'],
        [{ ...base, termId: '00000000-0000-4000-8000-000000000000' }, 'WATCH_TERM_NOT_FOUND'],
        [{ ...base, termId: "1' OR '1'='1" }, 'WATCH_TERM_NOT_FOUND'],
        [{ ...base, termId: 'a'.repeat(50_000) }, 'WATCH_TERM_NOT_FOUND'],
        [{ ...base, termId: null, watchlistId: '00000000-0000-4000-8000-000000000000' }, 'WATCHLIST_NOT_FOUND'],
        [{ ...base, preset: 'paranoid' }, 'BAD_USER_INPUT'],
        [{ ...base, preset: 3 }, 'BAD_USER_INPUT'],
        [{ ...base, kinds: [] }, 'BAD_USER_INPUT'],
        [{ ...base, kinds: ['burst', 'earthquake'] }, 'BAD_USER_INPUT'],
        [{ ...base, cooldownMinutes: 0 }, 'BAD_USER_INPUT'],
        [{ ...base, cooldownMinutes: 10_081 }, 'BAD_USER_INPUT'],
        [{ ...base, timeZone: 'Mars/Olympus_Mons' }, 'BAD_USER_INPUT'],
        [{ ...base, sentimentMaxMean: 1.5 }, 'BAD_USER_INPUT'],
        [{ ...base, negativeShareMin: -0.1 }, 'BAD_USER_INPUT'],
        [{ ...base, keywords: '(panne' }, 'WATCH_QUERY_INVALID'],
        [{ ...base, keywords: 'NOT fruit' }, 'WATCH_QUERY_INVALID'],
        [{ ...base, keywords: 'a '.repeat(600) }, 'BAD_USER_INPUT'],
        [{ ...base, departmentIds: ['00000000-0000-4000-8000-000000000000'] }, 'DEPARTMENT_NOT_FOUND'],
        [{ ...base, departmentIds: ['garbage'] }, 'BAD_USER_INPUT'],
        [{ ...base, departmentIds: Array.from({ length: 51 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`) }, 'BAD_USER_INPUT'],
        [{ ...base, personIds: ['00000000-0000-4000-8000-000000000000'] }, 'BAD_USER_INPUT'],
        ['not an object' as unknown as Record<string, unknown>, 'BAD_USER_INPUT'],
      ];
      for (const [input, expected] of cases) expect([JSON.stringify(input).slice(0, 80), await code('hub', doc, { i: input })]).toEqual([JSON.stringify(input).slice(0, 80), expected]);
      expect(Number((await t.ds.query(`SELECT count(*)::int AS n FROM alert_rules`))[0].n)).toBe(before);
    });

    it('keeps a department’s watchlist within that department', async () => {
      const [rd] = await t.ds.query(`SELECT t.id FROM signal_watch_terms t JOIN signal_watchlists w ON w.id = t.watchlist_id WHERE w.department_id IS NOT NULL LIMIT 1`);
      const doc = `mutation($i: AlertRuleInput!) { createAlertRule(input: $i) { id } }`;
      expect(await code('hub', doc, { i: { name: 'R&D', termId: rd.id, departmentIds: [dept.marketing] } })).toBe('BAD_USER_INPUT');
      expect(await code('hub', doc, { i: { name: 'R&D', termId: rd.id, personIds: [user.manager] } })).toBe('BAD_USER_INPUT');
      const ok1 = await createRule('hub', { name: 'R&D', termId: rd.id, departmentIds: [dept.rd], personIds: [user.rdManager, user.hubMember], enabled: false });
      await ok('hub', `mutation($id: ID!) { deleteAlertRule(id: $id) }`, { id: ok1.id });
    });

    it('answers ALERT_RULE_NOT_FOUND for unknown, garbage and oversized ids', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'garbage', 'a'.repeat(50_000)]) {
        expect(await code('hub', `query($id: ID!) { alertRule(id: $id) { id } }`, { id })).toBe('ALERT_RULE_NOT_FOUND');
        expect(await code('hub', `mutation($id: ID!) { updateAlertRule(id: $id, input: { name: "x" }) { id } }`, { id })).toBe('ALERT_RULE_NOT_FOUND');
        expect(await code('hub', `mutation($id: ID!) { deleteAlertRule(id: $id) }`, { id })).toBe('ALERT_RULE_NOT_FOUND');
      }
    });
  });

  describe('the detection job', () => {
    let socket: TestSocket;
    let primed: { state: unknown; fed_until: Date };

    beforeAll(async () => {
      burstRule = (await createRule('hub', { name: 'Zorblax : pic', termId: burstTerm, kinds: ['burst'], preset: 'medium', departmentIds: [dept.marketing], personIds: [user.rdManager] })).id;
      spamRule = (await createRule('hub', { name: 'Quuxly : pic', termId: spamTerm, kinds: ['burst'], preset: 'medium', departmentIds: [dept.marketing] })).id;
      socket = connectSocket(t.url, { Cookie: cookie.manager!, Origin: t.url });
      await nextEvent(socket, 'session:ready');
    });
    afterAll(() => socket.close());

    it('learns a new rule’s series from stored history without judging it, then judges the minutes that close', async () => {
      const first = await detection.detect(new Date(D + 3 * MINUTE));
      expect(first.primed).toEqual(expect.arrayContaining([burstRule, spamRule]));
      expect(first.stored).toEqual([]);
      [primed] = await t.ds.query(`SELECT state, fed_until FROM alert_rule_states WHERE rule_id = $1`, [burstRule]);
      expect(new Date(primed.fed_until).getTime()).toBe(D);
      expect(new Date((await rule(burstRule)).warmUpEndsAt as string).getTime()).toBeLessThan(D);
    });

    it('raises exactly one alert for a burst of distinct authors through the webhook, with what happened, routed by the hub model, notified and pushed live', async () => {
      const at = new Date(D + 5 * MINUTE).toISOString();
      await deliver(Array.from({ length: 12 }, (_, i) => ({ id: `z-${i}`, title: `Zorblax annonce sa nouvelle gamme ${i}`, text: `Article ${i} sur Zorblax et son lancement très réussi.`, authors: [`auteur-${i}`], published: at })));
      const live = nextEvent<AlertNewEvent>(socket, 'alert:new');
      const run = await detection.detect(new Date(D + 20 * MINUTE));
      expect(run.stored).toHaveLength(1);
      expect(await alertsOf(burstRule)).toBe(1);
      const alert = await alertOf('manager', run.stored[0]);
      expect(alert).toMatchObject({ ruleId: burstRule, subject: 'Zorblax', kind: 'burst', measure: 'authors', minute: at, status: 'open', myFeedback: null, multiplier: 1 });
      expect(alert.observed).toBeGreaterThanOrEqual(12);
      expect(alert.expected).toBeLessThan(alert.observed / 2);
      expect(alert.strength).toBeGreaterThanOrEqual(6);
      expect(alert.samples.length).toBeGreaterThanOrEqual(3);
      expect(alert.samples.length).toBeLessThanOrEqual(5);
      expect(new Set(alert.samples.map((s) => s.id)).size).toBe(alert.samples.length);
      expect(alert.samples.every((s) => s.title.includes('Zorblax'))).toBe(true);
      // Collegial (the demo's model): Marketing's manager and representative, and the R&D manager named on the rule; not Marketing's member.
      const [row] = await t.ds.query(`SELECT recipients FROM alerts WHERE id = $1`, [alert.id]);
      expect([...row.recipients].sort()).toEqual([user.manager, user.rep, user.rdManager].sort());
      const notified: { user_id: string }[] = await t.ds.query(`SELECT user_id FROM notifications WHERE kind = 'signal.alert' AND subject_id = $1`, [alert.id]);
      expect(notified.map((n) => n.user_id).sort()).toEqual([user.manager, user.rep, user.rdManager].sort());
      expect(await live).toMatchObject({ alertId: alert.id, ruleId: burstRule, kind: 'burst', subject: 'Zorblax', minute: at });
    });

    it('raises nothing more on a re-run, nor on two runs at once that re-read the same minutes', async () => {
      expect((await detection.detect(new Date(D + 20 * MINUTE))).stored).toEqual([]);
      // Back to the state after learning, as if the run's commit had been lost: the detector raises the burst again, the store keeps one.
      await t.ds.query(`UPDATE alert_rule_states SET state = $2::jsonb, fed_until = $3 WHERE rule_id = $1`, [burstRule, JSON.stringify(primed.state), primed.fed_until]);
      const runs = await Promise.all([detection.detect(new Date(D + 40 * MINUTE)), detection.detect(new Date(D + 40 * MINUTE))]);
      expect(runs.flatMap((r) => r.stored)).toEqual([]);
      expect(await alertsOf(burstRule)).toBe(1);
      const [state] = await t.ds.query(`SELECT fed_until FROM alert_rule_states WHERE rule_id = $1`, [burstRule]);
      expect(new Date(state.fed_until).getTime()).toBe(D + 37 * MINUTE);
    });

    it('raises nothing for one author posting 30 times in a minute (a spammer)', async () => {
      const at = new Date(D + 45 * MINUTE).toISOString();
      await deliver(Array.from({ length: 30 }, (_, i) => ({ id: `q-${i}`, title: `Quuxly ${i} : offre numéro ${i * 7}`, text: `Message ${i} de promotion pour Quuxly, variante ${i * 13}.`, authors: ['spammeur'], published: at })));
      const [counted] = await t.ds.query(`SELECT items, authors FROM signal_term_minutes WHERE term_id = $1 AND minute = $2`, [spamTerm, at]);
      expect(counted).toEqual({ items: 30, authors: 1 });
      await detection.detect(new Date(D + 60 * MINUTE));
      expect(await alertsOf(spamRule)).toBe(0);
    });

    it('routes by the hub model: under the centralised model a department’s representatives no longer receive', async () => {
      const routed = { departmentIds: [dept.marketing], personIds: [user.rdManager!] };
      expect((await detection.recipientsOf(routed)).sort()).toEqual([user.manager, user.rep, user.rdManager].sort());
      await t.ds.query(`UPDATE organisation SET hub_model = 'centralised'`);
      try {
        expect((await detection.recipientsOf(routed)).sort()).toEqual([user.manager, user.rdManager].sort());
      } finally {
        await t.ds.query(`UPDATE organisation SET hub_model = 'collegial'`);
      }
    });

    it('waits for the warm-up on a new term: no history, no baseline, no alert', async () => {
      const fresh = (await ok<{ addWatchTerm: { id: string } }>('hub', `mutation($w: ID!) { addWatchTerm(watchlistId: $w, input: { label: "Nouveauté", query: "nouveauté" }) { id } }`, { w: watchlistId })).addWatchTerm.id;
      const created = await createRule('hub', { name: 'Nouveauté', termId: fresh, kinds: ['burst'], departmentIds: [dept.marketing] });
      await t.ds.query(`INSERT INTO signal_term_minutes (term_id, minute, items, authors, sources, sentiment_sum) VALUES ($1, $2, 40, 40, 3, 0)`, [fresh, new Date(D + 50 * MINUTE)]);
      await detection.detect(new Date(D + 30 * MINUTE));
      await detection.detect(new Date(D + 70 * MINUTE));
      expect(await alertsOf(created.id)).toBe(0);
      expect(new Date((await rule(created.id)).warmUpEndsAt as string).getTime()).toBe(D + 50 * MINUTE + 2 * DAY);
      await ok('hub', `mutation($id: ID!) { deleteAlertRule(id: $id) }`, { id: created.id });
    });

    /**
     * Waits until the items whose external ids are `like` are settled for the detector: no transaction
     * older than theirs is still running (CountsReader.minutesStoredSince takes only items below the
     * snapshot's xmin, so that none committed out of order is skipped). A job of the test app holding a
     * transaction open at that moment would otherwise defer them to the next run.
     */
    const settled = (like: string) =>
      eventually(async () => {
        const [row] = await t.ds.query(`SELECT pg_snapshot_xmin(pg_current_snapshot()) > max(stream_xid) AS done FROM signal_items WHERE external_id LIKE $1`, [like]);
        expect(row.done).toBe(true);
      }, 30_000);

    it('judges again, once per run, the minutes that late items changed, without a second alert for a minute already alerted', async () => {
      const lateTerm = (await ok<{ addWatchTerm: { id: string } }>('hub', `mutation($w: ID!) { addWatchTerm(watchlistId: $w, input: { label: "Flarnix", query: "flarnix" }) { id } }`, { w: watchlistId }))
        .addWatchTerm.id;
      await baseline(lateTerm);
      const lateRule = (await createRule('hub', { name: 'Flarnix : pic', termId: lateTerm, kinds: ['burst'], preset: 'medium', departmentIds: [dept.marketing] })).id;
      expect((await detection.detect(new Date(D + 73 * MINUTE))).primed).toContain(lateRule);
      // An hour late: minute D + 60 was judged (quiet) when the rule learned; 12 distinct authors now say otherwise.
      const late = new Date(D + 60 * MINUTE).toISOString();
      const items = (prefix: string, n: number, published: string) =>
        Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, title: `Flarnix rappelle sa lampe ${prefix} ${i}`, text: `Article ${prefix} ${i} sur le rappel des lampes Flarnix.`, authors: [`${prefix}-auteur-${i}`], published }));
      await deliver(items('fl-a', 12, late));
      await settled('fl-a-%');
      const reader = t.app.get(CountsReader);
      const reads = jest.spyOn(reader, 'minutes');
      const live = nextEvent<AlertNewEvent>(socket, 'alert:new');
      try {
        const run = await detection.detect(new Date(D + 74 * MINUTE));
        // One read to feed the new minute, one to judge the late one again: not one per item.
        expect(reads.mock.calls.filter(([spec]) => spec.termIds.includes(lateTerm))).toHaveLength(2);
        expect(run.stored).toHaveLength(1);
      } finally {
        reads.mockRestore();
      }
      const [alert] = await t.ds.query(`SELECT id, kind, minute, observed FROM alerts WHERE rule_id = $1`, [lateRule]);
      expect({ kind: alert.kind, minute: new Date(alert.minute).toISOString() }).toEqual({ kind: 'burst', minute: late });
      expect(Number(alert.observed)).toBeGreaterThanOrEqual(12);
      expect(await live).toMatchObject({ alertId: alert.id, ruleId: lateRule, minute: late });
      // More late items for the same minute, and for the next one (within the cool-down): no second alert.
      await deliver([...items('fl-b', 12, late), ...items('fl-c', 12, new Date(D + 61 * MINUTE).toISOString())]);
      await settled('fl-c-%');
      expect((await detection.detect(new Date(D + 75 * MINUTE))).stored).toEqual([]);
      // Seen once: a run with nothing new stored judges nothing again.
      expect((await detection.detect(new Date(D + 76 * MINUTE))).stored).toEqual([]);
      expect(await alertsOf(lateRule)).toBe(1);
      // More than a day late (history): counted, not judged again.
      const old = new Date(D - 26 * 60 * MINUTE).toISOString();
      await deliver(items('fl-d', 20, old));
      await settled('fl-d-%');
      const [counted] = await t.ds.query(`SELECT authors FROM signal_term_minutes WHERE term_id = $1 AND minute = $2`, [lateTerm, old]);
      expect(counted.authors).toBeGreaterThanOrEqual(20);
      expect((await detection.detect(new Date(D + 77 * MINUTE))).stored).toEqual([]);
      expect(await alertsOf(lateRule)).toBe(1);
      await ok('hub', `mutation($id: ID!) { deleteAlertRule(id: $id) }`, { id: lateRule });
    });
  });

  describe('alerts: visibility, feedback, status', () => {
    let alertId: string;
    beforeAll(async () => {
      alertId = (await t.ds.query(`SELECT id FROM alerts WHERE rule_id = $1`, [burstRule]))[0].id;
    });

    it('shows an alert to its recipients and the hub only', async () => {
      const ids = async (p: Person) => (await ok<{ alerts: { nodes: { id: string }[] } }>(p, `{ alerts(first: 100) { nodes { id } } }`)).alerts.nodes.map((n) => n.id);
      for (const p of ['manager', 'rep', 'rdManager', 'hub', 'hubMember', 'admin'] as Person[]) expect(await ids(p)).toContain(alertId);
      expect(await ids('member')).toEqual([]);
      expect(await code('member', `query($id: ID!) { alert(id: $id) { id } }`, { id: alertId })).toBe('ALERT_NOT_FOUND');
      expect(await code(null, `{ alerts { nodes { id } } }`)).toBe('UNAUTHENTICATED');
      for (const id of ['00000000-0000-4000-8000-000000000000', 'garbage', 'a'.repeat(50_000)]) expect(await code('hub', `query($id: ID!) { alert(id: $id) { id } }`, { id })).toBe('ALERT_NOT_FOUND');
    });

    it('pages with keyset cursors and filters, refusing bad cursors and sizes', async () => {
      const page = await ok<{ alerts: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>('hub', `{ alerts(first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } }`);
      expect(page.alerts.nodes).toHaveLength(1);
      if (page.alerts.pageInfo.hasNextPage) {
        const next = await ok<{ alerts: { nodes: { id: string }[] } }>('hub', `query($a: String) { alerts(first: 1, after: $a) { nodes { id } } }`, { a: page.alerts.pageInfo.endCursor });
        expect(next.alerts.nodes[0].id).not.toBe(page.alerts.nodes[0].id);
      }
      const filtered = await ok<{ alerts: { nodes: { id: string }[] } }>('hub', `query($r: ID) { alerts(filter: { ruleId: $r, kind: burst, status: open }) { nodes { id } } }`, { r: burstRule });
      expect(filtered.alerts.nodes.map((n) => n.id)).toEqual([alertId]);
      expect((await ok<{ alerts: { nodes: unknown[] } }>('hub', `{ alerts(filter: { ruleId: "garbage" }) { nodes { id } } }`)).alerts.nodes).toEqual([]);
      expect(await code('hub', `{ alerts(after: "garbage") { nodes { id } } }`)).toBe('BAD_USER_INPUT');
      expect(await code('hub', `query($a: String) { alerts(after: $a) { nodes { id } } }`, { a: 'x'.repeat(10_000) })).toBe('BAD_USER_INPUT');
      for (const first of [0, 101, -1]) expect(await code('hub', `query($f: Int) { alerts(first: $f) { nodes { id } } }`, { f: first })).toBe('BAD_USER_INPUT');
      expect(await code('hub', `query($s: AlertStatus) { alerts(filter: { status: $s }) { nodes { id } } }`, { s: 'gone' })).toBe('BAD_USER_INPUT');
    });

    it('lets each recipient mark it once; noise raises the rule’s threshold, concurrent verdicts all count, each audited', async () => {
      const doc = `mutation($id: ID!, $v: AlertFeedback!) { giveAlertFeedback(id: $id, verdict: $v) { myFeedback noiseCount usefulCount } }`;
      expect(await code('member', doc, { id: alertId, v: 'noise' })).toBe('ALERT_NOT_FOUND');
      expect(await code('manager', doc, { id: alertId, v: 'meh' })).toBe('BAD_USER_INPUT');
      const mine = await ok<{ giveAlertFeedback: { myFeedback: string; noiseCount: number } }>('manager', doc, { id: alertId, v: 'noise' });
      expect(mine.giveAlertFeedback).toMatchObject({ myFeedback: 'noise', noiseCount: 1 });
      expect((await rule(burstRule)).multiplier).toBeCloseTo(1.2, 10);
      // Replayed: nothing moves. Changed: refused.
      await ok('manager', doc, { id: alertId, v: 'noise' });
      expect(await code('manager', doc, { id: alertId, v: 'useful' })).toBe('ALERT_FEEDBACK_GIVEN');
      expect((await rule(burstRule)).multiplier).toBeCloseTo(1.2, 10);
      await Promise.all([ok('rep', doc, { id: alertId, v: 'noise' }), ok('rdManager', doc, { id: alertId, v: 'noise' }), ok('hubMember', doc, { id: alertId, v: 'useful' })]);
      const tuned = await rule(burstRule);
      expect(tuned.multiplier).toBeCloseTo((1.2 * 1.2 * 1.2) / 1.05, 10);
      expect(tuned).toMatchObject({ noiseCount: 3, usefulCount: 1 });
      expect((await alertOf('hub', alertId)).noiseCount).toBe(3);
      expect(Number((await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'alerts.feedback' AND target_id = $1`, [alertId]))[0].n)).toBe(4);
    });

    it('is acknowledged then closed by its recipients; closed is final', async () => {
      const doc = `mutation($id: ID!, $s: AlertStatus!) { setAlertStatus(id: $id, status: $s) { status } }`;
      expect(await code('member', doc, { id: alertId, s: 'closed' })).toBe('ALERT_NOT_FOUND');
      expect(await code('manager', doc, { id: alertId, s: 'open' })).toBe('BAD_USER_INPUT');
      expect((await ok<{ setAlertStatus: { status: string } }>('manager', doc, { id: alertId, s: 'acknowledged' })).setAlertStatus.status).toBe('acknowledged');
      const both = await Promise.all([gql('rep', doc, { id: alertId, s: 'closed' }), gql('hub', doc, { id: alertId, s: 'closed' })]);
      expect(both.every((r) => r.errors === undefined)).toBe(true);
      expect(await code('manager', doc, { id: alertId, s: 'acknowledged' })).toBe('ALERT_CLOSED');
      expect(Number((await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action IN ('alerts.close', 'alerts.acknowledge') AND target_id = $1`, [alertId]))[0].n)).toBe(2);
    });
  });

  describe('backtestAlertRule', () => {
    const doc = `query($r: ID, $rule: AlertRuleInput, $from: DateTime!, $to: DateTime!) {
      backtestAlertRule(ruleId: $r, rule: $rule, from: $from, to: $to) { from to historyFrom fired minutesWithData alerts { minute kind measure observed expected strength windowMinutes } } }`;
    type Result = { backtestAlertRule: { from: string; to: string; historyFrom: string; fired: number; alerts: { minute: string; kind: string; observed: number; expected: number; strength: number }[] } };

    it('returns what the detector’s own backtest raises over the same stored counts, with the rule’s tuned multiplier', async () => {
      const from = new Date(D - 3 * DAY);
      const to = new Date(D + 60 * MINUTE);
      const res = await ok<Result>('hub', doc, { r: burstRule, from: from.toISOString(), to: to.toISOString() });
      const historyFrom = new Date(from.getTime() - 14 * DAY);
      expect(new Date(res.backtestAlertRule.historyFrom).getTime()).toBe(historyFrom.getTime());
      const tuned = (await rule(burstRule)).multiplier as number;
      const expected = backtest(await storedCounts(burstTerm, historyFrom, to), { preset: 'medium', timeZone: 'Europe/Paris', kinds: ['burst'], multiplier: tuned }, { until: to })
        .filter((a) => a.minute.getTime() >= from.getTime())
        .map((a) => ({ minute: a.minute.toISOString(), kind: a.kind, observed: a.observed, expected: a.expected, strength: a.strength }));
      expect(res.backtestAlertRule.alerts.map(({ minute, kind, observed, expected, strength }) => ({ minute, kind, observed, expected, strength }))).toEqual(expected);
      expect(res.backtestAlertRule.fired).toBe(expected.length);
    });

    it('finds the burst with a draft rule at the preset’s thresholds, and not when a sentiment condition rules it out', async () => {
      const vars = { from: new Date(D - DAY).toISOString(), to: new Date(D + 60 * MINUTE).toISOString() };
      const draft = await ok<Result>('hub', doc, { ...vars, rule: { termId: burstTerm, kinds: ['burst'] } });
      expect(draft.backtestAlertRule.alerts.map((a) => a.minute)).toContain(new Date(D + 5 * MINUTE).toISOString());
      const gloomy = await ok<Result>('hub', doc, { ...vars, rule: { termId: burstTerm, kinds: ['burst'], sentimentMaxMean: -0.9 } });
      expect(gloomy.backtestAlertRule.alerts.map((a) => a.minute)).not.toContain(new Date(D + 5 * MINUTE).toISOString());
    });

    it('refuses bad ranges, rules and people', async () => {
      const now = Date.now();
      const iso = (ms: number) => new Date(ms).toISOString();
      const cases: [Person, Record<string, unknown>, string][] = [
        ['hub', { r: burstRule, from: iso(now - 40 * DAY), to: iso(now - DAY) }, 'BACKTEST_RANGE_INVALID'],
        ['hub', { r: burstRule, from: iso(now + DAY), to: iso(now + 2 * DAY) }, 'BACKTEST_RANGE_INVALID'],
        ['hub', { r: burstRule, from: iso(now - DAY), to: iso(now - 2 * DAY) }, 'BACKTEST_RANGE_INVALID'],
        ['hub', { from: iso(now - DAY), to: iso(now) }, 'BACKTEST_RANGE_INVALID'],
        ['hub', { r: burstRule, rule: { termId: burstTerm }, from: iso(now - DAY), to: iso(now) }, 'BACKTEST_RANGE_INVALID'],
        ['hub', { r: '00000000-0000-4000-8000-000000000000', from: iso(now - DAY), to: iso(now) }, 'ALERT_RULE_NOT_FOUND'],
        ['hub', { r: 'garbage', from: iso(now - DAY), to: iso(now) }, 'ALERT_RULE_NOT_FOUND'],
        ['hub', { rule: { termId: '00000000-0000-4000-8000-000000000000' }, from: iso(now - DAY), to: iso(now) }, 'WATCH_TERM_NOT_FOUND'],
        ['hub', { rule: { termId: burstTerm, preset: 'paranoid' }, from: iso(now - DAY), to: iso(now) }, 'BAD_USER_INPUT'],
        ['hub', { rule: { termId: burstTerm, keywords: '"unclosed' }, from: iso(now - DAY), to: iso(now) }, 'WATCH_QUERY_INVALID'],
        ['hub', { r: burstRule, from: 'yesterday', to: iso(now) }, 'BACKTEST_RANGE_INVALID'],
        ['manager', { r: burstRule, from: iso(now - DAY), to: iso(now) }, 'FORBIDDEN'],
        ['member', { r: burstRule, from: iso(now - DAY), to: iso(now) }, 'FORBIDDEN'],
      ];
      for (const [as, vars, expected] of cases) expect([JSON.stringify(vars).slice(0, 120), await code(as, doc, vars)]).toEqual([JSON.stringify(vars).slice(0, 120), expected]);
    });
  });
});
