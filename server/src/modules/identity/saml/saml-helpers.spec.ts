import { SamlStatusError } from '@node-saml/node-saml';
import { DOMParser } from '@xmldom/xmldom';
import { loadConfig } from '../../../config/config';
import { safeReturnTo } from './return-to';
import { checkRedirectSigAlg, checkXmlAlgorithms } from './saml-algorithms';
import { formatNonceCookie, MAX_PENDING_NONCES, parseNonceCookie } from './saml-cookies';
import { IdpMetadataError, parseIdpMetadata } from './saml-metadata';
import { localeFrom, mapSamlAttributes, roleFromGroups } from './saml-profile';
import { classifyLibraryError, decodeSamlMessage } from './saml-response.validator';
import { SamlRejectedError } from './saml.errors';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
const entity = (id: string, body: string) =>
  `<md:EntityDescriptor xmlns:md="${MD}" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${id}"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">${body}</md:IDPSSODescriptor></md:EntityDescriptor>`;
const key = (cert: string, use?: string) =>
  `<md:KeyDescriptor${use ? ` use="${use}"` : ''}><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\n  ${cert}\n</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`;

describe('parseIdpMetadata', () => {
  const body =
    key('QUFBQQ==', 'signing') +
    key('QkJCQg==') +
    key('Q0NDQw==', 'encryption') +
    `<md:SingleLogoutService Binding="${POST}" Location="https://idp.example/slo-post"/>` +
    `<md:SingleLogoutService Binding="${REDIRECT}" Location="https://idp.example/slo"/>` +
    `<md:SingleSignOnService Binding="${POST}" Location="https://idp.example/sso-post"/>` +
    `<md:SingleSignOnService Binding="${REDIRECT}" Location="https://idp.example/sso"/>`;

  it('reads entity id, HTTP-Redirect endpoints and signing certificates only', () => {
    expect(parseIdpMetadata(entity('https://idp.example', body))).toEqual({
      entityId: 'https://idp.example',
      ssoUrl: 'https://idp.example/sso',
      sloUrl: 'https://idp.example/slo',
      certs: ['QUFBQQ==', 'QkJCQg=='],
    });
  });

  it('picks the requested entity out of an EntitiesDescriptor', () => {
    const xml = `<md:EntitiesDescriptor xmlns:md="${MD}">${entity('https://a.example', body)}${entity('https://b.example', body.replace(/idp\.example/g, 'b.example'))}</md:EntitiesDescriptor>`;
    expect(parseIdpMetadata(xml, 'https://b.example').ssoUrl).toBe('https://b.example/sso');
    expect(parseIdpMetadata(xml).entityId).toBe('https://a.example');
    expect(() => parseIdpMetadata(xml, 'https://c.example')).toThrow(IdpMetadataError);
  });

  it('refuses metadata without a redirect SSO endpoint, without a signing certificate, with a DOCTYPE, or not XML', () => {
    expect(() => parseIdpMetadata(entity('x', key('QUFBQQ==') + `<md:SingleSignOnService Binding="${POST}" Location="https://i/sso"/>`))).toThrow(/HTTP-Redirect/);
    expect(() => parseIdpMetadata(entity('x', key('QUFBQQ==', 'encryption') + `<md:SingleSignOnService Binding="${REDIRECT}" Location="https://i/sso"/>`))).toThrow(/signing certificate/);
    expect(() => parseIdpMetadata(`<!DOCTYPE x [<!ENTITY a "b">]>${entity('x', body)}`)).toThrow(/document type/);
    expect(() => parseIdpMetadata('not xml at all')).toThrow(IdpMetadataError);
  });

  it('refuses metadata without an entityID: every message is checked against it', () => {
    expect(() => parseIdpMetadata(entity('', body))).toThrow(/no entityID/);
    expect(() => parseIdpMetadata(entity('  ', body))).toThrow(/no entityID/);
  });
});

describe('attribute and role mapping', () => {
  const map = { email: 'mail', displayName: 'cn', department: 'ou', groups: 'memberOf', locale: 'lang' };
  const roles = { staff: 'member', reps: 'department_rep', admins: 'admin', managers: 'manager' } as const;

  it('gives the highest role of any matching group, member by default', () => {
    expect(roleFromGroups(['reps', 'admins', 'managers'], roles)).toBe('admin');
    expect(roleFromGroups(['managers', 'reps'], roles)).toBe('manager');
    expect(roleFromGroups(['unknown', 'toString', '__proto__'], roles)).toBe('member');
    expect(roleFromGroups([], roles)).toBe('member');
  });

  it('maps email (lower-cased), display name, department label, groups and locale', () => {
    expect(mapSamlAttributes({ mail: ['Zoe@Example.COM'], cn: [' Zoé Petit '], ou: ['R&D'], memberOf: ['managers', ' reps '], lang: ['fr-FR'] }, map, roles)).toEqual({
      email: 'zoe@example.com',
      displayName: 'Zoé Petit',
      departmentLabel: 'R&D',
      role: 'manager',
      locale: 'fr',
      groups: ['managers', 'reps'],
    });
  });

  it('falls back to the address for a missing name, and refuses a missing or invalid email', () => {
    expect(mapSamlAttributes({ mail: ['lea@example.com'] }, map, roles)).toMatchObject({ displayName: 'lea', departmentLabel: null, role: 'member', locale: undefined });
    expect(mapSamlAttributes({ cn: ['No Mail'] }, map, roles)).toBeUndefined();
    expect(mapSamlAttributes({ mail: ['not an address'] }, map, roles)).toBeUndefined();
    expect(mapSamlAttributes({ mail: ['a@b'] }, map, roles)).toBeUndefined();
  });

  it('reads locales loosely', () => {
    expect(localeFrom('en_US')).toBe('en');
    expect(localeFrom('FR')).toBe('fr');
    expect(localeFrom('de-DE')).toBeUndefined();
  });
});

describe('safeReturnTo', () => {
  const origin = 'https://ruche.example';
  it('keeps same-site paths', () => {
    expect(safeReturnTo(undefined, origin)).toBe('/');
    expect(safeReturnTo('/ideas?x=1#c', origin)).toBe('/ideas?x=1#c');
    expect(safeReturnTo('/a/../b', origin)).toBe('/b');
    expect(safeReturnTo('/auth/saml/login', origin)).toBe('/');
  });
  it.each(['https://evil.example', '//evil.example', '/\\evil.example', '\\\\evil.example', 'javascript:alert(1)', '/\t/evil.example', 'evil', '/x'.repeat(300)])(
    'refuses %j',
    (value) => {
      expect(safeReturnTo(value, origin)).toBeUndefined();
    },
  );
  it('refuses non-strings (repeated query parameters)', () => {
    expect(safeReturnTo(['/a', '/b'], origin)).toBeUndefined();
  });
});

describe('SAML message decoding and error classification', () => {
  const reason = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return (e as SamlRejectedError).reason;
    }
    return 'none';
  };
  it('enforces base64, UTF-8 and the size limit', () => {
    expect(decodeSamlMessage(Buffer.from('<a/>').toString('base64'))).toBe('<a/>');
    expect(reason(() => decodeSamlMessage('***'))).toBe('malformed');
    expect(reason(() => decodeSamlMessage(Buffer.from([0xff, 0xfe, 0x00]).toString('base64')))).toBe('malformed');
    expect(reason(() => decodeSamlMessage('A'.repeat(400 * 1024)))).toBe('too_large');
    expect(reason(() => decodeSamlMessage(42))).toBe('malformed');
  });
  it("turns node-saml's errors into reasons", () => {
    expect(classifyLibraryError(new Error('Invalid signature')).reason).toBe('signature');
    expect(classifyLibraryError(new Error('SAML assertion expired: clocks skewed too much')).reason).toBe('expired');
    expect(classifyLibraryError(new Error('SAML assertion not yet valid')).reason).toBe('not_yet_valid');
    expect(classifyLibraryError(new Error('SAML assertion audience mismatch. Expected: a Received: b')).reason).toBe('audience');
    expect(classifyLibraryError(new Error('Invalid signature: multiple assertions')).reason).toBe('structure');
    expect(classifyLibraryError(new SamlStatusError('SAML provider returned Responder error', '<Status/>')).reason).toBe('status');
    expect(classifyLibraryError(new TypeError('x is undefined')).reason).toBe('invalid');
  });
});

describe('signature algorithms', () => {
  const reason = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return `${(e as SamlRejectedError).reason}: ${(e as SamlRejectedError).detail}`;
    }
    return 'accepted';
  };
  const signed = (signature: string, digest: string, ns = 'http://www.w3.org/2000/09/xmldsig#') =>
    new DOMParser().parseFromString(
      `<r><ds:Signature xmlns:ds="${ns}"><ds:SignedInfo><ds:SignatureMethod Algorithm="${signature}"/><ds:Reference><ds:DigestMethod Algorithm="${digest}"/></ds:Reference></ds:SignedInfo></ds:Signature></r>`,
      'text/xml',
    );
  const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
  const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';

  it('accepts SHA-256 and SHA-512, refuses SHA-1 signatures and digests, unknown algorithms, and a missing Algorithm', () => {
    expect(reason(() => checkXmlAlgorithms(signed(RSA_SHA256, SHA256)))).toBe('accepted');
    expect(reason(() => checkXmlAlgorithms(signed('http://www.w3.org/2001/04/xmldsig-more#rsa-sha512', 'http://www.w3.org/2001/04/xmlenc#sha512')))).toBe('accepted');
    expect(reason(() => checkXmlAlgorithms(signed('http://www.w3.org/2000/09/xmldsig#rsa-sha1', SHA256)))).toBe(
      'algorithm: SignatureMethod http://www.w3.org/2000/09/xmldsig#rsa-sha1',
    );
    expect(reason(() => checkXmlAlgorithms(signed(RSA_SHA256, 'http://www.w3.org/2000/09/xmldsig#sha1')))).toBe('algorithm: DigestMethod http://www.w3.org/2000/09/xmldsig#sha1');
    expect(reason(() => checkXmlAlgorithms(signed('http://www.w3.org/2000/09/xmldsig#hmac-sha1', SHA256)))).toMatch(/^algorithm/);
    expect(reason(() => checkXmlAlgorithms(new DOMParser().parseFromString('<r><SignatureMethod/></r>', 'text/xml')))).toBe('algorithm: SignatureMethod without Algorithm');
  });

  it('looks at every namespace, as xml-crypto finds these elements by local name', () => {
    expect(reason(() => checkXmlAlgorithms(signed('http://www.w3.org/2000/09/xmldsig#rsa-sha1', SHA256, 'urn:not-dsig')))).toMatch(/^algorithm/);
  });

  it('refuses SHA-1 and unknown SigAlg on the redirect binding', () => {
    expect(reason(() => checkRedirectSigAlg(RSA_SHA256))).toBe('accepted');
    expect(reason(() => checkRedirectSigAlg('http://www.w3.org/2000/09/xmldsig#rsa-sha1'))).toMatch(/^algorithm: SigAlg/);
    expect(reason(() => checkRedirectSigAlg('http://www.w3.org/2000/09/xmldsig#dsa-sha1'))).toMatch(/^algorithm/);
  });
});

describe('nonce cookie', () => {
  const nonce = (c: string) => c.repeat(43);
  it('reads a list of nonces, newest first, dropping anything malformed, duplicated or beyond the cap', () => {
    expect(parseNonceCookie(undefined)).toEqual([]);
    expect(parseNonceCookie(nonce('a'))).toEqual([nonce('a')]);
    expect(parseNonceCookie(`${nonce('a')}.${nonce('b')}`)).toEqual([nonce('a'), nonce('b')]);
    expect(parseNonceCookie(`${nonce('a')}.short.${nonce('a')}.${'!'.repeat(43)}.${nonce('c')}`)).toEqual([nonce('a'), nonce('c')]);
    const many = 'abcdefgh'.split('').map(nonce);
    expect(parseNonceCookie(formatNonceCookie(many))).toEqual(many.slice(0, MAX_PENDING_NONCES));
    expect(parseNonceCookie(many.join('.'))).toEqual(many.slice(0, MAX_PENDING_NONCES));
    expect(parseNonceCookie(`${nonce('a')}.`.repeat(1000))).toEqual([]);
  });
});

describe('SAML settings in loadConfig', () => {
  const base = { NODE_ENV: 'test', PUBLIC_URL: 'https://ruche.example' };
  it('names the missing variable when AUTH_MODE=saml has no IdP settings', () => {
    expect(() => loadConfig({ ...base, AUTH_MODE: 'saml' })).toThrow(/AUTH_MODE.*SAML_IDP_METADATA_URL/);
    expect(() => loadConfig({ ...base, SAML_IDP_SSO_URL: 'https://idp.example/sso' })).toThrow(/SAML_IDP_CERT/);
    expect(() => loadConfig({ ...base, SAML_IDP_SSO_URL: 'https://idp.example/sso', SAML_IDP_CERT: 'QUFBQQ==' })).toThrow(/SAML_IDP_ENTITY_ID/);
    expect(() => loadConfig({ ...base, AUTH_MODE: 'saml', SAML_IDP_METADATA_URL: 'ftp://idp' })).toThrow(/SAML_IDP_METADATA_URL/);
    expect(() => loadConfig({ ...base, SAML_IDP_METADATA_URL: 'https://idp/md', SAML_GROUP_ROLES: 'admins=root' })).toThrow(/SAML_GROUP_ROLES/);
    expect(() => loadConfig({ ...base, SAML_IDP_METADATA_URL: 'https://idp/md', SAML_SP_CERT: 'abc' })).toThrow(/SAML_SP_PRIVATE_KEY/);
    expect(() => loadConfig({ ...base, SAML_IDP_METADATA_URL: 'https://idp/md', SAML_IDP_METADATA_REFRESH_MINUTES: '0' })).toThrow(/SAML_IDP_METADATA_REFRESH_MINUTES/);
  });
  it('refuses plain-http metadata in production unless the certificate is pinned', () => {
    const prod = { ...base, NODE_ENV: 'production', SAML_IDP_METADATA_URL: 'http://idp.example/md' };
    expect(() => loadConfig(prod)).toThrow(/SAML_IDP_METADATA_URL.*https/);
    expect(loadConfig({ ...prod, SAML_IDP_CERT: 'QUFBQQ==' }).auth.mode).toBe('saml');
  });
  it('derives SP endpoints and takes preset attribute names', () => {
    const saml = loadConfig({ ...base, SAML_IDP_METADATA_URL: 'https://idp/md', SAML_PRESET: 'entra', SAML_GROUP_ROLES: 'g1=admin,g2=manager' }).auth.saml;
    expect(saml).toMatchObject({
      spEntityId: 'https://ruche.example/auth/saml/metadata',
      acsUrl: 'https://ruche.example/auth/saml/acs',
      sloUrl: 'https://ruche.example/auth/saml/slo',
      groupRoles: { g1: 'admin', g2: 'manager' },
      wantResponseSigned: false,
      metadataRefreshMs: 3_600_000,
      clockSkewMs: 120_000,
    });
    expect(saml?.attributes.email).toBe('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress');
  });
});
