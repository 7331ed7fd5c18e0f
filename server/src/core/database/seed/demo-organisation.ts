import type { Locale, Role } from '@ruche/shared';

export interface SeedDepartment {
  code: string;
  kind: 'hub' | 'spoke';
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
}

export interface SeedUser {
  displayName: string;
  email: string;
  department: string;
  role: Role;
  locale: Locale;
  jobTitle: string;
}

export const DEMO_ORGANISATION = { name: 'Maison Lumière', hubModel: 'collegial' as const, defaultLocale: 'fr' as const };

export const DEMO_DEPARTMENTS: SeedDepartment[] = [
  { code: 'hub', kind: 'hub', nameFr: 'Hub social', nameEn: 'Social hub', descriptionFr: "L'équipe réseaux sociaux : veille, routage et coordination.", descriptionEn: 'The social media team: listening, routing and coordination.' },
  { code: 'marketing', kind: 'spoke', nameFr: 'Marketing', nameEn: 'Marketing', descriptionFr: 'Marque, campagnes et contenus.', descriptionEn: 'Brand, campaigns and content.' },
  { code: 'ventes', kind: 'spoke', nameFr: 'Ventes', nameEn: 'Sales', descriptionFr: 'Grands comptes et réseau de distribution.', descriptionEn: 'Key accounts and distribution network.' },
  { code: 'service-client', kind: 'spoke', nameFr: 'Service client', nameEn: 'Customer service', descriptionFr: 'Support, réclamations et satisfaction.', descriptionEn: 'Support, complaints and satisfaction.' },
  { code: 'rd', kind: 'spoke', nameFr: 'R&D', nameEn: 'R&D', descriptionFr: 'Recherche, design produit et innovation.', descriptionEn: 'Research, product design and innovation.' },
  { code: 'rh', kind: 'spoke', nameFr: 'Ressources humaines', nameEn: 'Human resources', descriptionFr: 'Recrutement, formation et vie au travail.', descriptionEn: 'Hiring, training and workplace life.' },
  { code: 'finance', kind: 'spoke', nameFr: 'Finance', nameEn: 'Finance', descriptionFr: 'Contrôle de gestion et trésorerie.', descriptionEn: 'Controlling and treasury.' },
  { code: 'achats', kind: 'spoke', nameFr: 'Achats', nameEn: 'Procurement', descriptionFr: 'Fournisseurs, contrats et approvisionnement.', descriptionEn: 'Suppliers, contracts and sourcing.' },
  { code: 'it', kind: 'spoke', nameFr: 'Informatique', nameEn: 'IT', descriptionFr: 'Systèmes, données et sécurité.', descriptionEn: 'Systems, data and security.' },
];

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
