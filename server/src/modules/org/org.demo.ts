import type { DataSource, EntityManager } from 'typeorm';

/** The demo organisation « Maison Lumière »: its settings and departments (the hub and eight spokes). */
export interface SeedDepartment {
  code: string;
  kind: 'hub' | 'spoke';
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
}

export const DEMO_ORGANISATION = { name: 'Maison Lumière', hubModel: 'collegial' as const, defaultLocale: 'fr' as const };

export const DEMO_DEPARTMENTS: SeedDepartment[] = [
  { code: 'hub', kind: 'hub', nameFr: 'Hub social', nameEn: 'Social hub', descriptionFr: 'L’équipe réseaux sociaux\u202f: veille, routage et coordination.', descriptionEn: 'The social media team: listening, routing and coordination.' },
  { code: 'marketing', kind: 'spoke', nameFr: 'Marketing', nameEn: 'Marketing', descriptionFr: 'Marque, campagnes et contenus.', descriptionEn: 'Brand, campaigns and content.' },
  { code: 'ventes', kind: 'spoke', nameFr: 'Ventes', nameEn: 'Sales', descriptionFr: 'Grands comptes et réseau de distribution.', descriptionEn: 'Key accounts and distribution network.' },
  { code: 'service-client', kind: 'spoke', nameFr: 'Service client', nameEn: 'Customer service', descriptionFr: 'Support, réclamations et satisfaction.', descriptionEn: 'Support, complaints and satisfaction.' },
  { code: 'rd', kind: 'spoke', nameFr: 'R&D', nameEn: 'R&D', descriptionFr: 'Recherche, design produit et innovation.', descriptionEn: 'Research, product design and innovation.' },
  { code: 'rh', kind: 'spoke', nameFr: 'Ressources humaines', nameEn: 'Human resources', descriptionFr: 'Recrutement, formation et vie au travail.', descriptionEn: 'Hiring, training and workplace life.' },
  { code: 'finance', kind: 'spoke', nameFr: 'Finance', nameEn: 'Finance', descriptionFr: 'Contrôle de gestion et trésorerie.', descriptionEn: 'Controlling and treasury.' },
  { code: 'achats', kind: 'spoke', nameFr: 'Achats', nameEn: 'Procurement', descriptionFr: 'Fournisseurs, contrats et approvisionnement.', descriptionEn: 'Suppliers, contracts and sourcing.' },
  { code: 'it', kind: 'spoke', nameFr: 'Informatique', nameEn: 'IT', descriptionFr: 'Systèmes, données et sécurité.', descriptionEn: 'Systems, data and security.' },
];


/**
 * Seeds the organisation row and its departments; returns department ids by code, or undefined when
 * the organisation exists already. The organisation row doubles as the "seeded" marker: a second
 * instance seeding concurrently waits on its key, then finds the work done.
 */
export async function seedDemoOrganisation(tx: EntityManager): Promise<Map<string, string> | undefined> {
  const inserted = await tx.query(
    `INSERT INTO organisation (id, name, hub_model, default_locale) VALUES (1, $1, $2, $3)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [DEMO_ORGANISATION.name, DEMO_ORGANISATION.hubModel, DEMO_ORGANISATION.defaultLocale],
  );
  if (inserted.length === 0) return undefined;
  const ids = new Map<string, string>();
  for (const d of DEMO_DEPARTMENTS) {
    const [row] = await tx.query(
      `INSERT INTO departments (code, kind, name_fr, name_en, description_fr, description_en)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [d.code, d.kind, d.nameFr, d.nameEn, d.descriptionFr, d.descriptionEn],
    );
    ids.set(d.code, row.id);
  }
  return ids;
}

/** A bare organisation row for deployments that start without the demo (SEED_DEMO=false). */
export async function ensureOrganisation(ds: DataSource | EntityManager, name = 'Ruche'): Promise<void> {
  await ds.query(`INSERT INTO organisation (id, name) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [name]);
}
