import type { DataSource } from 'typeorm';
import { ensureOrganisation, seedDemoOrganisation } from './modules/org';
import { seedDemoPeople } from './modules/users';
import { seedDemoCampaigns } from './modules/campaigns';
import { seedDemoIdeas } from './modules/ideas';
import { seedDemoReviews } from './modules/reviews';
import { seedDemoComments } from './modules/comments';
import { seedDemoFollows } from './modules/follows';
import { seedDemoCuration } from './modules/moderation';
import { seedDemoPairwise } from './modules/pairwise';
import { seedDemoSignals } from './modules/signals';
import { seedDemoAlerts } from './modules/alerts';

/**
 * The demo organisation, seeded once on an empty database: each module seeds its own tables, in
 * dependency order, in one transaction (so a half-seeded database cannot exist). Pillars add their
 * demo data here. Returns false when the database was seeded before.
 */
export async function seedDemo(ds: DataSource): Promise<boolean> {
  return ds.transaction(async (tx) => {
    const departments = await seedDemoOrganisation(tx);
    if (!departments) return false;
    await seedDemoPeople(tx, departments);
    await seedDemoIdeas(tx, await seedDemoCampaigns(tx, departments), departments);
    await seedDemoComments(tx);
    await seedDemoCuration(tx);
    await seedDemoPairwise(tx);
    await seedDemoReviews(tx);
    await seedDemoSignals(tx, departments);
    await seedDemoAlerts(tx, departments);
    // Last: follows derive from every demo idea and comment (authors and commenters follow).
    await seedDemoFollows(tx);
    return true;
  });
}

/** What start-up runs after migrations: the demo when SEED_DEMO is on, else a bare organisation row. */
export async function seedOnStart(ds: DataSource, demo: boolean): Promise<boolean> {
  if (demo) return seedDemo(ds);
  await ensureOrganisation(ds);
  return false;
}
