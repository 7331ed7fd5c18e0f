import { createSign, createVerify, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Server as AppServer } from 'node:http';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { generate } from 'selfsigned';
import request from 'supertest';
import { SignedXml } from 'xml-crypto';

/**
 * A real SAML 2.0 identity provider for the tests, in-process: throwaway RSA key and self-signed
 * certificate, metadata over HTTP, an SSO endpoint taking HTTP-Redirect AuthnRequests and answering
 * with an auto-post form carrying a response signed with xml-crypto (RSA-SHA256, exclusive c14n,
 * enveloped), an SLO endpoint, and knobs to produce every kind of bad response.
 */

const NS_P = 'urn:oasis:names:tc:SAML:2.0:protocol';
const NS_A = 'urn:oasis:names:tc:SAML:2.0:assertion';
const NS_DS = 'http://www.w3.org/2000/09/xmldsig#';
export const STATUS = {
  success: 'urn:oasis:names:tc:SAML:2.0:status:Success',
  responder: 'urn:oasis:names:tc:SAML:2.0:status:Responder',
  requester: 'urn:oasis:names:tc:SAML:2.0:status:Requester',
  authnFailed: 'urn:oasis:names:tc:SAML:2.0:status:AuthnFailed',
  requestDenied: 'urn:oasis:names:tc:SAML:2.0:status:RequestDenied',
} as const;
const BINDING_REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const BINDING_POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
const SIGNATURE_ALGORITHMS = {
  'rsa-sha256': { uri: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', node: 'RSA-SHA256' },
  'rsa-sha1': { uri: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1', node: 'RSA-SHA1' },
} as const;
const DIGEST_ALGORITHMS = { sha256: 'http://www.w3.org/2001/04/xmlenc#sha256', sha1: 'http://www.w3.org/2000/09/xmldsig#sha1' } as const;

/** How a message is signed: RSA-SHA256 with SHA-256 digests unless told otherwise (to test SHA-1 refusal). */
export interface SigningAlgorithms {
  signature?: keyof typeof SIGNATURE_ALGORITHMS;
  digest?: keyof typeof DIGEST_ALGORITHMS;
}
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

export interface KeyPair {
  privateKey: string;
  certPem: string;
  /** Bare base64 body of the certificate (what SAML_IDP_CERT takes). */
  cert: string;
}

export async function generateKeyPair(commonName = 'Ruche test IdP'): Promise<KeyPair> {
  const pems = await generate([{ name: 'commonName', value: commonName }], { keySize: 2048, algorithm: 'sha256' });
  return { privateKey: pems.private, certPem: pems.cert, cert: certBody(pems.cert) };
}

export function certBody(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const iso = (d: Date) => d.toISOString();
export const samlId = () => `_${randomBytes(16).toString('hex')}`;

export interface AuthnRequestInfo {
  id: string;
  issuer: string;
  acsUrl?: string;
  destination?: string;
  /** True when the redirect carried a Signature (verified against the SP certificate when one is registered). */
  signed: boolean;
  xml: string;
}

export interface LogoutRequestInfo {
  id: string;
  issuer: string;
  nameId: string;
  sessionIndex?: string;
  destination?: string;
  signed: boolean;
}

export interface TestUser {
  nameId: string;
  attributes: Record<string, string | string[]>;
}

export interface ResponseOptions {
  /** The AuthnRequest answered: gives InResponseTo, ACS URL (Destination, Recipient) and audience (its Issuer). */
  request?: Pick<AuthnRequestInfo, 'id' | 'issuer' | 'acsUrl'>;
  /** null leaves InResponseTo out of Response and SubjectConfirmationData (unsolicited). */
  inResponseTo?: string | null;
  /** InResponseTo on SubjectConfirmationData only, when it should differ from the Response's. */
  subjectInResponseTo?: string;
  acsUrl?: string;
  /** null leaves Destination out. */
  destination?: string | null;
  recipient?: string;
  audience?: string;
  /** Issuer of both the Response and the assertion (default: the IdP's entity id). */
  issuer?: string;
  /** Issuer of the Response only; null leaves it out. */
  responseIssuer?: string | null;
  /** Issuer of the assertion only; null leaves it out. */
  assertionIssuer?: string | null;
  nameId?: string;
  nameIdFormat?: string;
  sessionIndex?: string;
  attributes?: Record<string, string | string[]>;
  issueInstant?: Date;
  notBefore?: Date;
  notOnOrAfter?: Date;
  subjectNotOnOrAfter?: Date;
  /** AuthnStatement SessionNotOnOrAfter (left out by default). */
  sessionNotOnOrAfter?: Date;
  /** More AuthnStatement elements (XML) after the first, inside the signed assertion. */
  extraAuthnStatementsXml?: string;
  status?: string;
  /** Leave the Status element out (malformed). */
  omitStatus?: boolean;
  subStatus?: string;
  statusMessage?: string;
  /** Sign the assertion (default true). */
  signAssertion?: boolean;
  /** Sign the Response element too (default false). */
  signResponse?: boolean;
  /** Sign with this key instead of the IdP's (a "wrong certificate"). */
  key?: KeyPair;
  /** Algorithms of the assertion's signature. */
  assertionAlgorithms?: SigningAlgorithms;
  /** Algorithms of the Response's signature (with signResponse). */
  responseAlgorithms?: SigningAlgorithms;
  assertionId?: string;
  responseId?: string;
}

export interface LogoutRequestOptions {
  nameId: string;
  sessionIndex?: string;
  /** The SP's SLO URL (Destination). */
  destination: string;
  id?: string;
  /** null leaves the Issuer out. */
  issuer?: string | null;
  issueInstant?: Date;
  relayState?: string;
  /** Sign the redirect query (default true). */
  signed?: boolean;
  key?: KeyPair;
  /** SigAlg of the redirect query, or the XML signature's algorithms for the POST binding. */
  algorithms?: SigningAlgorithms;
}

export interface LogoutResponseOptions {
  inResponseTo: string;
  destination: string;
  status?: string;
  /** Leave the Status element out (malformed). */
  omitStatus?: boolean;
  key?: KeyPair;
  signed?: boolean;
  /** null leaves the Issuer out. */
  issuer?: string | null;
  algorithms?: SigningAlgorithms;
}

export interface TestIdpOptions {
  /** Serve this instead of the generated metadata (to test broken metadata). */
  metadataOverride?: string;
}

/** Signs `xml` at `targetXpath` with an enveloped signature (RSA-SHA256 unless told) placed after `afterXpath`. */
export function signXml(
  xml: string,
  key: KeyPair,
  targetXpath: string,
  afterXpath: string,
  algorithms: SigningAlgorithms = {},
  action: 'after' | 'before' = 'after',
): string {
  const sig = new SignedXml({
    privateKey: key.privateKey,
    publicCert: key.certPem,
    signatureAlgorithm: SIGNATURE_ALGORITHMS[algorithms.signature ?? 'rsa-sha256'].uri,
    canonicalizationAlgorithm: EXC_C14N,
  });
  sig.addReference({ xpath: targetXpath, transforms: [ENVELOPED, EXC_C14N], digestAlgorithm: DIGEST_ALGORITHMS[algorithms.digest ?? 'sha256'] });
  sig.computeSignature(xml, { prefix: 'ds', location: { reference: afterXpath, action } });
  return sig.getSignedXml();
}

/** HTTP-Redirect binding: deflate + base64, and sign `KEY=...&RelayState=...&SigAlg=...` when a key is given. */
export function redirectQuery(
  param: 'SAMLRequest' | 'SAMLResponse',
  xml: string,
  key?: KeyPair,
  relayState?: string,
  algorithm: keyof typeof SIGNATURE_ALGORITHMS = 'rsa-sha256',
): string {
  let query = `${param}=${encodeURIComponent(deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64'))}`;
  if (relayState) query += `&RelayState=${encodeURIComponent(relayState)}`;
  if (!key) return query;
  query += `&SigAlg=${encodeURIComponent(SIGNATURE_ALGORITHMS[algorithm].uri)}`;
  const signature = createSign(SIGNATURE_ALGORITHMS[algorithm].node).update(query).sign(key.privateKey, 'base64');
  return `${query}&Signature=${encodeURIComponent(signature)}`;
}

function parseXml(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

function firstNs(root: Document | Element, ns: string, name: string): Element | undefined {
  return root.getElementsByTagNameNS(ns, name)[0] ?? undefined;
}

export class TestIdp {
  readonly received: AuthnRequestInfo[] = [];
  readonly logoutRequests: LogoutRequestInfo[] = [];
  /** Who signs in at the SSO endpoint. */
  user: TestUser = { nameId: 'alice-0001', attributes: { email: 'alice@example.com', displayName: 'Alice Martin' } };
  /** When set, AuthnRequests must be signed with this SP certificate. */
  spCertPem?: string;

  private constructor(
    readonly key: KeyPair,
    private readonly server: Server,
    readonly url: string,
    private readonly options: TestIdpOptions,
  ) {}

  static async start(options: TestIdpOptions = {}): Promise<TestIdp> {
    const key = await generateKeyPair();
    let idp: TestIdp | undefined;
    const server = createServer((req, res) => {
      idp?.handle(req, res).catch((e: Error) => {
        res.statusCode = 500;
        res.end(e.message);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    idp = new TestIdp(key, server, `http://127.0.0.1:${port}`, options);
    return idp;
  }

  get entityId(): string {
    return `${this.url}/idp`;
  }
  get metadataUrl(): string {
    return `${this.url}/metadata`;
  }
  get ssoUrl(): string {
    return `${this.url}/sso`;
  }
  get sloUrl(): string {
    return `${this.url}/slo`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  metadataXml(): string {
    return `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="${NS_DS}" entityID="${esc(this.entityId)}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="${NS_P}">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${this.key.cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIBnotthesigningcert</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleLogoutService Binding="${BINDING_POST}" Location="${esc(this.url)}/slo-post"/>
    <md:SingleLogoutService Binding="${BINDING_REDIRECT}" Location="${esc(this.sloUrl)}"/>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:SingleSignOnService Binding="${BINDING_POST}" Location="${esc(this.url)}/sso-post"/>
    <md:SingleSignOnService Binding="${BINDING_REDIRECT}" Location="${esc(this.ssoUrl)}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
  }

  /** Reads the AuthnRequest from the SP's redirect URL (what the browser would bring to /sso). */
  parseAuthnRequest(redirectUrl: string): AuthnRequestInfo {
    const url = new URL(redirectUrl);
    const encoded = url.searchParams.get('SAMLRequest');
    if (!encoded) throw new Error('no SAMLRequest in the redirect');
    const signature = url.searchParams.get('Signature');
    if (this.spCertPem) {
      if (!signature) throw new Error('AuthnRequest is not signed');
      const raw = url.search.slice(1).split('&');
      const pick = (k: string) => raw.find((t) => t.startsWith(`${k}=`));
      const signed = [pick('SAMLRequest'), pick('RelayState'), pick('SigAlg')].filter(Boolean).join('&');
      if (!createVerify('RSA-SHA256').update(signed).verify(this.spCertPem, signature, 'base64')) throw new Error('AuthnRequest signature is invalid');
    }
    const xml = inflateRawSync(Buffer.from(encoded, 'base64')).toString('utf8');
    const doc = parseXml(xml);
    const root = doc.documentElement as Element;
    if (root.localName !== 'AuthnRequest' || root.namespaceURI !== NS_P) throw new Error('not an AuthnRequest');
    return {
      id: root.getAttribute('ID') ?? '',
      issuer: firstNs(root, NS_A, 'Issuer')?.textContent?.trim() ?? '',
      acsUrl: root.getAttribute('AssertionConsumerServiceURL') ?? undefined,
      destination: root.getAttribute('Destination') ?? undefined,
      signed: Boolean(signature),
      xml,
    };
  }

  /** A SAML Response as XML (signed as asked). */
  responseXml(o: ResponseOptions = {}): string {
    const now = Date.now();
    const key = o.key ?? this.key;
    const acsUrl = o.acsUrl ?? o.request?.acsUrl ?? '';
    const inResponseTo = o.inResponseTo === undefined ? o.request?.id : (o.inResponseTo ?? undefined);
    const destination = o.destination === undefined ? acsUrl : o.destination;
    const recipient = o.recipient ?? acsUrl;
    const audience = o.audience ?? o.request?.issuer ?? '';
    const issuer = o.issuer ?? this.entityId;
    const responseIssuer = o.responseIssuer === undefined ? issuer : o.responseIssuer;
    const assertionIssuer = o.assertionIssuer === undefined ? issuer : o.assertionIssuer;
    const status = o.status ?? STATUS.success;
    const issueInstant = iso(o.issueInstant ?? new Date(now));
    const notBefore = iso(o.notBefore ?? new Date(now - 60_000));
    const notOnOrAfter = iso(o.notOnOrAfter ?? new Date(now + 5 * 60_000));
    const subjectNotOnOrAfter = iso(o.subjectNotOnOrAfter ?? o.notOnOrAfter ?? new Date(now + 5 * 60_000));
    const nameId = o.nameId ?? this.user.nameId;
    const attributes = o.attributes ?? this.user.attributes;
    const assertionId = o.assertionId ?? samlId();
    const responseId = o.responseId ?? samlId();
    const irt = (value: string | undefined) => (value ? ` InResponseTo="${esc(value)}"` : '');
    const subjectIrt = o.subjectInResponseTo ?? inResponseTo;

    const attributeXml = Object.entries(attributes)
      .map(([name, value]) => {
        const values = (Array.isArray(value) ? value : [value]).map((v) => `<saml:AttributeValue xsi:type="xs:string">${esc(v)}</saml:AttributeValue>`).join('');
        return `<saml:Attribute Name="${esc(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified">${values}</saml:Attribute>`;
      })
      .join('');
    const statusXml = o.omitStatus
      ? ''
      : `<samlp:Status><samlp:StatusCode Value="${esc(status)}">${o.subStatus ? `<samlp:StatusCode Value="${esc(o.subStatus)}"/>` : ''}</samlp:StatusCode>` +
      `${o.statusMessage ? `<samlp:StatusMessage>${esc(o.statusMessage)}</samlp:StatusMessage>` : ''}</samlp:Status>`;
    const assertion =
      status !== STATUS.success
        ? ''
        : `<saml:Assertion xmlns:saml="${NS_A}" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="${assertionId}" Version="2.0" IssueInstant="${issueInstant}">` +
          (assertionIssuer === null ? '' : `<saml:Issuer>${esc(assertionIssuer)}</saml:Issuer>`) +
          `<saml:Subject><saml:NameID Format="${esc(o.nameIdFormat ?? 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent')}">${esc(nameId)}</saml:NameID>` +
          `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData${irt(subjectIrt)} NotOnOrAfter="${subjectNotOnOrAfter}" Recipient="${esc(recipient)}"/></saml:SubjectConfirmation></saml:Subject>` +
          `<saml:Conditions NotBefore="${notBefore}" NotOnOrAfter="${notOnOrAfter}"><saml:AudienceRestriction><saml:Audience>${esc(audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
          `<saml:AuthnStatement AuthnInstant="${issueInstant}" SessionIndex="${esc(o.sessionIndex ?? samlId())}"${o.sessionNotOnOrAfter ? ` SessionNotOnOrAfter="${iso(o.sessionNotOnOrAfter)}"` : ''}><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
          (o.extraAuthnStatementsXml ?? '') +
          (attributeXml ? `<saml:AttributeStatement>${attributeXml}</saml:AttributeStatement>` : '') +
          `</saml:Assertion>`;
    let xml =
      `<samlp:Response xmlns:samlp="${NS_P}" xmlns:saml="${NS_A}" ID="${responseId}" Version="2.0" IssueInstant="${issueInstant}"` +
      `${destination ? ` Destination="${esc(destination)}"` : ''}${irt(inResponseTo)}>` +
      `${responseIssuer === null ? '' : `<saml:Issuer>${esc(responseIssuer)}</saml:Issuer>`}${statusXml}${assertion}</samlp:Response>`;
    // Signatures go after the Issuer, or first when there is none.
    const place = (parent: string, hasIssuer: boolean) =>
      hasIssuer
        ? { after: `${parent}/*[local-name(.)='Issuer']`, action: 'after' as const }
        : { after: `${parent}/*[1]`, action: 'before' as const };
    if (assertion && o.signAssertion !== false) {
      const at = place("//*[local-name(.)='Assertion']", assertionIssuer !== null);
      xml = signXml(xml, key, "//*[local-name(.)='Assertion']", at.after, o.assertionAlgorithms, at.action);
    }
    if (o.signResponse) {
      const at = place("/*[local-name(.)='Response']", responseIssuer !== null);
      xml = signXml(xml, key, "/*[local-name(.)='Response']", at.after, o.responseAlgorithms, at.action);
    }
    return xml;
  }

  /** The SAMLResponse form value (base64). */
  response(o: ResponseOptions = {}): string {
    return encodeResponse(this.responseXml(o));
  }

  /** An IdP-initiated LogoutRequest as an HTTP-Redirect query string for the SP's SLO endpoint. */
  logoutRequestQuery(o: LogoutRequestOptions): string {
    return redirectQuery('SAMLRequest', this.logoutRequestXml(o), o.signed === false ? undefined : (o.key ?? this.key), o.relayState, o.algorithms?.signature);
  }

  logoutRequestXml(o: LogoutRequestOptions): string {
    return (
      `<samlp:LogoutRequest xmlns:samlp="${NS_P}" xmlns:saml="${NS_A}" ID="${o.id ?? samlId()}" Version="2.0" IssueInstant="${iso(o.issueInstant ?? new Date())}" Destination="${esc(o.destination)}">` +
      (o.issuer === null ? '' : `<saml:Issuer>${esc(o.issuer ?? this.entityId)}</saml:Issuer>`) +
      `<saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${esc(o.nameId)}</saml:NameID>` +
      `${o.sessionIndex ? `<samlp:SessionIndex>${esc(o.sessionIndex)}</samlp:SessionIndex>` : ''}</samlp:LogoutRequest>`
    );
  }

  /** A LogoutRequest for the HTTP-POST binding: enveloped XML signature on the root. */
  signedLogoutRequestPost(o: LogoutRequestOptions): string {
    const xml = this.logoutRequestXml(o);
    if (o.signed === false) return encodeResponse(xml);
    const root = "/*[local-name(.)='LogoutRequest']";
    const hasIssuer = o.issuer !== null;
    return encodeResponse(signXml(xml, o.key ?? this.key, root, hasIssuer ? `${root}/*[local-name(.)='Issuer']` : `${root}/*[1]`, o.algorithms, hasIssuer ? 'after' : 'before'));
  }

  logoutResponseXml(o: LogoutResponseOptions): string {
    const issuer = o.issuer === undefined ? this.entityId : o.issuer;
    return (
      `<samlp:LogoutResponse xmlns:samlp="${NS_P}" xmlns:saml="${NS_A}" ID="${samlId()}" Version="2.0" IssueInstant="${iso(new Date())}" Destination="${esc(o.destination)}" InResponseTo="${esc(o.inResponseTo)}">` +
      (issuer === null ? '' : `<saml:Issuer>${esc(issuer)}</saml:Issuer>`) +
      (o.omitStatus ? '' : `<samlp:Status><samlp:StatusCode Value="${esc(o.status ?? STATUS.success)}"/></samlp:Status>`) +
      `</samlp:LogoutResponse>`
    );
  }

  /** A LogoutResponse (redirect binding query) answering the SP's LogoutRequest. */
  logoutResponseQuery(o: LogoutResponseOptions): string {
    return redirectQuery('SAMLResponse', this.logoutResponseXml(o), o.signed === false ? undefined : (o.key ?? this.key), undefined, o.algorithms?.signature);
  }

  /** A LogoutResponse for the HTTP-POST binding (base64), with an enveloped XML signature on the root. */
  logoutResponsePost(o: LogoutResponseOptions): string {
    const xml = this.logoutResponseXml(o);
    if (o.signed === false) return encodeResponse(xml);
    const root = "/*[local-name(.)='LogoutResponse']";
    const hasIssuer = o.issuer !== null;
    return encodeResponse(signXml(xml, o.key ?? this.key, root, hasIssuer ? `${root}/*[local-name(.)='Issuer']` : `${root}/*[1]`, o.algorithms, hasIssuer ? 'after' : 'before'));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname === '/metadata') {
      res.setHeader('Content-Type', 'application/samlmetadata+xml');
      res.end(this.options.metadataOverride ?? this.metadataXml());
      return;
    }
    if (url.pathname === '/sso') {
      let request: AuthnRequestInfo;
      try {
        request = this.parseAuthnRequest(url.toString());
      } catch (e) {
        res.statusCode = 400;
        res.end((e as Error).message);
        return;
      }
      this.received.push(request);
      const samlResponse = this.response({ request });
      res.setHeader('Content-Type', 'text/html');
      res.end(
        `<!doctype html><html><body onload="document.forms[0].submit()"><form method="post" action="${esc(request.acsUrl ?? '')}">` +
          `<input type="hidden" name="SAMLResponse" value="${esc(samlResponse)}"/></form></body></html>`,
      );
      return;
    }
    if (url.pathname === '/slo') {
      const encoded = url.searchParams.get('SAMLRequest');
      if (!encoded) {
        res.statusCode = 400;
        res.end('no SAMLRequest');
        return;
      }
      const xml = inflateRawSync(Buffer.from(encoded, 'base64')).toString('utf8');
      const root = parseXml(xml).documentElement as Element;
      const info: LogoutRequestInfo = {
        id: root.getAttribute('ID') ?? '',
        issuer: firstNs(root, NS_A, 'Issuer')?.textContent?.trim() ?? '',
        nameId: firstNs(root, NS_A, 'NameID')?.textContent?.trim() ?? '',
        sessionIndex: firstNs(root, NS_P, 'SessionIndex')?.textContent?.trim() ?? undefined,
        destination: root.getAttribute('Destination') ?? undefined,
        signed: url.searchParams.has('Signature'),
      };
      this.logoutRequests.push(info);
      // The SP's SLO endpoint sits beside its metadata (entity id) in Ruche.
      const spSlo = info.issuer.replace(/\/auth\/saml\/metadata$/, '/auth/saml/slo');
      res.statusCode = 302;
      res.setHeader('Location', `${spSlo}?${this.logoutResponseQuery({ inResponseTo: info.id, destination: spSlo })}`);
      res.end();
      return;
    }
    res.statusCode = 404;
    res.end('not found');
  }
}

export function encodeResponse(xml: string): string {
  return Buffer.from(xml, 'utf8').toString('base64');
}

export function decodeResponse(encoded: string): string {
  return Buffer.from(encoded, 'base64').toString('utf8');
}

/** Extracts the auto-post form's action and SAMLResponse from the IdP's SSO page. */
export function readAutoPostForm(html: string): { action: string; samlResponse: string } {
  const action = /<form[^>]*action="([^"]*)"/.exec(html)?.[1];
  const value = /name="SAMLResponse" value="([^"]*)"/.exec(html)?.[1];
  if (!action || !value) throw new Error('no auto-post form in the IdP page');
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
  return { action: unescape(action), samlResponse: unescape(value) };
}

/**
 * Signature-wrapping (XSW) variants built from a validly signed response: each keeps the original
 * signature intact and tries to make the SP act on content the IdP never signed.
 */
export const xsw = {
  /** A forged, unsigned assertion (attacker's NameID) inserted before the genuine signed one. */
  injectUnsignedAssertion(signedXml: string, nameId: string): string {
    const doc = parseXml(signedXml);
    const original = firstNs(doc, NS_A, 'Assertion') as Element;
    const forged = forgedCopy(original, nameId, samlId());
    original.parentNode?.insertBefore(forged, original);
    return new XMLSerializer().serializeToString(doc);
  },

  /** The signed assertion hidden in samlp:Extensions; a forged copy with the same ID takes its place. */
  moveSignedIntoExtensions(signedXml: string, nameId: string, sameId = true): string {
    const doc = parseXml(signedXml);
    const root = doc.documentElement as Element;
    const original = firstNs(doc, NS_A, 'Assertion') as Element;
    const forged = forgedCopy(original, nameId, sameId ? (original.getAttribute('ID') ?? samlId()) : samlId());
    const extensions = doc.createElementNS(NS_P, 'samlp:Extensions');
    root.replaceChild(forged, original);
    extensions.appendChild(original);
    root.insertBefore(extensions, firstNs(root, NS_P, 'Status') as Element);
    return new XMLSerializer().serializeToString(doc);
  },

  /** XSW "Object" variant: the forged assertion carries the genuine Signature, whose ds:Object holds the signed assertion. */
  wrapInSignatureObject(signedXml: string, nameId: string): string {
    const doc = parseXml(signedXml);
    const original = firstNs(doc, NS_A, 'Assertion') as Element;
    const signature = firstNs(original, NS_DS, 'Signature') as Element;
    const forged = forgedCopy(original, nameId, original.getAttribute('ID') ?? samlId());
    const movedSignature = signature.cloneNode(true) as Element;
    const object = doc.createElementNS(NS_DS, 'ds:Object');
    object.appendChild(original.cloneNode(true));
    movedSignature.appendChild(object);
    const issuer = firstNs(forged, NS_A, 'Issuer') as Element;
    forged.insertBefore(movedSignature, issuer.nextSibling);
    original.parentNode?.replaceChild(forged, original);
    return new XMLSerializer().serializeToString(doc);
  },

  /** The signed assertion's NameID edited after signing. */
  editNameId(signedXml: string, nameId: string): string {
    return signedXml.replace(/(<saml:NameID[^>]*>)[^<]*(<\/saml:NameID>)/, `$1${esc(nameId)}$2`);
  },

  /** One attribute value edited after signing (e.g. a group granting a higher role). */
  editAttribute(signedXml: string, name: string, value: string): string {
    const pattern = new RegExp(`(<saml:Attribute Name="${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*><saml:AttributeValue[^>]*>)[^<]*`);
    return signedXml.replace(pattern, `$1${esc(value)}`);
  },
};

function forgedCopy(original: Element, nameId: string, id: string): Element {
  const forged = original.cloneNode(true) as Element;
  forged.setAttribute('ID', id);
  const signature = firstNs(forged, NS_DS, 'Signature');
  if (signature) forged.removeChild(signature);
  const name = firstNs(forged, NS_A, 'NameID') as Element;
  while (name.firstChild) name.removeChild(name.firstChild);
  name.appendChild((forged.ownerDocument as Document).createTextNode(nameId));
  return forged;
}

/** Environment for an app using this IdP through explicit settings (SSO URL + certificate). */
export function samlEnv(idp: TestIdp, extra: Record<string, string> = {}): Record<string, string> {
  return {
    AUTH_MODE: 'saml',
    SAML_IDP_SSO_URL: idp.ssoUrl,
    SAML_IDP_SLO_URL: idp.sloUrl,
    SAML_IDP_CERT: idp.key.cert,
    SAML_IDP_ENTITY_ID: idp.entityId,
    ...extra,
  };
}

export interface LoginStart {
  /** `name=value` of the SSO nonce cookie, ready for a Cookie header. */
  nonceCookie: string;
  /** The IdP URL the app redirected to. */
  location: string;
  request: AuthnRequestInfo;
}

/** GET /auth/saml/login like a browser, and read the AuthnRequest the IdP would receive. */
export async function beginLogin(server: AppServer, idp: TestIdp, returnTo?: string, cookie?: string): Promise<LoginStart> {
  const req = request(server).get('/auth/saml/login').query(returnTo === undefined ? {} : { returnTo });
  if (cookie) req.set('Cookie', cookie);
  const res = await req;
  if (res.status !== 302) throw new Error(`login did not redirect: ${res.status} ${res.text.slice(0, 200)}`);
  const setCookies = (res.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
  const nonce = setCookies.find((c) => /ruche_saml=/.test(c));
  if (!nonce) throw new Error('login set no nonce cookie');
  const location = res.headers.location as string;
  return { nonceCookie: nonce.split(';')[0], location, request: idp.parseAuthnRequest(location) };
}

/** POST a SAMLResponse to the ACS like the IdP's auto-post form would. */
export function postToAcs(server: AppServer, samlResponse: string, cookie?: string) {
  const req = request(server).post('/auth/saml/acs').type('form');
  if (cookie) req.set('Cookie', cookie);
  return req.send({ SAMLResponse: samlResponse });
}

/** The session cookie (`name=value`) an ACS response set, if any. */
export function sessionCookieFrom(res: { headers: Record<string, unknown> }): string | undefined {
  const cookies = (res.headers['set-cookie'] as string[] | undefined) ?? [];
  const session = cookies.find((c) => /^(__Host-)?ruche_session=[^;]+/.test(c));
  return session?.split(';')[0];
}
