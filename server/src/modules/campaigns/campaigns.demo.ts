import type { EntityManager } from 'typeorm';
import { renderMarkdown } from './markdown';
import { insertDefaultStages } from './campaigns.service';

/** The demo's campaigns, by key, with their stage ids by stage key (for the ideas demo). */
export type DemoCampaigns = Map<string, { id: string; stages: Map<string, string>; audience: string[] | null; budget: number | null }>;

interface SeedCampaign {
  key: string;
  department: string;
  createdBy: string;
  title: string;
  description: string;
  /** Days from now (negative: in the past). */
  opensInDays: number;
  closesInDays: number;
  /** Department codes; null: everyone. */
  audience: string[] | null;
  voteBudget: number | null;
  hideCounts: boolean;
}

export const DEMO_CAMPAIGNS: SeedCampaign[] = [
  {
    key: 'clients',
    department: 'hub',
    createdBy: 'camille.laurent@maison-lumiere.example',
    title: 'Mieux servir nos clients en 2027',
    description:
      'Nos clients nous parlent tous les jours — en boutique, au téléphone, sur les réseaux. **Quelles idées simples nous feraient gagner en qualité de service\u202f?**\n\n' +
      '- une idée par proposition, avec le problème qu’elle résout\u202f;\n- votez pour celles que vous voulez voir avancer\u202f;\n- le hub et les managers étudient les plus soutenues chaque mois.',
    opensInDays: -12,
    closesInDays: 40,
    audience: null,
    voteBudget: null,
    hideCounts: false,
  },
  {
    key: 'packaging',
    department: 'rd',
    createdBy: 'elodie.lambert@maison-lumiere.example',
    title: 'Sustainable packaging lab',
    description:
      'R&D is redesigning our packaging for 2027. We want **fewer materials, less plastic and a better unboxing** — without raising unit costs by more than 3%.\n\n' +
      'This campaign is open to the R&D team only while the patents are being filed. Counts stay hidden until you vote, so that early votes do not steer later ones.',
    opensInDays: -5,
    closesInDays: 25,
    audience: ['rd'],
    voteBudget: null,
    hideCounts: true,
  },
  {
    key: 'qvt',
    department: 'rh',
    createdBy: 'sophie.garnier@maison-lumiere.example',
    title: 'Qualité de vie au travail\u202f: vos cinq priorités',
    description:
      'Les RH préparent le plan 2027 de qualité de vie au travail. Chacun dispose de **5 votes**\u202f: gardez-les pour ce qui compte vraiment pour vous.\n\n' +
      'English speakers welcome: post in the language you prefer.',
    opensInDays: -20,
    closesInDays: 10,
    audience: null,
    voteBudget: 5,
    hideCounts: false,
  },
];

/** Seeds the demo campaigns with their default stages; people and departments are seeded first. */
export async function seedDemoCampaigns(tx: EntityManager, departmentIds: Map<string, string>): Promise<DemoCampaigns> {
  const users = new Map<string, string>(((await tx.query(`SELECT id, email::text AS email FROM users`)) as { id: string; email: string }[]).map((u) => [u.email, u.id]));
  const seeded: DemoCampaigns = new Map();
  for (const c of DEMO_CAMPAIGNS) {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO campaigns (department_id, title, description, description_html, opens_at, closes_at, audience, vote_budget, hide_counts_until_voted, created_by, created_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(days => $5), now() + make_interval(days => $6), $7, $8, $9, $10, now() + make_interval(days => $5))
       RETURNING id`,
      [departmentIds.get(c.department), c.title, c.description, renderMarkdown(c.description), c.opensInDays, c.closesInDays, c.audience ? 'departments' : 'everyone', c.voteBudget, c.hideCounts, users.get(c.createdBy)],
    );
    if (c.audience) {
      await tx.query(`INSERT INTO campaign_departments (campaign_id, department_id) SELECT $1, unnest($2::uuid[])`, [row.id, c.audience.map((code) => departmentIds.get(code))]);
    }
    await insertDefaultStages(tx, row.id);
    const stages: { id: string; key: string }[] = await tx.query(`SELECT id, key FROM campaign_stages WHERE campaign_id = $1`, [row.id]);
    seeded.set(c.key, { id: row.id, stages: new Map(stages.map((s) => [s.key, s.id])), audience: c.audience, budget: c.voteBudget });
  }
  return seeded;
}
