/** Attribute names under which common identity providers send user details. */
export interface SamlAttributeMap {
  email: string;
  displayName: string;
  department: string;
  groups: string;
  locale: string;
}

const CLAIMS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';

const presets: Record<string, SamlAttributeMap> = {
  generic: { email: 'email', displayName: 'displayName', department: 'department', groups: 'groups', locale: 'locale' },
  entra: {
    email: `${CLAIMS}/emailaddress`,
    displayName: 'http://schemas.microsoft.com/identity/claims/displayname',
    department: `${CLAIMS}/department`,
    groups: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
    locale: `${CLAIMS}/locality`,
  },
  adfs: {
    email: `${CLAIMS}/emailaddress`,
    displayName: `${CLAIMS}/name`,
    department: `${CLAIMS}/department`,
    groups: 'http://schemas.xmlsoap.org/claims/Group',
    locale: `${CLAIMS}/locality`,
  },
  okta: { email: 'email', displayName: 'displayName', department: 'department', groups: 'groups', locale: 'locale' },
  simplesamlphp: { email: 'mail', displayName: 'cn', department: 'ou', groups: 'eduPersonAffiliation', locale: 'preferredLanguage' },
};

export function samlPreset(name: string): SamlAttributeMap {
  return presets[name] ?? presets.generic;
}
