import type { EntityManager } from 'typeorm';
import { canonicalPair, choosePair, pairKey } from '@ruche/shared';
import { ON_BOARD } from '../ideas';

/** The demo campaign people have compared ideas in (« Qualité de vie au travail », open, for everyone). */
const DEMO_TITLE_PREFIX = 'Qualité de vie au travail';
const PEOPLE = 24;
const PAIRS_EACH = 9;

/** Deterministic pseudo-random numbers (mulberry32), so the demo ranking is the same on every first start. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Seeds pairwise answers in one demo campaign so that its ranking page has content on first start:
 * two dozen demo people each compare nine pairs, drawn as the service draws them (least-compared first,
 * never their own idea, never the same pair twice). Answers follow a Bradley-Terry model whose strengths
 * come from the ideas' votes (share of up votes), with some "no preference" and a few skips.
 */
export async function seedDemoPairwise(tx: EntityManager): Promise<void> {
  const [campaign]: { id: string }[] = await tx.query(`SELECT id FROM campaigns WHERE title LIKE $1 || '%' ORDER BY created_at LIMIT 1`, [DEMO_TITLE_PREFIX]);
  if (!campaign) return;
  const ideas: { id: string; author_id: string | null; up: number; down: number }[] = await tx.query(
    `SELECT i.id, i.author_id, t.up_votes AS up, t.down_votes AS down FROM ideas i JOIN idea_tallies t ON t.idea_id = i.id
      WHERE i.campaign_id = $1 AND ${ON_BOARD} ORDER BY i.created_at, i.id`,
    [campaign.id],
  );
  const people: { id: string }[] = await tx.query(`SELECT id FROM users WHERE deactivated_at IS NULL ORDER BY email LIMIT $1`, [PEOPLE]);
  const strength = new Map(ideas.map((i) => [i.id, Math.log((i.up + 1) / (i.down + 1))]));
  const next = random(1004);
  const counts = new Map<string, number>();
  const rows: { user: string; a: string; b: string; outcome: string }[] = [];
  for (const person of people) {
    const pool = ideas.filter((i) => i.author_id !== person.id).map((i) => i.id);
    const seen = new Set<string>();
    for (let k = 0; k < PAIRS_EACH; k++) {
      const pair = choosePair(pool, counts, seen, next);
      if (!pair) break;
      seen.add(pairKey(pair[0], pair[1]));
      for (const id of pair) counts.set(id, (counts.get(id) ?? 0) + 1);
      const [a, b] = canonicalPair(pair[0], pair[1]);
      const roll = next();
      const pA = 1 / (1 + Math.exp(strength.get(b)! - strength.get(a)!));
      const outcome = roll < 0.04 ? 'skip' : roll < 0.14 ? 'none' : next() < pA ? 'a' : 'b';
      rows.push({ user: person.id, a, b, outcome });
    }
  }
  // Spread over the last days, so that the answers do not all carry the seeding instant.
  await tx.query(
    `INSERT INTO pairwise_answers (campaign_id, user_id, idea_a, idea_b, outcome, token, created_at)
     SELECT $1, u, a, b, o, gen_random_uuid(), now() - make_interval(mins => m)
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[]) AS s(u, a, b, o, m)`,
    [campaign.id, rows.map((r) => r.user), rows.map((r) => r.a), rows.map((r) => r.b), rows.map((r) => r.outcome), rows.map((_, i) => (rows.length - i) * 17)],
  );
}
