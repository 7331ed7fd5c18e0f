import type { DataSource } from 'typeorm';
import { DEMO_DEPARTMENTS, DEMO_ORGANISATION, DEMO_USERS } from './demo-organisation';

/**
 * Seeds the demo organisation once: the organisation row doubles as the marker, inserted in the same
 * transaction, so a concurrent second instance waits on it and then finds the work done.
 */
export async function seedDemoOrganisation(ds: DataSource): Promise<boolean> {
  return ds.transaction(async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO organisation (id, name, hub_model, default_locale) VALUES (1, $1, $2, $3)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [DEMO_ORGANISATION.name, DEMO_ORGANISATION.hubModel, DEMO_ORGANISATION.defaultLocale],
    );
    if (inserted.length === 0) return false;
    const ids = new Map<string, string>();
    for (const d of DEMO_DEPARTMENTS) {
      const [row] = await tx.query(
        `INSERT INTO departments (code, kind, name_fr, name_en, description_fr, description_en)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [d.code, d.kind, d.nameFr, d.nameEn, d.descriptionFr, d.descriptionEn],
      );
      ids.set(d.code, row.id);
    }
    for (const u of DEMO_USERS) {
      await tx.query(
        `INSERT INTO users (email, display_name, job_title, department_id, role, locale, auth_source)
         VALUES ($1, $2, $3, $4, $5, $6, 'local')`,
        [u.email, u.displayName, u.jobTitle, ids.get(u.department), u.role, u.locale],
      );
    }
    return true;
  });
}

/** A bare organisation row for deployments that start without the demo (SEED_DEMO=false). */
export async function ensureOrganisation(ds: DataSource, name = 'Ruche'): Promise<void> {
  await ds.query(`INSERT INTO organisation (id, name) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [name]);
}
