import { weightedScore } from '@ruche/shared';
import { countQueries } from '../support/query-counter';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Reviews (Hivemind): pipeline editing and its rules (also under concurrent edits), scorecards and
 * their validation, reviewer rights, "not applicable" renormalisation, private notes that reach no one
 * but the stage's reviewers and the campaign's runners, and the auto-advance rule (exactly once, even
 * when the last reviews arrive together).
 */
const EMAIL = (local: string) => `${local}@maison-lumiere.example`;
const PEOPLE = {
  member: EMAIL('zoe.martin'), // Marketing
  rep: EMAIL('julien.petit'), // Marketing rep
  manager: EMAIL('claire.dubois'), // Marketing manager
  hub: EMAIL('camille.laurent'), // hub coordinator
  hubMember: EMAIL('hugo.moreau'), // hub, member
  admin: EMAIL('ethan.brooks'), // IT
  rdManager: EMAIL('elodie.lambert'), // R&D manager
  rdMember: EMAIL('priya.sharma'), // R&D
  outsider: EMAIL('james.walker'), // Sales
};
type Person = keyof typeof PEOPLE;

interface Stage {
  id: string;
  key: string;
  kind: string;
  position: number;
  nameFr: string;
  nameEn: string;
  ideaCount: number;
}
const CAMPAIGN_STAGES = `id stages { id key kind position nameFr nameEn ideaCount }`;
const ADD = `mutation($c: ID!, $input: AddStageInput!) { addStage(campaignId: $c, input: $input) { ${CAMPAIGN_STAGES} } }`;
const RENAME = `mutation($s: ID!, $input: RenameStageInput!) { renameStage(stageId: $s, input: $input) { ${CAMPAIGN_STAGES} } }`;
const REORDER = `mutation($c: ID!, $ids: [ID!]!) { reorderStages(campaignId: $c, stageIds: $ids) { ${CAMPAIGN_STAGES} } }`;
const REMOVE = `mutation($s: ID!, $to: ID) { removeStage(stageId: $s, moveIdeasTo: $to) { ${CAMPAIGN_STAGES} } }`;
const SCORECARD = `mutation($s: ID!, $input: ScorecardInput!) { setStageScorecard(stageId: $s, input: $input) { id scorecard { scaleMax autoAdvance advanceThreshold declineThreshold criteria { id kind labelEn weight currency } } } }`;
const REVIEWERS = `mutation($s: ID!, $ids: [ID!]!) { setStageReviewers(stageId: $s, userIds: $ids) { id scorecard { reviewers { email } } } }`;
const SUBMIT = `mutation($i: ID!, $input: SubmitReviewInput!) { submitReview(ideaId: $i, input: $input) { review { id weightedScore note answers { criterionId score amount notApplicable } } idea { id stage { key } } movedTo { key } } }`;
const IDEA_REVIEWS = `query($i: ID!) { idea(id: $i) { id viewerCanReview myReview { note } reviewSummary { reviewCount assignedCount assignedIn weightedMean spread criteria { criterion { labelEn } mean answered notApplicable } } reviews { note reviewer { email } } } }`;

describe('reviews', () => {
  let t: TestApp;
  const cookie: Partial<Record<Person, string>> = {};
  const id: Partial<Record<Person, string>> = {};

  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, as: Person): Promise<T> => {
    const res = await t.gql<T>(query, variables, cookie[as]);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const code = async (query: string, variables: Record<string, unknown>, as: Person) => (await t.gql(query, variables, cookie[as])).errors?.[0]?.extensions?.code;
  const stagesOf = async (campaignId: string): Promise<Stage[]> => (await ok<{ campaign: { stages: Stage[] } }>(`query($c: ID!) { campaign(id: $c) { ${CAMPAIGN_STAGES} } }`, { c: campaignId }, 'hub')).campaign.stages;
  const pipelineTable = async (campaignId: string) =>
    JSON.stringify(
      await t.ds.query(
        `SELECT (SELECT string_agg(concat_ws('|', id, position, key, name_fr, name_en, kind), ',' ORDER BY position) FROM campaign_stages WHERE campaign_id = $1) AS s,
                (SELECT string_agg(concat_ws('|', id, stage_id), ',' ORDER BY id) FROM ideas WHERE campaign_id = $1) AS i,
                (SELECT count(*) FROM audit_log) AS a`,
        [campaignId],
      ),
    );
  const newCampaign = async (title: string, extra: Record<string, unknown> = {}) => {
    const input = { title, opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), ...extra };
    return (await ok<{ createCampaign: { id: string } }>(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, { input }, 'hub')).createCampaign.id;
  };
  const newIdea = async (campaignId: string, as: Person, title: string) =>
    (await ok<{ createIdea: { id: string } }>(`mutation($input: CreateIdeaInput!) { createIdea(input: $input) { id } }`, { input: { campaignId, title } }, as)).createIdea.id;
  const move = (ideaId: string, stageId: string) => ok(`mutation($i: ID!, $s: ID!) { moveIdeaToStage(ideaId: $i, stageId: $s) { id } }`, { i: ideaId, s: stageId }, 'hub');
  const stageOfIdea = async (ideaId: string) => (await t.ds.query(`SELECT s.key FROM ideas i JOIN campaign_stages s ON s.id = i.stage_id WHERE i.id = $1`, [ideaId]))[0].key as string;

  const CARD = (extra: Record<string, unknown> = {}) => ({
    scaleMax: 5,
    criteria: [
      { kind: 'score', labelFr: 'Impact', labelEn: 'Impact', weight: 3 },
      { kind: 'score', labelFr: 'Coût', labelEn: 'Cost', weight: 1 },
      { kind: 'score', labelFr: 'Faisabilité', labelEn: 'Feasibility', weight: 2 },
      { kind: 'estimate', labelFr: 'ROI estimé', labelEn: 'ROI estimate', currency: 'EUR' },
    ],
    autoAdvance: true,
    advanceThreshold: 3.5,
    declineThreshold: 2,
    ...extra,
  });
  type Card = { id: string; kind: string }[];
  const answers = (criteria: Card, scores: (number | null)[], roi: number | null = 1000) =>
    criteria.map((c, i) =>
      c.kind === 'estimate'
        ? roi === null
          ? { criterionId: c.id, notApplicable: true }
          : { criterionId: c.id, amount: roi }
        : scores[i] === null
          ? { criterionId: c.id, notApplicable: true }
          : { criterionId: c.id, score: scores[i] },
    );

  /** A campaign with a scorecard on its review stage and these reviewers; returns its ids. */
  const reviewedCampaign = async (title: string, reviewers: Person[], card = CARD()) => {
    const campaignId = await newCampaign(title);
    const stages = await stagesOf(campaignId);
    const review = stages.find((s) => s.kind === 'review')!;
    const set = await ok<{ setStageScorecard: { scorecard: { criteria: Card } } }>(SCORECARD, { s: review.id, input: card }, 'hub');
    await ok(REVIEWERS, { s: review.id, ids: reviewers.map((p) => id[p]) }, 'hub');
    return { campaignId, stages, review, criteria: set.setStageScorecard.scorecard.criteria };
  };

  beforeAll(async () => {
    // Statement counts below must not include a periodic job's, run meanwhile on the same pool.
    t = await startTestApp({ env: { JOBS_ENABLED: 'false' } });
    for (const [p, email] of Object.entries(PEOPLE)) {
      cookie[p as Person] = await t.signIn(email);
      id[p as Person] = await t.userId(email);
    }
  });
  afterAll(() => t.close());

  describe('pipeline editing', () => {
    let campaignId: string;
    beforeAll(async () => {
      campaignId = await newCampaign('Pipeline à éditer');
    });

    it('renames, adds before the declined stage, reorders, and audits each edit', async () => {
      const stages = await stagesOf(campaignId);
      expect(stages.map((s) => s.kind)).toEqual(['submitted', 'review', 'selected', 'in_progress', 'done', 'declined']);
      const audits = async () => (await t.ds.query(`SELECT action FROM audit_log WHERE target_id = $1 AND action LIKE 'campaign.stage.%' ORDER BY created_at`, [campaignId])).map((r: { action: string }) => r.action);

      const renamed = await ok<{ renameStage: { stages: Stage[] } }>(RENAME, { s: stages[1].id, input: { nameFr: '  Première   lecture ', nameEn: 'First read' } }, 'hub');
      expect(renamed.renameStage.stages[1]).toMatchObject({ nameFr: 'Première lecture', nameEn: 'First read', key: 'review', kind: 'review' });

      const added = await ok<{ addStage: { stages: Stage[] } }>(ADD, { c: campaignId, input: { nameFr: 'Comité', nameEn: 'Committee review', kind: 'review' } }, 'hub');
      const after = added.addStage.stages;
      expect(after.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(after[5]).toMatchObject({ key: 'committee-review', kind: 'review', nameEn: 'Committee review' });
      expect(after[6].kind).toBe('declined');

      const atTwo = await ok<{ addStage: { stages: Stage[] } }>(ADD, { c: campaignId, input: { nameFr: 'Tri', nameEn: 'Triage', kind: 'review', position: 1 } }, 'hub');
      expect(atTwo.addStage.stages.map((s) => s.key)).toEqual(['submitted', 'triage', 'review', 'selected', 'in_progress', 'done', 'committee-review', 'declined']);

      const ids = atTwo.addStage.stages.map((s) => s.id);
      const order = [ids[0], ids[2], ids[1], ids[3], ids[6], ids[4], ids[5], ids[7]];
      const reordered = await ok<{ reorderStages: { stages: Stage[] } }>(REORDER, { c: campaignId, ids: order }, 'hub');
      expect(reordered.reorderStages.stages.map((s) => s.id)).toEqual(order);
      expect(reordered.reorderStages.stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(await audits()).toEqual(['campaign.stage.rename', 'campaign.stage.add', 'campaign.stage.add', 'campaign.stage.reorder']);
    });

    it('refuses edits that would break the pipeline rules, and changes nothing', async () => {
      const stages = await stagesOf(campaignId);
      const ids = stages.map((s) => s.id);
      const before = await pipelineTable(campaignId);
      const submitted = stages.find((s) => s.kind === 'submitted')!;
      const declined = stages.find((s) => s.kind === 'declined')!;
      expect(await code(REMOVE, { s: submitted.id }, 'hub')).toBe('PIPELINE_RULE_BROKEN');
      expect(await code(REMOVE, { s: declined.id }, 'hub')).toBe('PIPELINE_RULE_BROKEN');
      expect(await code(REORDER, { c: campaignId, ids: [ids[1], ids[0], ...ids.slice(2)] }, 'hub')).toBe('PIPELINE_RULE_BROKEN');
      expect(await code(REORDER, { c: campaignId, ids: [...ids.slice(0, -2), ids[ids.length - 1], ids[ids.length - 2]] }, 'hub')).toBe('PIPELINE_RULE_BROKEN');
      expect(await code(ADD, { c: campaignId, input: { nameFr: 'Bis', nameEn: 'Again', kind: 'submitted' } }, 'hub')).toBe('PIPELINE_RULE_BROKEN');
      expect(await code(ADD, { c: campaignId, input: { nameFr: 'Bis', nameEn: 'Again', kind: 'declined' } }, 'hub')).toBe('PIPELINE_RULE_BROKEN');
      expect(await code(ADD, { c: campaignId, input: { nameFr: 'Bis', nameEn: 'Again', kind: 'review', position: 0 } }, 'hub')).toBe('PIPELINE_RULE_BROKEN');
      expect(await code(ADD, { c: campaignId, input: { nameFr: 'Bis', nameEn: 'Again', kind: 'review', position: 99 } }, 'hub')).toBe('PIPELINE_RULE_BROKEN');
      // A stale or partial order: the pipeline changed meanwhile.
      expect(await code(REORDER, { c: campaignId, ids: ids.slice(0, -1) }, 'hub')).toBe('PIPELINE_CHANGED');
      expect(await code(REORDER, { c: campaignId, ids: [...ids.slice(0, -1), '00000000-0000-4000-8000-000000000000'] }, 'hub')).toBe('PIPELINE_CHANGED');
      expect(await pipelineTable(campaignId)).toBe(before);
    });

    it('refuses bad input with a coded error and changes nothing', async () => {
      const stages = await stagesOf(campaignId);
      const before = await pipelineTable(campaignId);
      const cases: [string, Record<string, unknown>, string][] = [
        [RENAME, { s: stages[1].id, input: { nameFr: '' } }, 'BAD_USER_INPUT'],
        [RENAME, { s: stages[1].id, input: { nameEn: 'x'.repeat(61) } }, 'BAD_USER_INPUT'],
        [RENAME, { s: stages[1].id, input: { nameEn: 'é'.repeat(100_000) } }, 'BAD_USER_INPUT'],
        [RENAME, { s: "1' OR '1'='1", input: { nameEn: 'x' } }, 'STAGE_NOT_FOUND'],
        [RENAME, { s: '00000000-0000-4000-8000-000000000000', input: { nameEn: 'x' } }, 'STAGE_NOT_FOUND'],
        [RENAME, { s: { nested: true }, input: { nameEn: 'x' } }, 'BAD_USER_INPUT'],
        [ADD, { c: campaignId, input: { nameFr: 'A', nameEn: 'B', kind: 'limbo' } }, 'BAD_USER_INPUT'],
        [ADD, { c: campaignId, input: { nameFr: 'A', nameEn: 'B', kind: 'review', position: -1 } }, 'BAD_USER_INPUT'],
        [ADD, { c: 'garbage', input: { nameFr: 'A', nameEn: 'B', kind: 'review' } }, 'CAMPAIGN_NOT_FOUND'],
        [REORDER, { c: campaignId, ids: ['garbage'] }, 'BAD_USER_INPUT'],
        [REORDER, { c: campaignId, ids: [stages[0].id, stages[0].id] }, 'BAD_USER_INPUT'],
        [REMOVE, { s: stages[1].id, to: stages[1].id }, 'BAD_USER_INPUT'],
        [REMOVE, { s: stages[1].id, to: 'garbage' }, 'BAD_USER_INPUT'],
        [REMOVE, { s: stages[1].id, to: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT'],
      ];
      for (const [query, variables, expected] of cases) expect([JSON.stringify(variables).slice(0, 80), await code(query, variables, 'hub')]).toEqual([JSON.stringify(variables).slice(0, 80), expected]);
      // Not theirs to run: refused; a campaign they cannot see: not found.
      expect(await code(RENAME, { s: stages[1].id, input: { nameEn: 'Mine now' } }, 'manager')).toBe('FORBIDDEN');
      expect(await code(ADD, { c: campaignId, input: { nameFr: 'A', nameEn: 'B', kind: 'review' } }, 'member')).toBe('FORBIDDEN');
      expect(await code(REMOVE, { s: stages[2].id }, 'rep')).toBe('FORBIDDEN');
      const [packaging] = await t.ds.query(`SELECT s.id FROM campaign_stages s JOIN campaigns c ON c.id = s.campaign_id WHERE c.title LIKE 'Sustainable%' AND s.kind = 'review'`);
      expect(await code(RENAME, { s: packaging.id, input: { nameEn: 'Peek' } }, 'outsider')).toBe('STAGE_NOT_FOUND');
      expect(await pipelineTable(campaignId)).toBe(before);
    });

    it('removes an empty stage; a stage with ideas only with a target, where they all move in one transaction', async () => {
      const c = await newCampaign('Retrait d’étapes');
      const stages = await stagesOf(c);
      const [review, selected, inProgress] = [stages[1], stages[2], stages[3]];
      const ideas = [await newIdea(c, 'member', 'Première idée à déplacer'), await newIdea(c, 'rep', 'Deuxième idée à déplacer')];
      for (const i of ideas) await move(i, selected.id);

      const before = await pipelineTable(c);
      expect(await code(REMOVE, { s: selected.id }, 'hub')).toBe('STAGE_NOT_EMPTY');
      expect(await pipelineTable(c)).toBe(before);

      const emptied = await ok<{ removeStage: { stages: Stage[] } }>(REMOVE, { s: inProgress.id }, 'hub');
      expect(emptied.removeStage.stages.map((s) => s.kind)).toEqual(['submitted', 'review', 'selected', 'done', 'declined']);

      const moved = await ok<{ removeStage: { stages: Stage[] } }>(REMOVE, { s: selected.id, to: review.id }, 'hub');
      expect(moved.removeStage.stages.map((s) => [s.kind, s.position])).toEqual([['submitted', 0], ['review', 1], ['done', 2], ['declined', 3]]);
      expect(moved.removeStage.stages[1].ideaCount).toBe(2);
      for (const i of ideas) expect(await stageOfIdea(i)).toBe('review');
      const [audit] = await t.ds.query(`SELECT data FROM audit_log WHERE action = 'campaign.stage.remove' AND data->>'stageId' = $1`, [selected.id]);
      expect(audit.data).toMatchObject({ movedTo: review.id });
      expect([...audit.data.ideas].sort()).toEqual([...ideas].sort());
      // Each went through the ideas' own stage-change path (its audit entry names the rule), as any move does.
      for (const i of ideas) {
        const moves = await t.ds.query(`SELECT data FROM audit_log WHERE action = 'idea.stage' AND target_id = $1 AND data->>'rule' = 'campaign.stage.remove'`, [i]);
        expect(moves.map((m: { data: { from: string; to: string } }) => [m.data.from, m.data.to])).toEqual([[selected.id, review.id]]);
      }
    });

    it('keeps positions whole when runners edit the same pipeline at once', async () => {
      const c = await newCampaign('Éditions simultanées');
      const adds = Array.from({ length: 5 }, (_, i) => t.gql(ADD, { c, input: { nameFr: `Étape ${i}`, nameEn: `Step ${i}`, kind: 'review', position: 1 } }, cookie.hub));
      const admins = Array.from({ length: 1 }, () => t.gql(ADD, { c, input: { nameFr: 'Admin', nameEn: 'Admin', kind: 'in_progress' } }, cookie.admin));
      const results = await Promise.all([...adds, ...admins]);
      expect(results.every((r) => r.errors === undefined)).toBe(true);
      const stages = await stagesOf(c);
      expect(stages).toHaveLength(12);
      expect(stages.map((s) => s.position)).toEqual([...Array(12).keys()]);
      expect(new Set(stages.map((s) => s.key)).size).toBe(12);
      // Pipeline full: one more is refused, even concurrently with a reorder and a removal.
      const ids = stages.map((s) => s.id);
      const reversed = [ids[0], ...ids.slice(1, -1).reverse(), ids[ids.length - 1]];
      const [add, reorder, remove] = await Promise.all([
        t.gql(ADD, { c, input: { nameFr: 'Trop', nameEn: 'Too many', kind: 'review' } }, cookie.hub),
        t.gql(REORDER, { c, ids: reversed }, cookie.admin),
        t.gql(REMOVE, { s: ids[1] }, cookie.hub),
      ]);
      // Whatever the order they ran in, positions stay 0…n-1 and every stage is there once.
      const final = await stagesOf(c);
      expect(final.map((s) => s.position)).toEqual([...Array(final.length).keys()]);
      expect(final[0].kind).toBe('submitted');
      expect(final[final.length - 1].kind).toBe('declined');
      expect(remove.errors).toBeUndefined();
      expect(final.some((s) => s.id === ids[1])).toBe(false);
      // The reorder lists the removed stage: it either ran first, or was told the pipeline changed.
      expect([undefined, 'PIPELINE_CHANGED']).toContain(reorder.errors?.[0]?.extensions?.code);
      // The add ran before the removal (full: refused) or after it (one free place: accepted).
      expect(final).toHaveLength(add.errors ? 11 : 12);
      if (add.errors) expect(add.errors[0].extensions?.code).toBe('PIPELINE_RULE_BROKEN');
    });
  });

  describe('scorecards', () => {
    let stageId: string;
    let campaignId: string;
    beforeAll(async () => {
      campaignId = await newCampaign('Grilles d’évaluation');
      stageId = (await stagesOf(campaignId)).find((s) => s.kind === 'review')!.id;
    });
    const table = async (stage = stageId) =>
      JSON.stringify(
        await t.ds.query(
          `SELECT (SELECT string_agg(concat_ws('|', scale_max, auto_advance, advance_threshold, decline_threshold), ',') FROM stage_scorecards WHERE stage_id = $1) AS c,
                  (SELECT string_agg(concat_ws('|', id, position, kind, label_en, weight, currency), ',' ORDER BY position) FROM review_criteria WHERE stage_id = $1) AS r,
                  (SELECT string_agg(user_id::text, ',' ORDER BY user_id) FROM stage_reviewers WHERE stage_id = $1) AS u,
                  (SELECT count(*) FROM audit_log) AS a`,
          [stage],
        ),
      );

    it('sets a scorecard, keeps criteria by id, and audits', async () => {
      const first = await ok<{ setStageScorecard: { scorecard: { criteria: { id: string; labelEn: string; weight: number | null; currency: string | null }[] } } }>(SCORECARD, { s: stageId, input: CARD() }, 'hub');
      const criteria = first.setStageScorecard.scorecard.criteria;
      expect(criteria.map((c) => [c.labelEn, c.weight, c.currency])).toEqual([
        ['Impact', 3, null],
        ['Cost', 1, null],
        ['Feasibility', 2, null],
        ['ROI estimate', null, 'EUR'],
      ]);
      // Keep Feasibility first and Impact (renamed), drop Cost and the estimate, add one.
      const input = CARD({
        criteria: [
          { id: criteria[2].id, kind: 'score', labelFr: 'Faisabilité', labelEn: 'Feasibility', weight: 2.5 },
          { id: criteria[0].id, kind: 'score', labelFr: 'Impact client', labelEn: 'Customer impact', weight: 3 },
          { kind: 'score', labelFr: 'Risque', labelEn: 'Risk', weight: 0.07, descriptionEn: 'Lower is better.' },
        ],
      });
      const second = await ok<{ setStageScorecard: { scorecard: { criteria: { id: string; labelEn: string; weight: number }[] } } }>(SCORECARD, { s: stageId, input }, 'hub');
      expect(second.setStageScorecard.scorecard.criteria.map((c) => [c.id === criteria[2].id || c.id === criteria[0].id, c.labelEn, c.weight])).toEqual([
        [true, 'Feasibility', 2.5],
        [true, 'Customer impact', 3],
        [false, 'Risk', 0.07],
      ]);
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'campaign.scorecard.set' AND data->>'stageId' = $1`, [stageId]);
      expect(n).toBe(2);
    });

    it('refuses bad scorecards and changes nothing', async () => {
      const score = (extra: Record<string, unknown> = {}) => ({ kind: 'score', labelFr: 'Impact', labelEn: 'Impact', weight: 1, ...extra });
      const bad: [Record<string, unknown>, string][] = [
        [CARD({ criteria: [score({ weight: 0 })] }), 'weight 0'],
        [CARD({ criteria: [score({ weight: -2 })] }), 'negative weight'],
        [CARD({ criteria: [score({ weight: 101 })] }), 'weight over 100'],
        [CARD({ criteria: [score({ weight: 1.234 })] }), 'three decimals'],
        [CARD({ criteria: [score({ weight: null })] }), 'score without weight'],
        [CARD({ criteria: [{ kind: 'estimate', labelFr: 'ROI', labelEn: 'ROI', currency: 'EUR' }] }), 'no scored criterion'],
        [CARD({ criteria: [score(), { kind: 'estimate', labelFr: 'ROI', labelEn: 'ROI', currency: 'EUR', weight: 2 }] }), 'weighted estimate'],
        [CARD({ criteria: [score(), { kind: 'estimate', labelFr: 'ROI', labelEn: 'ROI', currency: 'euros' }] }), 'bad currency'],
        [CARD({ criteria: [score(), { kind: 'estimate', labelFr: 'ROI', labelEn: 'ROI' }] }), 'estimate without currency'],
        [CARD({ criteria: [score({ currency: 'EUR' })] }), 'score with currency'],
        [CARD({ criteria: [] }), 'no criteria'],
        [CARD({ criteria: Array.from({ length: 13 }, () => score()) }), 'too many criteria'],
        [CARD({ criteria: [score({ labelEn: '   ' })] }), 'blank label'],
        [CARD({ criteria: [score({ labelFr: 'x'.repeat(81) })] }), 'long label'],
        [CARD({ criteria: [score({ descriptionEn: 'x'.repeat(100_000) })] }), 'oversized description'],
        [CARD({ criteria: [score({ id: 'garbage' })] }), 'garbage criterion id'],
        [CARD({ criteria: [score({ id: '00000000-0000-4000-8000-000000000000' })] }), 'unknown criterion id'],
        [CARD({ criteria: [score({ kind: 'vibe' })] }), 'unknown kind'],
        [CARD({ scaleMax: 1 }), 'scale too small'],
        [CARD({ scaleMax: 11 }), 'scale too large'],
        [CARD({ advanceThreshold: 6 }), 'threshold above the scale'],
        [CARD({ advanceThreshold: 0.5 }), 'threshold below 1'],
        [CARD({ advanceThreshold: 3, declineThreshold: 3 }), 'decline not below advance'],
        [CARD({ advanceThreshold: null }), 'auto-advance without threshold'],
        [CARD({ scaleMax: 'five' }), 'scale of the wrong type'],
      ];
      const before = await table();
      for (const [input, name] of bad) expect([name, await code(SCORECARD, { s: stageId, input }, 'hub')]).toEqual([name, 'BAD_USER_INPUT']);
      const stages = await stagesOf(campaignId);
      expect(await code(SCORECARD, { s: stages[0].id, input: CARD() }, 'hub')).toBe('BAD_USER_INPUT'); // not a review stage
      expect(await code(SCORECARD, { s: stageId, input: CARD() }, 'manager')).toBe('FORBIDDEN');
      expect(await code(SCORECARD, { s: 'garbage', input: CARD() }, 'hub')).toBe('STAGE_NOT_FOUND');
      expect(await code(`mutation($s: ID!) { removeStageScorecard(stageId: $s) { id } }`, { s: stages[2].id }, 'hub')).toBe('SCORECARD_NOT_FOUND');
      expect(await code(REVIEWERS, { s: stages[2].id, ids: [] }, 'hub')).toBe('SCORECARD_NOT_FOUND');
      expect(await table()).toBe(before);
    });

    it('assigns reviewers who can see the campaign, and only them', async () => {
      const rd = await newCampaign('R&D seulement', { audience: 'departments', audienceDepartmentIds: [(await t.ds.query(`SELECT id FROM departments WHERE code = 'rd'`))[0].id] });
      const rdStage = (await stagesOf(rd)).find((s) => s.kind === 'review')!.id;
      await ok(SCORECARD, { s: rdStage, input: CARD() }, 'hub');
      const before = await table(rdStage);
      // James (Sales) cannot see an R&D campaign: refused, naming him.
      const refused = await t.gql(REVIEWERS, { s: rdStage, ids: [id.rdManager, id.outsider] }, cookie.hub);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', userIds: [id.outsider] });
      expect(await table(rdStage)).toBe(before);
      const assigned = await ok<{ setStageReviewers: { scorecard: { reviewers: { email: string }[] } } }>(REVIEWERS, { s: rdStage, ids: [id.rdManager, id.hubMember, id.rdManager] }, 'hub');
      expect(assigned.setStageReviewers.scorecard.reviewers.map((r) => r.email).sort()).toEqual([PEOPLE.hubMember, PEOPLE.rdManager].sort());
      const unchanged = await table();
      for (const ids of [['garbage'], ['00000000-0000-4000-8000-000000000000'], Array.from({ length: 51 }, () => id.member)]) {
        expect(await code(REVIEWERS, { s: stageId, ids }, 'hub')).toBe('BAD_USER_INPUT');
      }
      expect(await code(REVIEWERS, { s: stageId, ids: [id.member] }, 'manager')).toBe('FORBIDDEN');
      expect(await table()).toBe(unchanged);
      // A reviewer list is for runners and reviewers: R&D's member sees the scorecard, not who reviews.
      const seen = await ok<{ campaign: { stages: { scorecard: { reviewers: unknown[]; viewerIsReviewer: boolean } | null }[] } }>(
        `query($c: ID!) { campaign(id: $c) { stages { scorecard { reviewers { id } viewerIsReviewer } } } }`,
        { c: rd },
        'rdMember',
      );
      expect(seen.campaign.stages.find((s) => s.scorecard)!.scorecard).toEqual({ reviewers: [], viewerIsReviewer: false });
    });
  });

  describe('reviewing', () => {
    it('lets assigned reviewers review (not the author, not others), renormalises N/A, and keeps notes private', async () => {
      const { review, criteria, campaignId } = await reviewedCampaign('Notes privées', ['manager', 'hubMember', 'rdManager'], CARD({ autoAdvance: false, advanceThreshold: null, declineThreshold: null }));
      const ideaId = await newIdea(campaignId, 'member', 'Une idée à évaluer en privé');
      await ok(`mutation($i: ID!) { vote(ideaId: $i, value: up) { remainingVotes } }`, { i: ideaId }, 'outsider');
      // Not yet at the review stage.
      expect(await code(SUBMIT, { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [5, 5, 5]) } }, 'manager')).toBe('REVIEW_STAGE_CLOSED');
      await move(ideaId, review.id);

      const mine = await ok<{ submitReview: { review: { weightedScore: number; note: string } } }>(
        SUBMIT,
        { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [5, null, 2]), note: 'SECRET-NOTE-CLAIRE: budget risk' } },
        'manager',
      );
      // Cost not applicable: (3·5 + 2·2) / 5, not / 6.
      expect(mine.submitReview.review.weightedScore).toBeCloseTo(19 / 5, 10);
      await ok(SUBMIT, { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [3, 4, 3], null), note: 'SECRET-NOTE-HUGO' } }, 'hubMember');

      for (const who of ['member', 'rep', 'admin', 'outsider'] as Person[]) {
        expect([who, await code(SUBMIT, { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [1, 1, 1]) } }, who)]).toEqual([who, 'FORBIDDEN']);
      }

      // Readers: the stage's reviewers and the campaign's runners.
      for (const who of ['manager', 'hubMember', 'rdManager', 'hub', 'admin'] as Person[]) {
        const { idea } = await ok<{ idea: { reviewSummary: { reviewCount: number; assignedIn: number; weightedMean: number; criteria: { answered: number; notApplicable: number }[] } | null; reviews: { note: string }[] } }>(IDEA_REVIEWS, { i: ideaId }, who);
        expect([who, idea.reviews.map((r) => r.note).sort()]).toEqual([who, ['SECRET-NOTE-CLAIRE: budget risk', 'SECRET-NOTE-HUGO']]);
        expect(idea.reviewSummary).toMatchObject({ reviewCount: 2, assignedCount: 3, assignedIn: 2 });
        const claire = (3 * 5 + 2 * 2) / 5;
        const hugo = weightedScore(
          criteria.map((c, i) => ({ id: c.id, kind: c.kind as 'score' | 'estimate', weight: [3, 1, 2, null][i] })),
          answers(criteria, [3, 4, 3], null).map((a) => ({ criterionId: a.criterionId, score: a.score ?? null, amount: a.amount ?? null, notApplicable: a.notApplicable ?? false })),
        )!;
        expect(idea.reviewSummary!.weightedMean).toBeCloseTo((claire + hugo) / 2, 10);
        expect(idea.reviewSummary!.criteria.map((c) => [c.answered, c.notApplicable])).toEqual([[2, 0], [1, 1], [2, 0], [1, 1]]);
      }
      // Everyone else — the author, a voter, people who may review elsewhere — sees none of it.
      for (const who of ['member', 'outsider', 'rep', 'rdMember'] as Person[]) {
        const { idea } = await ok<{ idea: { reviewSummary: unknown; reviews: unknown[]; myReview: unknown; viewerCanReview: boolean } }>(IDEA_REVIEWS, { i: ideaId }, who);
        expect([who, idea]).toEqual([who, { id: ideaId, viewerCanReview: false, myReview: null, reviewSummary: null, reviews: [] }]);
      }
      // Nor through any other query that reaches the idea: the board, the queues, a stage argument.
      const anywhere = await Promise.all(
        (['member', 'outsider'] as Person[]).map((who) =>
          t.gql(
            `query($c: ID!, $i: ID!, $s: ID!) { ideas(campaignId: $c, first: 50) { nodes { id reviewSummary { weightedMean } reviews { note } myReview { note } } }
              idea(id: $i) { reviewSummary(stageId: $s) { reviewCount } reviews(stageId: $s) { note } }
              reviewQueue(campaignId: $c) { id reviews { note } } reviewsAssignedToMe(first: 50) { nodes { id reviews { note } } } }`,
            { c: campaignId, i: ideaId, s: review.id },
            cookie[who],
          ),
        ),
      );
      for (const res of anywhere) {
        expect(res.errors).toBeUndefined();
        expect(JSON.stringify(res.data)).not.toMatch(/SECRET-NOTE/);
      }
      // The author, were they to run the campaign, would still not see it: the policy says so (policy.spec.ts).
    });

    it('refuses bad reviews and changes nothing', async () => {
      const { review, criteria, campaignId } = await reviewedCampaign('Mauvaises évaluations', ['manager'], CARD({ autoAdvance: false, advanceThreshold: null, declineThreshold: null }));
      const ideaId = await newIdea(campaignId, 'member', 'Une idée mal évaluée');
      await move(ideaId, review.id);
      const reviews = async () => JSON.stringify(await t.ds.query(`SELECT r.note, s.* FROM idea_reviews r LEFT JOIN idea_review_scores s ON s.review_id = r.id WHERE r.idea_id = $1 ORDER BY s.criterion_id`, [ideaId]));
      const before = await reviews();
      const bad: [string, Record<string, unknown>, string][] = [
        ['score above the scale', { stageId: review.id, answers: answers(criteria, [6, 1, 1]) }, 'BAD_USER_INPUT'],
        ['score of 0', { stageId: review.id, answers: answers(criteria, [0, 1, 1]) }, 'BAD_USER_INPUT'],
        ['fractional score', { stageId: review.id, answers: answers(criteria, [2.5, 1, 1]) }, 'BAD_USER_INPUT'],
        ['missing criterion', { stageId: review.id, answers: answers(criteria, [1, 1, 1]).slice(1) }, 'BAD_USER_INPUT'],
        ['criterion twice', { stageId: review.id, answers: [...answers(criteria, [1, 1, 1]).slice(1), answers(criteria, [1, 1, 1])[1]] }, 'BAD_USER_INPUT'],
        ['unknown criterion', { stageId: review.id, answers: [{ criterionId: '00000000-0000-4000-8000-000000000000', score: 1 }, ...answers(criteria, [1, 1, 1]).slice(1)] }, 'BAD_USER_INPUT'],
        ['N/A with a score', { stageId: review.id, answers: [{ ...answers(criteria, [1, 1, 1])[0], notApplicable: true }, ...answers(criteria, [1, 1, 1]).slice(1)] }, 'BAD_USER_INPUT'],
        ['score on an estimate', { stageId: review.id, answers: [...answers(criteria, [1, 1, 1]).slice(0, 3), { criterionId: criteria[3].id, score: 3 }] }, 'BAD_USER_INPUT'],
        ['absurd amount', { stageId: review.id, answers: answers(criteria, [1, 1, 1], 1e15) }, 'BAD_USER_INPUT'],
        ['oversized note', { stageId: review.id, answers: answers(criteria, [1, 1, 1]), note: 'x'.repeat(4001) }, 'BAD_USER_INPUT'],
        ['huge note', { stageId: review.id, answers: answers(criteria, [1, 1, 1]), note: 'é'.repeat(100_000) }, 'BAD_USER_INPUT'],
        ['garbage stage', { stageId: 'garbage', answers: answers(criteria, [1, 1, 1]) }, 'STAGE_NOT_FOUND'],
        ['another stage', { stageId: (await stagesOf(campaignId))[0].id, answers: answers(criteria, [1, 1, 1]) }, 'REVIEW_STAGE_CLOSED'],
        ['answers of the wrong type', { stageId: review.id, answers: 'five' }, 'BAD_USER_INPUT'],
      ];
      for (const [name, input, expected] of bad) expect([name, await code(SUBMIT, { i: ideaId, input }, 'manager')]).toEqual([name, expected]);
      for (const garbage of ['garbage', '00000000-0000-4000-8000-000000000000', "1' OR '1'='1"]) {
        expect(await code(SUBMIT, { i: garbage, input: { stageId: review.id, answers: answers(criteria, [1, 1, 1]) } }, 'manager')).toBe('IDEA_NOT_FOUND');
      }
      expect(await reviews()).toBe(before);
      // Replayed: the same review twice is one review.
      for (let i = 0; i < 2; i++) await ok(SUBMIT, { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [4, 4, 4]), note: 'Deux fois' } }, 'manager');
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM idea_reviews WHERE idea_id = $1`, [ideaId]);
      expect(n).toBe(1);
      // A scale in use cannot change; the scorecard cannot be removed.
      expect(await code(SCORECARD, { s: review.id, input: CARD({ scaleMax: 10, autoAdvance: false, advanceThreshold: null, declineThreshold: null }) }, 'hub')).toBe('SCORECARD_LOCKED');
      expect(await code(`mutation($s: ID!) { removeStageScorecard(stageId: $s) { id } }`, { s: review.id }, 'hub')).toBe('SCORECARD_LOCKED');
    });

    it('takes volunteers where the scorecard welcomes them, without counting them as assigned', async () => {
      const { review, criteria, campaignId } = await reviewedCampaign('Volontaires', ['hubMember'], CARD({ allowVolunteers: true }));
      const ideaId = await newIdea(campaignId, 'member', 'Une idée pour volontaires');
      await move(ideaId, review.id);
      // A manager who is not assigned may review (and read); a representative may not (no 'content.review').
      await ok(SUBMIT, { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [5, 5, 5]), note: 'Volontaire' } }, 'rdManager');
      expect(await code(SUBMIT, { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [5, 5, 5]) } }, 'rep')).toBe('FORBIDDEN');
      const { idea } = await ok<{ idea: { reviewSummary: { reviewCount: number; assignedIn: number; assignedCount: number } } }>(IDEA_REVIEWS, { i: ideaId }, 'rdManager');
      expect(idea.reviewSummary).toMatchObject({ reviewCount: 1, assignedCount: 1, assignedIn: 0 });
      expect(await stageOfIdea(ideaId)).toBe('review');
      // The assigned reviewer's review completes the stage: (5 + 5) / 2 ≥ 3.5.
      await ok(SUBMIT, { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [5, 5, 5]) } }, 'hubMember');
      expect(await stageOfIdea(ideaId)).toBe('selected');
    });

    it('never shows reviews to the idea’s author, even one who runs the campaign', async () => {
      const { review, criteria, campaignId } = await reviewedCampaign('Auteur et animatrice', ['manager'], CARD({ autoAdvance: false, advanceThreshold: null, declineThreshold: null }));
      // Camille runs the campaign (she created it) and writes an idea in it.
      const ideaId = await newIdea(campaignId, 'hub', 'Idée de l’animatrice');
      await move(ideaId, review.id);
      await ok(SUBMIT, { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [2, 2, 2]), note: 'SECRET-NOTE-ABOUT-CAMILLE' } }, 'manager');
      const res = await t.gql(`query($i: ID!, $c: ID!) { idea(id: $i) { reviewSummary { reviewCount } reviews { note } viewerCanReview } reviewQueue(campaignId: $c) { id reviews { note } } }`, { i: ideaId, c: campaignId }, cookie.hub);
      expect(res.errors).toBeUndefined();
      expect(JSON.stringify(res.data)).not.toMatch(/SECRET-NOTE/);
      expect(res.data).toMatchObject({ idea: { reviewSummary: null, reviews: [], viewerCanReview: false } });
      // Another runner (an administrator) reads it.
      const admin = await ok<{ idea: { reviews: { note: string }[] } }>(IDEA_REVIEWS, { i: ideaId }, 'admin');
      expect(admin.idea.reviews.map((r) => r.note)).toEqual(['SECRET-NOTE-ABOUT-CAMILLE']);
    });

    it('removes a scorecard nobody reviewed with yet, with its reviewers', async () => {
      const { review } = await reviewedCampaign('Grille retirée', ['manager']);
      const removed = await ok<{ removeStageScorecard: { scorecard: unknown } }>(`mutation($s: ID!) { removeStageScorecard(stageId: $s) { id scorecard { scaleMax } } }`, { s: review.id }, 'hub');
      expect(removed.removeStageScorecard.scorecard).toBeNull();
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM stage_reviewers WHERE stage_id = $1`, [review.id]);
      expect(n).toBe(0);
      expect(await code(`mutation($s: ID!) { removeStageScorecard(stageId: $s) { id } }`, { s: review.id }, 'hub')).toBe('SCORECARD_NOT_FOUND');
    });
  });

  describe('the auto-advance rule', () => {
    it('moves the idea once when the last assigned review arrives at or above the threshold, and refuses edits afterwards', async () => {
      const { review, criteria, campaignId } = await reviewedCampaign('Passage automatique', ['manager', 'hubMember']);
      const ideaId = await newIdea(campaignId, 'member', 'Une idée qui passe toute seule');
      await move(ideaId, review.id);
      const first = await ok<{ submitReview: { movedTo: unknown } }>(SUBMIT, { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [5, 5, 5]) } }, 'manager');
      expect(first.submitReview.movedTo).toBeNull();
      expect(await stageOfIdea(ideaId)).toBe('review');
      const last = await ok<{ submitReview: { movedTo: { key: string }; idea: { stage: { key: string } } } }>(SUBMIT, { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [4, 3, 3]) } }, 'hubMember');
      // (5 + (12+3+6)/6) / 2 = 4.25 ≥ 3.5
      expect(last.submitReview.movedTo).toEqual({ key: 'selected' });
      expect(last.submitReview.idea.stage.key).toBe('selected');
      const audits = await t.ds.query(`SELECT actor_id, data FROM audit_log WHERE action = 'idea.stage' AND target_id = $1`, [ideaId]);
      expect(audits.filter((a: { data: { rule?: string } }) => a.data.rule === 'reviews.advance')).toHaveLength(1);
      // Through the ideas' stage-change path: the author (who follows their idea) is told of it, once, as of the runner's move before.
      const told = await t.ds.query(`SELECT payload FROM notifications WHERE user_id = $1 AND kind = 'idea.stage_changed' AND subject_id = $2 ORDER BY created_at`, [id.member, ideaId]);
      expect(told.map((n: { payload: { stageKind: string } }) => n.payload.stageKind)).toEqual(['review', 'selected']);
      // The review stays (history, summary), but can no longer change.
      expect(await code(SUBMIT, { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [1, 1, 1]) } }, 'manager')).toBe('REVIEW_STAGE_CLOSED');
      const { idea } = await ok<{ idea: { reviewSummary: { reviewCount: number; weightedMean: number } } }>(IDEA_REVIEWS, { i: ideaId }, 'hub');
      expect(idea.reviewSummary.reviewCount).toBe(2);
      expect(idea.reviewSummary.weightedMean).toBeCloseTo(4.25, 10);
    });

    it('fires exactly once when the last reviews arrive at the same time', async () => {
      const reviewers: Person[] = ['manager', 'hubMember', 'rdManager', 'hub', 'admin'];
      const { review, criteria, campaignId } = await reviewedCampaign('Dernières évaluations simultanées', reviewers);
      const ideaIds = [await newIdea(campaignId, 'member', 'Idée simultanée un'), await newIdea(campaignId, 'rep', 'Idée simultanée deux')];
      for (const i of ideaIds) await move(i, review.id);
      const results = await Promise.all(
        ideaIds.flatMap((i) => reviewers.map((who) => t.gql<{ submitReview: { movedTo: { key: string } | null } }>(SUBMIT, { i, input: { stageId: review.id, answers: answers(criteria, [5, 4, 4]) } }, cookie[who]))),
      );
      // Every review either landed, or arrived after the idea had moved on (REVIEW_STAGE_CLOSED is impossible:
      // the idea moves only with the last one).
      expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(results.map(() => 'ok'));
      expect(results.filter((r) => r.data?.submitReview.movedTo?.key === 'selected')).toHaveLength(2);
      for (const i of ideaIds) {
        expect(await stageOfIdea(i)).toBe('selected');
        const moves = await t.ds.query(`SELECT data FROM audit_log WHERE action = 'idea.stage' AND target_id = $1 AND data->>'rule' IS NOT NULL`, [i]);
        expect(moves).toHaveLength(1);
        const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM idea_reviews WHERE idea_id = $1`, [i]);
        expect(n).toBe(reviewers.length);
      }
    });

    it('does not wait for an assigned reviewer who can no longer see the campaign', async () => {
      const dept = async (code: string) => (await t.ds.query(`SELECT id FROM departments WHERE code = $1`, [code]))[0].id as string;
      const campaignId = await newCampaign('Audience changeante', { audience: 'departments', audienceDepartmentIds: [await dept('rd')] });
      const review = (await stagesOf(campaignId)).find((s) => s.kind === 'review')!;
      const criteria = (await ok<{ setStageScorecard: { scorecard: { criteria: Card } } }>(SCORECARD, { s: review.id, input: CARD() }, 'hub')).setStageScorecard.scorecard.criteria;
      await ok(REVIEWERS, { s: review.id, ids: [id.rdManager, id.hubMember] }, 'hub');
      const ideaId = await newIdea(campaignId, 'rdMember', 'Une idée de la R&D');
      await move(ideaId, review.id);
      // The campaign is now for Marketing only: Élodie (R&D) no longer sees it, so it cannot wait for her.
      await ok(`mutation($c: ID!, $d: [ID!]) { updateCampaign(id: $c, input: { audience: departments, audienceDepartmentIds: $d }) { id } }`, { c: campaignId, d: [await dept('marketing')] }, 'hub');
      expect(await code(SUBMIT, { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [5, 5, 5]) } }, 'rdManager')).toBe('IDEA_NOT_FOUND');
      const last = await ok<{ submitReview: { movedTo: { key: string } | null } }>(SUBMIT, { i: ideaId, input: { stageId: review.id, answers: answers(criteria, [4, 4, 4]) } }, 'hubMember');
      expect(last.submitReview.movedTo).toEqual({ key: 'selected' });
    });

    it('leaves an idea between the thresholds where it is, declines one below the low threshold, and waits for every assigned reviewer', async () => {
      const { review, criteria, campaignId } = await reviewedCampaign('Sous le seuil', ['manager', 'hubMember']);
      const middling = await newIdea(campaignId, 'member', 'Une idée moyenne');
      const weak = await newIdea(campaignId, 'member', 'Une idée faible');
      const waiting = await newIdea(campaignId, 'member', 'Une idée en attente');
      for (const i of [middling, weak, waiting]) await move(i, review.id);
      for (const who of ['manager', 'hubMember'] as Person[]) {
        await ok(SUBMIT, { i: middling, input: { stageId: review.id, answers: answers(criteria, [3, 3, 3]) } }, who);
        await ok(SUBMIT, { i: weak, input: { stageId: review.id, answers: answers(criteria, [1, 2, 1]) } }, who);
      }
      await ok(SUBMIT, { i: waiting, input: { stageId: review.id, answers: answers(criteria, [5, 5, 5]) } }, 'manager');
      expect(await stageOfIdea(middling)).toBe('review');
      expect(await stageOfIdea(weak)).toBe('declined');
      expect(await stageOfIdea(waiting)).toBe('review');
      // A volunteer's review does not stand in for an assigned one (volunteers are off here anyway).
      expect(await code(SUBMIT, { i: waiting, input: { stageId: review.id, answers: answers(criteria, [5, 5, 5]) } }, 'rdManager')).toBe('FORBIDDEN');
      // Rewriting a review re-applies the rule: the middling idea passes once a reviewer raises their scores.
      const raised = await ok<{ submitReview: { movedTo: { key: string } | null } }>(SUBMIT, { i: middling, input: { stageId: review.id, answers: answers(criteria, [5, 5, 5]) } }, 'manager');
      expect(raised.submitReview.movedTo).toEqual({ key: 'selected' });
    });
  });

  describe('review queues', () => {
    it('lists the ideas awaiting my review across campaigns, with counts, and the demo has some', async () => {
      const res = await ok<{ reviewsAssignedToMe: { totalCount: number; nodes: { id: string; title: string; viewerCanReview: boolean }[]; byCampaign: { campaign: { title: string }; pending: number }[] } }>(
        `{ reviewsAssignedToMe(first: 50) { totalCount nodes { id title viewerCanReview } byCampaign { campaign { title } pending } } }`,
        {},
        'rdManager',
      );
      const demo = res.reviewsAssignedToMe.byCampaign.find((c) => c.campaign.title === 'Mieux servir nos clients en 2027');
      expect(demo?.pending).toBe(2);
      expect(res.reviewsAssignedToMe.nodes.every((n) => n.viewerCanReview)).toBe(true);
      expect(res.reviewsAssignedToMe.totalCount).toBe(res.reviewsAssignedToMe.byCampaign.reduce((s, c) => s + c.pending, 0));
      // Paging: one at a time, oldest first, no repeats.
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { reviewsAssignedToMe: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await ok(
          `query($a: String) { reviewsAssignedToMe(first: 1, after: $a) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
          { a: after },
          'rdManager',
        );
        seen.push(...page.reviewsAssignedToMe.nodes.map((n) => n.id));
        if (!page.reviewsAssignedToMe.pageInfo.hasNextPage) break;
        after = page.reviewsAssignedToMe.pageInfo.endCursor;
      }
      expect(seen).toEqual(res.reviewsAssignedToMe.nodes.map((n) => n.id));
      expect(await code(`{ reviewsAssignedToMe(first: 0) { totalCount } }`, {}, 'rdManager')).toBe('BAD_USER_INPUT');
      expect(await code(`{ reviewsAssignedToMe(first: 5, after: "garbage") { totalCount } }`, {}, 'rdManager')).toBe('BAD_USER_INPUT');
      const none = await ok<{ reviewsAssignedToMe: { totalCount: number } }>(`{ reviewsAssignedToMe(first: 5) { totalCount } }`, {}, 'member');
      expect(none.reviewsAssignedToMe.totalCount).toBe(0);
    });

    it('reads the review fields of a whole board in a bounded number of statements', async () => {
      const [demo] = await t.ds.query(`SELECT id FROM campaigns WHERE title = 'Mieux servir nos clients en 2027'`);
      const doc = `query($c: ID!, $n: Int!) { ideas(campaignId: $c, first: $n) { nodes { id viewerCanReview myReview { id } reviewSummary { weightedMean criteria { mean } } reviews { note reviewer { id } } } } }`;
      const { result: small, queries: few } = await countQueries(t.ds, () => t.gql<{ ideas: { nodes: unknown[] } }>(doc, { c: demo.id, n: 2 }, cookie.hub));
      const { result: large, queries: many } = await countQueries(t.ds, () => t.gql<{ ideas: { nodes: unknown[] } }>(doc, { c: demo.id, n: 50 }, cookie.hub));
      expect(small.errors).toBeUndefined();
      expect(large.errors).toBeUndefined();
      expect(large.data!.ideas.nodes.length).toBeGreaterThan(small.data!.ideas.nodes.length);
      // Per-idea fields go through DataLoaders: a fixed number of batches, whatever the page size (the exact
      // number depends on which ideas sit at a scorecard stage, so the two pages may differ by a few).
      expect(many.length).toBeLessThanOrEqual(16);
    });

    it('shows a campaign’s review page to its reviewers and runners, without their own ideas', async () => {
      const [demo] = await t.ds.query(`SELECT id FROM campaigns WHERE title = 'Mieux servir nos clients en 2027'`);
      const queue = async (who: Person) => (await ok<{ reviewQueue: { title: string }[] }>(`query($c: ID!) { reviewQueue(campaignId: $c) { title } }`, { c: demo.id }, who)).reviewQueue.map((i) => i.title);
      expect((await queue('manager')).length).toBe(2);
      expect(await queue('hub')).toHaveLength(2);
      expect(await queue('member')).toEqual([]);
      // Hugo wrote one of them: not in his queue (and he is no reviewer there anyway).
      expect(await queue('hubMember')).toEqual([]);
      expect(await code(`query($c: ID!) { reviewQueue(campaignId: $c) { id } }`, { c: 'garbage' }, 'manager')).toBe('CAMPAIGN_NOT_FOUND');
    });
  });
});
