import type { EntityManager } from 'typeorm';

const EMAIL = (local: string) => `${local}@maison-lumiere.example`;

/** The scorecard of the "Under review" stage of « Mieux servir nos clients en 2027 »: [kind, fr, en, description fr, description en, weight, currency]. */
const CRITERIA: [string, string, string, string, string, number | null, string | null][] = [
  ['score', 'Impact client', 'Customer impact', 'Combien de clients en profitent, et combien.', 'How many customers benefit, and how much.', 3, null],
  ['score', 'Coût (5 = peu coûteux)', 'Cost (5 = inexpensive)', 'Budget et temps nécessaires, à l’envers\u202f: 5 ne coûte presque rien.', 'Budget and time needed, reversed: 5 costs next to nothing.', 1, null],
  ['score', 'Faisabilité', 'Feasibility', 'Pouvons-nous le faire avec nos équipes et nos outils actuels\u202f?', 'Can we do it with the teams and tools we have?', 2, null],
  ['estimate', 'Retour sur investissement estimé', 'ROI estimate', 'Gain net sur un an, en euros.', 'Net gain over one year, in euros.', null, 'EUR'],
];

/** Reviews already in: [idea title prefix, reviewer, scores (null = not applicable), ROI, note]. */
const REVIEWS: [string, string, (number | null)[], number | null, string][] = [
  ['Answer public complaints', 'claire.dubois', [5, 3, 4], 45000, 'Strong for reputation; the rota needs customer service on board before we promise one hour.'],
  ['Answer public complaints', 'camille.laurent', [4, 4, 5], 30000, 'Le hub peut tenir la permanence dès janvier\u202f; prévoir un guide de réponses.'],
  ['Une FAQ nourrie', 'camille.laurent', [4, 5, null], 12000, 'Peu coûteux. Faisabilité à voir avec l’équipe web, d’où «\u202fnon applicable\u202f» pour l’instant.'],
];

/**
 * Demo reviews: one campaign's review stage gets a weighted scorecard (impact, cost, feasibility and an
 * ROI estimate), three assigned reviewers, the auto-advance rule, and a few reviews in — so that the
 * review pages and the runners' aggregates are alive on first start. Claire Dubois and Élodie Lambert
 * still have ideas waiting in their queue.
 */
export async function seedDemoReviews(tx: EntityManager): Promise<void> {
  const [stage]: { id: string; campaign_id: string }[] = await tx.query(
    `SELECT s.id, s.campaign_id FROM campaign_stages s JOIN campaigns c ON c.id = s.campaign_id WHERE c.title = 'Mieux servir nos clients en 2027' AND s.kind = 'review' ORDER BY s.position LIMIT 1`,
  );
  if (!stage) return;
  const people: { id: string; email: string }[] = await tx.query(`SELECT id, email FROM users WHERE email = ANY($1)`, [['claire.dubois', 'camille.laurent', 'elodie.lambert'].map(EMAIL)]);
  const person = (local: string) => people.find((p) => p.email === EMAIL(local))?.id;
  const coordinator = person('camille.laurent');
  await tx.query(
    `INSERT INTO stage_scorecards (stage_id, campaign_id, scale_max, auto_advance, advance_threshold, decline_threshold, allow_volunteers) VALUES ($1, $2, 5, true, 3.5, 2, false)`,
    [stage.id, stage.campaign_id],
  );
  const criteria: string[] = [];
  for (const [position, [kind, fr, en, dfr, den, weight, currency]] of CRITERIA.entries()) {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO review_criteria (stage_id, position, kind, label_fr, label_en, description_fr, description_en, weight, currency) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [stage.id, position, kind, fr, en, dfr, den, weight, currency],
    );
    criteria.push(row.id);
  }
  for (const reviewer of ['claire.dubois', 'camille.laurent', 'elodie.lambert']) {
    const id = person(reviewer);
    if (id) await tx.query(`INSERT INTO stage_reviewers (stage_id, user_id, campaign_id, assigned_by) VALUES ($1, $2, $3, $4)`, [stage.id, id, stage.campaign_id, coordinator ?? null]);
  }
  for (const [title, reviewer, scores, roi, note] of REVIEWS) {
    const [idea]: { id: string }[] = await tx.query(`SELECT id FROM ideas WHERE stage_id = $1 AND title LIKE $2 || '%'`, [stage.id, title]);
    const reviewerId = person(reviewer);
    if (!idea || !reviewerId) continue;
    const [review]: { id: string }[] = await tx.query(
      `INSERT INTO idea_reviews (idea_id, stage_id, campaign_id, reviewer_id, note, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, now() - interval '20 hours', now() - interval '20 hours') RETURNING id`,
      [idea.id, stage.id, stage.campaign_id, reviewerId, note],
    );
    const answers = [...scores, roi];
    for (const [i, criterionId] of criteria.entries()) {
      const value = answers[i];
      const isEstimate = CRITERIA[i][0] === 'estimate';
      await tx.query(`INSERT INTO idea_review_scores (review_id, criterion_id, score, amount, not_applicable) VALUES ($1, $2, $3, $4, $5)`, [
        review.id,
        criterionId,
        value !== null && !isEstimate ? value : null,
        value !== null && isEstimate ? value : null,
        value === null,
      ]);
    }
  }
}
