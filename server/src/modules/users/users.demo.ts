import type { EntityManager } from 'typeorm';
import type { Locale, Role } from '@ruche/shared';

/** The 40 people of the demo organisation, in French and English, across every department and role. */
export interface SeedUser {
  displayName: string;
  email: string;
  department: string;
  role: Role;
  locale: Locale;
  jobTitle: string;
}

type Row = [string, string, Role, Locale, string];

/** [display name, department code, role, locale, job title] — emails derive from the name. */
const PEOPLE: Row[] = [
  ['Camille Laurent', 'hub', 'hub_coordinator', 'fr', 'Responsable du hub social'],
  ['Hugo Moreau', 'hub', 'member', 'fr', 'Community manager'],
  ['Emily Carter', 'hub', 'member', 'en', 'Social media analyst'],
  ['Inès Benali', 'hub', 'member', 'fr', 'Chargée de veille'],
  ['Claire Dubois', 'marketing', 'manager', 'fr', 'Directrice marketing'],
  ['Julien Petit', 'marketing', 'department_rep', 'fr', 'Chef de produit'],
  ['Olivia Bennett', 'marketing', 'member', 'en', 'Brand strategist'],
  ['Lucas Girard', 'marketing', 'member', 'fr', 'Chargé de contenus'],
  ['Thomas Roux', 'ventes', 'manager', 'fr', 'Directeur commercial'],
  ['Sarah Lefèvre', 'ventes', 'department_rep', 'fr', 'Responsable grands comptes'],
  ['James Walker', 'ventes', 'member', 'en', 'Key account manager'],
  ['Manon Fournier', 'ventes', 'member', 'fr', 'Commerciale terrain'],
  ['Nathalie Mercier', 'service-client', 'manager', 'fr', 'Responsable service client'],
  ['Karim Haddad', 'service-client', 'department_rep', 'fr', 'Superviseur support'],
  ['Chloé Bonnet', 'service-client', 'member', 'fr', 'Conseillère clientèle'],
  ['Daniel Hughes', 'service-client', 'member', 'en', 'Support specialist'],
  ['Élodie Lambert', 'rd', 'manager', 'fr', 'Directrice R&D'],
  ['Antoine Faure', 'rd', 'department_rep', 'fr', 'Ingénieur innovation'],
  ['Priya Sharma', 'rd', 'member', 'en', 'Research scientist'],
  ['Maxime Rousseau', 'rd', 'member', 'fr', 'Designer produit'],
  ['Léa Blanc', 'rd', 'member', 'fr', 'Ingénieure matériaux'],
  ['Sophie Garnier', 'rh', 'manager', 'fr', 'DRH'],
  ['Romain Chevalier', 'rh', 'department_rep', 'fr', 'Chargé de formation'],
  ['Grace Thompson', 'rh', 'member', 'en', 'Talent partner'],
  ['Pierre Lemoine', 'finance', 'manager', 'fr', 'Directeur financier'],
  ['Aurélie Marchand', 'finance', 'department_rep', 'fr', 'Contrôleuse de gestion'],
  ['Michael O’Brien', 'finance', 'member', 'en', 'Financial analyst'],
  ['Nicolas Perrin', 'achats', 'manager', 'fr', 'Directeur des achats'],
  ['Valérie Colin', 'achats', 'department_rep', 'fr', 'Acheteuse senior'],
  ['Yann Le Gall', 'achats', 'member', 'fr', 'Approvisionneur'],
  ['Hannah Schmidt', 'achats', 'member', 'en', 'Supplier quality engineer'],
  ['François Morel', 'it', 'manager', 'fr', 'DSI'],
  ['Amina Diallo', 'it', 'department_rep', 'fr', 'Architecte SI'],
  ['Ethan Brooks', 'it', 'admin', 'en', 'Platform administrator'],
  ['Sébastien Renard', 'it', 'member', 'fr', 'Ingénieur sécurité'],
  ['Zoé Martin', 'marketing', 'member', 'fr', 'Alternante marketing digital'],
  ['Noah Wilson', 'ventes', 'member', 'en', 'Sales operations analyst'],
  ['Margaux Giraud', 'service-client', 'member', 'fr', 'Conseillère réseaux sociaux'],
  ['Louis Bertrand', 'rd', 'member', 'fr', 'Data scientist'],
  ['Isabelle Fontaine', 'hub', 'admin', 'fr', 'Administratrice de la plateforme'],
];

function emailFor(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .toLowerCase();
  const [first, ...rest] = folded.split(' ');
  return `${first}.${rest.join('')}@maison-lumiere.example`;
}

export const DEMO_USERS: SeedUser[] = PEOPLE.map(([displayName, department, role, locale, jobTitle]) => ({
  displayName,
  email: emailFor(displayName),
  department,
  role,
  locale,
  jobTitle,
}));

/** Seeds the demo people into the departments seeded by the org module (ids by department code). */
export async function seedDemoPeople(tx: EntityManager, departmentIds: Map<string, string>): Promise<void> {
  for (const u of DEMO_USERS) {
    await tx.query(
      `INSERT INTO users (email, display_name, job_title, department_id, role, locale, auth_source)
       VALUES ($1, $2, $3, $4, $5, $6, 'local')`,
      [u.email, u.displayName, u.jobTitle, departmentIds.get(u.department), u.role, u.locale],
    );
  }
}
