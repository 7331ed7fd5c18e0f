import request from 'supertest';
import { SMALL_DEPARTMENT_K } from '@ruche/shared';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * CSV export of a campaign: for its runners and moderators only (404 for everyone else, as if it did
 * not exist), one row per idea with anonymity kept, cells escaped and formulas neutralised, a UTF-8
 * BOM, and the votes part aggregated per department without small departments or any voter's name.
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  member: EMAIL('zoe.martin'),
  manager: EMAIL('claire.dubois'), // Marketing: does not run the hub's campaign
  hub: EMAIL('camille.laurent'), // runs it
  rdManager: EMAIL('elodie.lambert'), // runs the R&D campaign
  outsider: EMAIL('james.walker'),
};
type Person = keyof typeof PEOPLE;

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('campaign export', () => {
  let t: TestApp;
  const cookie: Partial<Record<Person, string>> = {};
  const campaign: Record<string, string> = {};
  const get = (path: string, as?: Person) => {
    const req = request(t.server).get(path).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks).toString('utf8')));
    });
    return as ? req.set('Cookie', cookie[as]!) : req;
  };

  beforeAll(async () => {
    t = await startTestApp({ captureLogs: true });
    for (const [p, email] of Object.entries(PEOPLE)) cookie[p as Person] = await t.signIn(email);
    for (const c of await t.ds.query(`SELECT id, title FROM campaigns`)) {
      if (c.title.startsWith('Mieux servir')) campaign.clients = c.id;
      if (c.title.startsWith('Sustainable')) campaign.packaging = c.id;
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives the runners one row per idea, anonymity kept, formulas neutralised, with a BOM', async () => {
    const create = `mutation($i: CreateIdeaInput!) { createIdea(input: $i) { id } }`;
    const evil = await t.gql<{ createIdea: { id: string } }>(create, { i: { campaignId: campaign.clients, title: '=HYPERLINK("http://evil.example","clic")', tags: ['+33', '@home'] } }, cookie.member);
    const quoted = await t.gql<{ createIdea: { id: string } }>(create, { i: { campaignId: campaign.clients, title: 'Des "guillemets", des virgules; et un point-virgule', anonymous: true } }, cookie.member);
    const res = await get(`/campaigns/${campaign.clients}/export.csv`, 'hub');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="campaign-[0-9a-f-]+-ideas-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = res.body as string;
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['id', 'title', 'stage', 'status', 'merged_into', 'tags', 'created_at', 'author', 'up', 'down', 'wilson_score', 'comments', 'review_score']);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM ideas WHERE campaign_id = $1`, [campaign.clients]);
    expect(rows.length - 1).toBe(n);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    const e = byId.get(evil.data!.createIdea.id)!;
    expect(e[1]).toBe(`'=HYPERLINK("http://evil.example","clic")`);
    expect(e[5]).toBe(`'+33; @home`);
    expect(e[7]).toBe('Zoé Martin');
    const q = byId.get(quoted.data!.createIdea.id)!;
    expect(q[1]).toBe('Des "guillemets", des virgules; et un point-virgule');
    // Anonymous: no author, in the export too.
    expect(q[7]).toBe('');
    for (const [id, r] of byId) {
      const [idea] = await t.ds.query(`SELECT anonymous, up_votes, down_votes, hidden_at, merged_into_id FROM ideas JOIN idea_tallies ON idea_id = id WHERE id = $1`, [id]);
      if (idea.anonymous) expect(r[7]).toBe('');
      expect([Number(r[8]), Number(r[9])]).toEqual([idea.up_votes, idea.down_votes]);
      expect(r[3]).toBe(idea.merged_into_id ? 'merged' : idea.hidden_at ? 'hidden' : 'on_board');
    }
    // Review scores as the reviews module gives them to this person (the demo's reviewed ideas).
    const scored = rows.slice(1).filter((r) => r[12] !== '');
    expect(scored.length).toBeGreaterThan(0);
    for (const r of scored) {
      const res = await t.gql<{ idea: { reviewSummary: { weightedMean: number | null } | null } }>(`query($id: ID!) { idea(id: $id) { reviewSummary { weightedMean } } }`, { id: r[0] }, cookie.hub);
      expect(Number(r[12])).toBeCloseTo(res.data!.idea.reviewSummary!.weightedMean!, 3);
    }
    // The demo's hidden spam idea is there, marked.
    expect(rows.some((r) => r[1].startsWith('Gagnez') && r[3] === 'hidden')).toBe(true);
    // No e-mail address of anyone anywhere.
    expect(text).not.toMatch(/@maison-lumiere/);
  });

  it('aggregates votes per idea and department, leaving out small departments and every voter', async () => {
    const res = await get(`/campaigns/${campaign.clients}/export.csv?part=votes`, 'hub');
    expect(res.status).toBe(200);
    const rows = parseCsv((res.body as string).slice(1));
    expect(rows[0]).toEqual(['idea_id', 'title', 'department', 'up', 'down']);
    const sizes: { name_fr: string; n: number }[] = await t.ds.query(`SELECT d.name_fr, count(u.id)::int AS n FROM departments d LEFT JOIN users u ON u.department_id = d.id AND u.deactivated_at IS NULL GROUP BY d.name_fr`);
    const small = sizes.filter((s) => s.n < SMALL_DEPARTMENT_K).map((s) => s.name_fr);
    const large = sizes.filter((s) => s.n >= SMALL_DEPARTMENT_K).map((s) => s.name_fr);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows.slice(1)) {
      expect(large).toContain(r[2]);
      expect(small).not.toContain(r[2]);
    }
    // Totals per idea never exceed its counts.
    const totals = new Map<string, number>();
    for (const r of rows.slice(1)) totals.set(r[0], (totals.get(r[0]) ?? 0) + Number(r[3]) + Number(r[4]));
    for (const [id, total] of totals) {
      const [idea] = await t.ds.query(`SELECT up_votes + down_votes AS n FROM idea_tallies WHERE idea_id = $1`, [id]);
      expect(total).toBeLessThanOrEqual(idea.n);
    }
  });

  it('is 404 for everyone who does not run or moderate the campaign, 401 without a session, 400 for an unknown part', async () => {
    for (const who of ['member', 'manager', 'outsider'] as Person[]) expect((await get(`/campaigns/${campaign.clients}/export.csv`, who)).status).toBe(404);
    // A restricted campaign: invisible to the outsider, exportable by its runner.
    expect((await get(`/campaigns/${campaign.packaging}/export.csv`, 'outsider')).status).toBe(404);
    expect((await get(`/campaigns/${campaign.packaging}/export.csv`, 'rdManager')).status).toBe(200);
    expect((await get(`/campaigns/garbage/export.csv`, 'hub')).status).toBe(404);
    expect((await get(`/campaigns/00000000-0000-4000-8000-000000000000/export.csv`, 'hub')).status).toBe(404);
    expect((await get(`/campaigns/${campaign.clients}/export.csv`)).status).toBe(401);
    expect((await get(`/campaigns/${campaign.clients}/export.csv?part=everything`, 'hub')).status).toBe(400);
    const notFound = await get(`/campaigns/${campaign.clients}/export.csv`, 'member');
    expect(JSON.parse(notFound.body as string)).toMatchObject({ code: 'CAMPAIGN_NOT_FOUND' });
  });
});
