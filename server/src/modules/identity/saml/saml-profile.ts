import { isRole, roleRank, type Locale, type Role } from '@ruche/shared';
import type { SamlAttributeMap } from '../../../config/saml-presets';

/** Attribute name → every value sent, as text. */
export type SamlAttributes = Record<string, string[]>;

/** What Ruche takes from a validated assertion, before the department label is resolved. */
export interface MappedSamlProfile {
  email: string;
  displayName: string;
  departmentLabel: string | null;
  role: Role;
  locale?: Locale;
  groups: string[];
}

// Deliberately plain: the IdP is trusted for the address, we only refuse what cannot be an address.
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]{1,255}\.[^\s@<>()[\]\\,;:"]{1,63}$/;
const CONTROL = /[\u0000-\u001f\u007f]/g;

function first(attributes: SamlAttributes, name: string): string | undefined {
  const value = attributes[name]?.find((v) => v.trim() !== '');
  return value?.replace(CONTROL, ' ').trim();
}

/** Highest role granted by any of the groups (ROLES order); `member` when none matches. */
export function roleFromGroups(groups: readonly string[], groupRoles: Record<string, Role>): Role {
  let role: Role = 'member';
  for (const group of groups) {
    const granted = Object.prototype.hasOwnProperty.call(groupRoles, group) ? groupRoles[group] : undefined;
    if (granted && isRole(granted) && roleRank(granted) > roleRank(role)) role = granted;
  }
  return role;
}

export function localeFrom(value: string | undefined): Locale | undefined {
  const tag = value?.toLowerCase();
  if (!tag) return undefined;
  if (tag === 'fr' || tag.startsWith('fr-') || tag.startsWith('fr_') || tag === 'french' || tag === 'france') return 'fr';
  if (tag === 'en' || tag.startsWith('en-') || tag.startsWith('en_') || tag === 'english') return 'en';
  return undefined;
}

/**
 * Maps IdP attributes to a profile. Returns undefined when no usable email is present: the email is
 * what people are known by in Ruche, and an account without one cannot be reconciled later.
 */
export function mapSamlAttributes(
  attributes: SamlAttributes,
  map: SamlAttributeMap,
  groupRoles: Record<string, Role>,
): MappedSamlProfile | undefined {
  const email = first(attributes, map.email)?.toLowerCase();
  if (!email || email.length > 320 || !EMAIL.test(email)) return undefined;
  const displayName = (first(attributes, map.displayName) ?? email.split('@')[0]).slice(0, 200) || email.split('@')[0];
  const departmentLabel = first(attributes, map.department)?.slice(0, 200) || null;
  const groups = (attributes[map.groups] ?? []).map((g) => g.trim()).filter(Boolean).slice(0, 500);
  return {
    email,
    displayName,
    departmentLabel,
    role: roleFromGroups(groups, groupRoles),
    locale: localeFrom(first(attributes, map.locale)),
    groups,
  };
}
