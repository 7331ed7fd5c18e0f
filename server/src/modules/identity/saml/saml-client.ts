import { randomBytes } from 'node:crypto';
import { SAML, ValidateInResponseTo, type CacheProvider } from '@node-saml/node-saml';
import type { SamlConfig } from '../../../config/config';
import type { IdpDescriptor } from './saml-metadata';

/**
 * node-saml keeps request ids in a per-process cache; Ruche keeps them in PostgreSQL bound to the
 * browser instead (see SamlService), so node-saml's cache is switched off and never consulted.
 */
const noCache: CacheProvider = {
  saveAsync: async () => null,
  getAsync: async () => null,
  removeAsync: async () => null,
};

/** SAML ids must be NCNames: start with a letter or underscore. 160 random bits. */
export function newSamlId(): string {
  return `_${randomBytes(20).toString('hex')}`;
}

/**
 * A node-saml client for one IdP configuration. Cheap to build; built per use so that refreshed
 * metadata (new certificate, new endpoint) applies at once.
 */
export function createSamlClient(saml: SamlConfig, idp: IdpDescriptor, options: { requestId?: string } = {}): SAML {
  return new SAML({
    entryPoint: idp.ssoUrl,
    logoutUrl: idp.sloUrl ?? '',
    idpCert: idp.certs,
    idpIssuer: idp.entityId,
    issuer: saml.spEntityId,
    audience: saml.spEntityId,
    callbackUrl: saml.acsUrl,
    logoutCallbackUrl: saml.sloUrl,
    privateKey: saml.spPrivateKey,
    publicCert: saml.spCert,
    signatureAlgorithm: 'sha256',
    digestAlgorithm: 'sha256',
    // Every assertion must carry its own valid signature; a signed Response alone is not enough,
    // because the assertion is what gets kept and acted upon. Response signing is optional
    // (Entra ID and ADFS sign only the assertion by default), or required with SAML_WANT_RESPONSE_SIGNED.
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: saml.wantResponseSigned,
    acceptedClockSkewMs: saml.clockSkewMs,
    validateInResponseTo: ValidateInResponseTo.never,
    cacheProvider: noCache,
    // Let the IdP pick the NameID format configured for the app (persistent, email…).
    identifierFormat: null,
    // "exact PasswordProtectedTransport" makes ADFS/Entra refuse Windows or passwordless sign-in.
    disableRequestedAuthnContext: true,
    generateUniqueId: options.requestId ? () => options.requestId as string : newSamlId,
  });
}
