import { normaliseCert } from '../../../config/config';
import { attr, BINDING_REDIRECT, children, descendants, NS, parseUntrustedXml, text } from './saml-xml';

/** What Ruche needs to know about the identity provider. */
export interface IdpDescriptor {
  /** The IdP's entity id: the Issuer every message from it must carry. */
  entityId: string;
  ssoUrl: string;
  sloUrl?: string;
  /** Signing certificates, bare base64 (several during a key rollover). */
  certs: string[];
}

export class IdpMetadataError extends Error {}

export const METADATA_MAX_BYTES = 1024 * 1024;
export const METADATA_TIMEOUT_MS = 5000;

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads an IdP's SAML metadata: entityID, the HTTP-Redirect SSO and SLO endpoints, and the signing
 * certificates. Accepts an EntityDescriptor or an EntitiesDescriptor (the entry matching `entityId`
 * when given, else the first with an IDPSSODescriptor).
 */
export function parseIdpMetadata(xml: string, entityId?: string): IdpDescriptor {
  let doc;
  try {
    doc = parseUntrustedXml(xml);
  } catch (e) {
    throw new IdpMetadataError(`IdP metadata is not valid XML: ${(e as Error).message}`);
  }
  const entities = descendants(doc, NS.metadata, 'EntityDescriptor').filter((e) => children(e, NS.metadata, 'IDPSSODescriptor').length > 0);
  const entity = entityId ? entities.find((e) => attr(e, 'entityID') === entityId) : entities[0];
  if (!entity) throw new IdpMetadataError(entityId ? `IdP metadata has no IdP entity "${entityId}"` : 'IdP metadata has no IDPSSODescriptor');
  const idp = children(entity, NS.metadata, 'IDPSSODescriptor')[0];
  const entityIdFound = attr(entity, 'entityID')?.trim();
  if (!entityIdFound) throw new IdpMetadataError('IdP metadata has no entityID: the expected Issuer is unknown');

  const endpoint = (name: string) =>
    httpUrl(children(idp, NS.metadata, name).find((e) => attr(e, 'Binding') === BINDING_REDIRECT)?.getAttribute('Location') ?? undefined);
  const ssoUrl = endpoint('SingleSignOnService');
  if (!ssoUrl) throw new IdpMetadataError('IdP metadata has no SingleSignOnService with the HTTP-Redirect binding');

  const certs: string[] = [];
  for (const key of children(idp, NS.metadata, 'KeyDescriptor')) {
    const use = attr(key, 'use');
    if (use !== undefined && use !== 'signing') continue;
    for (const cert of descendants(key, NS.dsig, 'X509Certificate')) {
      const value = normaliseCert(text(cert));
      if (value && /^[A-Za-z0-9+/]+={0,2}$/.test(value) && !certs.includes(value)) certs.push(value);
    }
  }
  if (certs.length === 0) throw new IdpMetadataError('IdP metadata has no signing certificate');
  return { entityId: entityIdFound, ssoUrl, sloUrl: endpoint('SingleLogoutService'), certs };
}

/** Fetches metadata with a timeout and a size cap; never follows more than the platform's redirects. */
export async function fetchIdpMetadata(url: string, options: { timeoutMs?: number; maxBytes?: number } = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? METADATA_MAX_BYTES;
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs ?? METADATA_TIMEOUT_MS),
      headers: { accept: 'application/samlmetadata+xml, application/xml, text/xml' },
    });
  } catch (e) {
    throw new IdpMetadataError(`IdP metadata could not be fetched: ${(e as Error).name === 'TimeoutError' ? 'timed out' : (e as Error).message}`);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new IdpMetadataError(`IdP metadata could not be fetched: HTTP ${res.status}`);
  }
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new IdpMetadataError(`IdP metadata is larger than ${maxBytes} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  if (!reader) throw new IdpMetadataError('IdP metadata response has no body');
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new IdpMetadataError(`IdP metadata is larger than ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof IdpMetadataError) throw e;
    throw new IdpMetadataError(`IdP metadata could not be read: ${(e as Error).name === 'TimeoutError' ? 'timed out' : (e as Error).message}`);
  }
  return Buffer.concat(chunks).toString('utf8');
}
