import type { Document } from '@xmldom/xmldom';
import { SamlRejectedError } from './saml.errors';
import { attr, forLog } from './saml-xml';

/**
 * XML signature algorithms accepted from the IdP: what xml-crypto verifies, minus SHA-1 (collisions
 * are practical; node-saml and xml-crypto still accept it, so we refuse it ourselves).
 */
export const XML_SIGNATURE_ALGORITHMS: ReadonlySet<string> = new Set([
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  'http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
]);

export const XML_DIGEST_ALGORITHMS: ReadonlySet<string> = new Set([
  'http://www.w3.org/2001/04/xmlenc#sha256',
  'http://www.w3.org/2001/04/xmlenc#sha512',
]);

/** HTTP-Redirect binding signature algorithms (SigAlg) accepted from the IdP: no SHA-1, no MD5. */
export const REDIRECT_SIGNATURE_ALGORITHMS: ReadonlySet<string> = new Set([
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
]);

/**
 * Refuses a message in which any signature or digest method is not on the lists above, before any
 * signature is verified. Matched by local name in every namespace, because xml-crypto finds these
 * elements by local name too: an element it would use must be an element we checked.
 */
export function checkXmlAlgorithms(doc: Document): void {
  const lists: [string, ReadonlySet<string>][] = [
    ['SignatureMethod', XML_SIGNATURE_ALGORITHMS],
    ['DigestMethod', XML_DIGEST_ALGORITHMS],
  ];
  for (const [localName, allowed] of lists) {
    for (const el of Array.from(doc.getElementsByTagNameNS('*', localName))) {
      const algorithm = attr(el, 'Algorithm');
      if (algorithm === undefined || !allowed.has(algorithm)) throw new SamlRejectedError('algorithm', forLog(`${localName} ${algorithm ?? 'without Algorithm'}`));
    }
  }
}

/** Refuses a redirect-binding message signed with an algorithm not on the list. */
export function checkRedirectSigAlg(sigAlg: string): void {
  if (!REDIRECT_SIGNATURE_ALGORITHMS.has(sigAlg)) throw new SamlRejectedError('algorithm', forLog(`SigAlg ${sigAlg}`));
}
