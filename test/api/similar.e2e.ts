import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Similar ideas while typing: accent- and language-insensitive matches (trigrams on the title, stemmed
 * full text in French and English), never an idea the person may not see (restricted campaigns, hidden
 * or merged ideas), the edited idea left out, bad input, and the indexes actually serving the query.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  member: EMAIL('zoe.martin'), // Marketing
  rdMember: EMAIL('priya.sharma'), // R&D
  hub: EMAIL('camille.laurent'), // hub coordinator
  outsider: EMAIL('james.walker'), // Sales
};
type Person = keyof typeof PEOPLE;

interface Similar {
  score: number;
  idea: { id: string; title: string; campaign: { id: string } };
}
const SIMILAR = `query($c: ID, $title: String!, $body: String, $x: ID, $first: Int) {
  similarIdeas(campaignId: $c, title: $title, body: $body, excludeIdeaId: $x, first: $first) { score idea { id title campaign { id } } } }`;

describe('similar ideas', () => {
  let t: TestApp;
  const cookie: Partial<Record<Person, string>> = {};
  const campaign: Record<string, string> = {};

  const similar = async (as: Person, vars: { title: string; c?: string; body?: string; x?: string; first?: number }) => {
    const res = await t.gql<{ similarIdeas: Similar[] }>(SIMILAR, vars, cookie[as]);
    expect(res.errors).toBeUndefined();
    return res.data!.similarIdeas;
  };
  const ideaId = async (title: string) => (await t.ds.query(`SELECT id FROM ideas WHERE title = $1`, [title]))[0].id as string;

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
    await t.close();
  });

  it('finds a French idea typed without accents, and in another wording of the title', async () => {
    const found = await similar('member', { title: 'numero de suivi des reclamations' });
    expect(found[0].idea.title).toBe('Un numéro de suivi unique pour chaque réclamation');
    expect(found[0].score).toBeGreaterThan(0);
    expect(found[0].score).toBeLessThanOrEqual(1);
    // Stemmed full text: "réunion" (singular, accented) meets « Limiter les réunions après 17 h ».
    const stemmed = await similar('member', { title: 'Pas de réunion le vendredi', c: campaign.qvt });
    expect(stemmed.map((s) => s.idea.title)).toContain('Limiter les réunions après 17 h');
    // Scores come best first.
    const scores = stemmed.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds an English idea through English stemming and the body', async () => {
    const found = await similar('member', { title: 'Meetings free week', c: campaign.qvt });
    expect(found.map((s) => s.idea.title)).toContain('A quarterly "no meeting week"');
    const byBody = await similar('member', { title: 'Cycling to the office', body: 'We need a secure shed for bikes and showers', c: campaign.qvt });
    expect(byBody.map((s) => s.idea.title)).toContain('Bike parking and showers at headquarters');
  });

  it('never suggests ideas of a restricted campaign to people outside its audience', async () => {
    const title = 'Moulded pulp inserts';
    expect((await similar('rdMember', { title })).map((s) => s.idea.title)).toContain('Moulded pulp inserts instead of polystyrene');
    expect((await similar('hub', { title })).map((s) => s.idea.title)).toContain('Moulded pulp inserts instead of polystyrene');
    expect(await similar('outsider', { title })).toEqual([]);
    // Naming the campaign does not help: it does not exist for them.
    const res = await t.gql(SIMILAR, { title, c: campaign.packaging }, cookie.outsider);
    expect(res.errors?.[0].extensions?.code).toBe('CAMPAIGN_NOT_FOUND');
  });

  it('leaves out hidden and merged ideas, and the idea being edited', async () => {
    const title = 'Un interlocuteur unique pour les grands comptes';
    const id = await ideaId(title);
    expect((await similar('member', { title })).map((s) => s.idea.id)).toContain(id);
    expect((await similar('member', { title, x: id })).map((s) => s.idea.id)).not.toContain(id);
    await t.ds.query(`UPDATE ideas SET hidden_at = now() WHERE id = $1`, [id]);
    expect((await similar('member', { title })).map((s) => s.idea.id)).not.toContain(id);
    // Moderators do not get hidden ones either: suggestions are for writing, not for moderating.
    expect((await similar('hub', { title })).map((s) => s.idea.id)).not.toContain(id);
    const other = await ideaId('Un numéro de suivi unique pour chaque réclamation');
    await t.ds.query(`UPDATE ideas SET hidden_at = NULL, merged_into_id = $2 WHERE id = $1`, [id, other]);
    expect((await similar('member', { title })).map((s) => s.idea.id)).not.toContain(id);
    await t.ds.query(`UPDATE ideas SET merged_into_id = NULL WHERE id = $1`, [id]);
  });

  it('answers nothing for a title too short to compare, and only within the campaign asked', async () => {
    expect(await similar('member', { title: '  a ' })).toEqual([]);
    const inQvt = await similar('member', { title: 'Un numéro de suivi unique', c: campaign.qvt });
    expect(inQvt.every((s) => s.idea.campaign.id === campaign.qvt)).toBe(true);
    expect(await similar('member', { title: 'numéro de suivi', first: 1 })).toHaveLength(1);
  });

  it('refuses bad input with coded errors, and anonymous callers', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'x'.repeat(201) }, 'BAD_USER_INPUT'],
      [{ title: 'ok title', body: 'y'.repeat(10_001) }, 'BAD_USER_INPUT'],
      [{ title: 'ok title', first: 0 }, 'BAD_USER_INPUT'],
      [{ title: 'ok title', first: 11 }, 'BAD_USER_INPUT'],
      [{ title: 'ok title', x: 'not-a-uuid' }, 'BAD_USER_INPUT'],
      [{ title: 'ok title', c: 'garbage' }, 'CAMPAIGN_NOT_FOUND'],
      [{ title: 'ok title', c: '00000000-0000-4000-8000-000000000000' }, 'CAMPAIGN_NOT_FOUND'],
    ];
    for (const [vars, code] of cases) {
      const res = await t.gql(SIMILAR, vars, cookie.member);
      expect(res.errors?.[0].extensions?.code).toBe(code);
    }
    // tsquery syntax in the draft is just text.
    expect(Array.isArray(await similar('member', { title: "a & b | !c:* ' (réunion)" }))).toBe(true);
    const anonymous = await t.gql(SIMILAR, { title: 'réunions' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is served by the trigram and full-text GIN indexes on thousands of ideas', async () => {
    const [c] = await t.ds.query(`SELECT id FROM campaigns WHERE id = $1`, [campaign.qvt]);
    await t.ds.query(
      `INSERT INTO ideas (campaign_id, title, stage_id, body)
       SELECT $1, 'Proposition ' || n || ' ' || md5(n::text), (SELECT id FROM campaign_stages WHERE campaign_id = $1 ORDER BY position LIMIT 1), 'texte ' || md5((n * 7)::text)
         FROM generate_series(1, 5000) AS n`,
      [c.id],
    );
    await t.ds.query(`ANALYZE ideas`);
    const logged: [string, unknown[]][] = [];
    const logger = t.ds.logger as unknown as { logQuery: (q: string, p?: unknown[]) => unknown };
    const original = logger.logQuery;
    logger.logQuery = (q, p) => {
      if (q.includes('AS similarity_score')) logged.push([q, p ?? []]);
      return original.call(logger, q, p);
    };
    try {
      expect((await similar('member', { title: 'Des salles calmes', c: campaign.qvt })).map((s) => s.idea.title)).toContain('Des salles calmes sans réservation');
      await similar('member', { title: 'bike showers', body: 'parking at headquarters' });
    } finally {
      logger.logQuery = original;
    }
    expect(logged).toHaveLength(2);
    for (const [sql, params] of logged) {
      const plan: { 'QUERY PLAN': string }[] = await t.ds.query(`EXPLAIN ${sql}`, params);
      const text = plan.map((r) => r['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Bitmap Index Scan on ideas_title_trgm/);
      expect(text).toMatch(/Bitmap Index Scan on ideas_search/);
      expect(text).not.toMatch(/Seq Scan on ideas/);
    }
  });
});
