import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export const NS = {
  protocol: 'urn:oasis:names:tc:SAML:2.0:protocol',
  assertion: 'urn:oasis:names:tc:SAML:2.0:assertion',
  metadata: 'urn:oasis:names:tc:SAML:2.0:metadata',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
} as const;

export const STATUS_SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';
export const BINDING_REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
export const CONFIRMATION_BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

export class XmlRejectedError extends Error {
  constructor(
    readonly kind: 'dtd' | 'malformed',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Parses untrusted XML. A DOCTYPE (and with it any entity declaration) is refused outright: SAML
 * never needs one, and it is the door to entity expansion and external entity attacks.
 */
export function parseUntrustedXml(xml: string): Document {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new XmlRejectedError('dtd', 'document type declarations are not allowed');
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new XmlRejectedError('malformed', String(message).slice(0, 200));
      },
    }).parseFromString(xml, 'text/xml');
  } catch (e) {
    if (e instanceof XmlRejectedError) throw e;
    throw new XmlRejectedError('malformed', String((e as Error)?.message ?? e).slice(0, 200));
  }
  if (!doc.documentElement) throw new XmlRejectedError('malformed', 'no root element');
  return doc;
}

/** Direct children of `parent` with this namespace and local name. */
export function children(parent: Element, ns: string, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (el.namespaceURI === ns && el.localName === localName) out.push(el);
    }
  }
  return out;
}

export function child(parent: Element, ns: string, localName: string): Element | undefined {
  return children(parent, ns, localName)[0];
}

/** Every element in the document with this namespace and local name, at any depth. */
export function descendants(root: Document | Element, ns: string, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, localName));
}

export function text(el: Element | undefined): string {
  return (el?.textContent ?? '').trim();
}

/** An attribute's value, or undefined when absent (xmldom returns '' for absent attributes). */
export function attr(el: Element | undefined, name: string): string | undefined {
  if (!el || !el.hasAttribute(name)) return undefined;
  return el.getAttribute(name) ?? undefined;
}

/** Every value of every ID-like attribute in the document: a duplicate ID is a signature-wrapping tell. */
export function duplicateIds(doc: Document): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    for (const name of ['ID', 'Id', 'id']) {
      const value = attr(el, name);
      if (value === undefined) continue;
      if (seen.has(value)) dupes.add(value);
      seen.add(value);
    }
  }
  return [...dupes];
}

/** Parses an xs:dateTime; undefined when absent, NaN-safe (throws on garbage). */
export function parseInstant(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (!/^\d{4}-\d\d-\d\dT/.test(value) || Number.isNaN(ms)) throw new Error(`${what} is not a date`);
  return ms;
}

/** Keeps log details short and on one line. */
export function forLog(value: unknown, max = 200): string {
  return String(value).replace(/[\r\n\t]+/g, ' ').slice(0, max);
}
