import { SamlStatusError } from '@node-saml/node-saml';
import type { Document, Element } from '@xmldom/xmldom';
import type { SamlConfig } from '../../../config/config';
import { SamlRejectedError, type SamlRejectReason } from './saml.errors';
import { checkXmlAlgorithms } from './saml-algorithms';
import { createSamlClient } from './saml-client';
import type { IdpDescriptor } from './saml-metadata';
import type { SamlAttributes } from './saml-profile';
import {
  attr,
  child,
  children,
  CONFIRMATION_BEARER,
  duplicateIds,
  forLog,
  NS,
  parseInstant,
  parseUntrustedXml,
  STATUS_SUCCESS,
  text,
  XmlRejectedError,
} from './saml-xml';

/** Largest SAML message accepted (decoded). Real responses are a few KB; big ones are attacks. */
export const MAX_SAML_MESSAGE_BYTES = 256 * 1024;
const MAX_ATTRIBUTE_VALUES = 1000;

/** The facts of a validated assertion, all read from the signed bytes. */
export interface ValidatedAssertion {
  issuer: string;
  assertionId: string;
  nameId: string;
  nameIdFormat?: string;
  sessionIndex?: string;
  inResponseTo: string;
  /** When the assertion stops being usable (latest NotOnOrAfter + skew): how long its id is remembered. */
  expiresAt: Date;
  /** AuthnStatement SessionNotOnOrAfter (the earliest, when several): the session ends then at the latest. */
  sessionNotOnOrAfter?: Date;
  attributes: SamlAttributes;
}

const reject = (reason: SamlRejectReason, detail?: unknown) => new SamlRejectedError(reason, detail === undefined ? undefined : forLog(detail));

/** Base64 (as posted by the browser) → UTF-8 XML, with size and encoding limits. */
export function decodeSamlMessage(encoded: unknown): string {
  if (typeof encoded !== 'string' || encoded.length === 0) throw reject('malformed', 'missing or non-text message');
  if (encoded.length > Math.ceil((MAX_SAML_MESSAGE_BYTES * 4) / 3) + 4096) throw reject('too_large', `${encoded.length} characters`);
  const compact = encoded.replace(/[\r\n\t ]+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) throw reject('malformed', 'not base64');
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > MAX_SAML_MESSAGE_BYTES) throw reject('too_large', `${bytes.length} bytes`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw reject('malformed', 'not UTF-8');
  }
}

export function parseSamlXml(xml: string): Document {
  try {
    return parseUntrustedXml(xml);
  } catch (e) {
    if (e instanceof XmlRejectedError) throw reject(e.kind, e.message);
    throw reject('malformed', (e as Error).message);
  }
}

/** node-saml reports failures as plain Errors; this turns its messages into our reasons for the log. */
export function classifyLibraryError(e: unknown): SamlRejectedError {
  if (e instanceof SamlRejectedError) return e;
  if (e instanceof SamlStatusError) return reject('status', e.message);
  const message = String((e as Error)?.message ?? e);
  const rules: [RegExp, SamlRejectReason][] = [
    [/not yet valid/i, 'not_yet_valid'],
    [/expired/i, 'expired'],
    [/audience/i, 'audience'],
    [/multiple assertions|more than one element|refer to it's parent|too many signatures|too many transforms/i, 'structure'],
    [/signature|signed/i, 'signature'],
    [/issuer/i, 'issuer'],
  ];
  const rule = rules.find(([pattern]) => pattern.test(message));
  return reject(rule ? rule[1] : 'invalid', message);
}

function checkWindow(now: number, skew: number, notBefore: string | undefined, notOnOrAfter: string | undefined, where: string): void {
  let from: number | undefined;
  let until: number | undefined;
  try {
    from = parseInstant(notBefore, `${where} NotBefore`);
    until = parseInstant(notOnOrAfter, `${where} NotOnOrAfter`);
  } catch (e) {
    throw reject('invalid', (e as Error).message);
  }
  if (from !== undefined && now + skew < from) throw reject('not_yet_valid', `${where} NotBefore ${notBefore}`);
  if (until !== undefined && now - skew >= until) throw reject('expired', `${where} NotOnOrAfter ${notOnOrAfter}`);
}

/**
 * A SAML protocol response (Response, LogoutResponse) must carry a Status with a StatusCode; without
 * one it is malformed, and anything but Success is the IdP saying no.
 */
export function checkStatus(root: Element): void {
  const statusEl = child(root, NS.protocol, 'Status');
  const statusCode = statusEl && child(statusEl, NS.protocol, 'StatusCode');
  const status = attr(statusCode, 'Value');
  if (!statusCode || !status) throw reject('malformed', statusEl ? 'Status without StatusCode Value' : 'no Status');
  if (status !== STATUS_SUCCESS) {
    const nested = attr(child(statusCode, NS.protocol, 'StatusCode'), 'Value');
    throw reject('status', `${status}${nested ? ` / ${nested}` : ''}`);
  }
}

/** The element's own saml:Issuer must be the IdP's entity id; a missing Issuer is refused too. Returns it. */
export function checkIssuer(el: Element, idp: IdpDescriptor): string {
  const issuer = text(child(el, NS.assertion, 'Issuer'));
  if (!issuer) throw reject('issuer', `no Issuer on ${el.localName}`);
  if (issuer !== idp.entityId) throw reject('issuer', issuer);
  return issuer;
}

/** Checks on the Response envelope, before any signature is looked at. */
function checkEnvelope(doc: Document, saml: SamlConfig, idp: IdpDescriptor): { inResponseTo: string } {
  const root = doc.documentElement as Element;
  if (root.namespaceURI !== NS.protocol || root.localName !== 'Response') throw reject('not_a_response', `${root.localName}`);
  if (attr(root, 'Version') !== '2.0') throw reject('malformed', 'Version is not 2.0');

  checkStatus(root);

  // Signature wrapping needs a second assertion or a duplicated ID somewhere; neither has any use in a
  // genuine response, so both are refused before the signature check, whatever the namespace.
  const assertions = Array.from(doc.getElementsByTagNameNS('*', 'Assertion'));
  if (doc.getElementsByTagNameNS('*', 'EncryptedAssertion').length > 0) throw reject('encrypted_unsupported');
  if (assertions.length !== 1) throw reject('structure', `${assertions.length} Assertion elements`);
  const assertion = assertions[0];
  if (assertion.parentNode !== root || assertion.namespaceURI !== NS.assertion) throw reject('structure', 'Assertion is not a child of Response');
  const dupes = duplicateIds(doc);
  if (dupes.length > 0) throw reject('structure', `duplicate ID ${dupes[0]}`);

  const destination = attr(root, 'Destination');
  if (destination !== saml.acsUrl) throw reject('destination', destination ?? 'no Destination');
  checkIssuer(root, idp);
  const inResponseTo = attr(root, 'InResponseTo');
  // IdP-initiated (unsolicited) sign-in is refused: it cannot be bound to a browser, so it is a
  // login-CSRF and replay vector.
  if (!inResponseTo) throw reject('unsolicited');
  return { inResponseTo };
}

/** Checks on the signed assertion, parsed from the bytes the signature covers. */
function checkAssertion(xml: string, saml: SamlConfig, idp: IdpDescriptor, inResponseTo: string, now: number): ValidatedAssertion {
  const assertion = parseSamlXml(xml).documentElement as Element;
  if (assertion.namespaceURI !== NS.assertion || assertion.localName !== 'Assertion') throw reject('structure', 'signed node is not an Assertion');
  const assertionId = attr(assertion, 'ID');
  if (!assertionId || assertionId.length > 256) throw reject('structure', 'Assertion has no usable ID');

  const issuer = checkIssuer(assertion, idp);

  const subject = child(assertion, NS.assertion, 'Subject');
  const nameIdEl = subject && child(subject, NS.assertion, 'NameID');
  const nameId = text(nameIdEl);
  if (!nameId || nameId.length > 512) throw reject('missing_name_id');

  const bearers = (subject ? children(subject, NS.assertion, 'SubjectConfirmation') : []).filter((c) => attr(c, 'Method') === CONFIRMATION_BEARER);
  if (bearers.length !== 1) throw reject('subject_confirmation', `${bearers.length} bearer confirmations`);
  const data = child(bearers[0], NS.assertion, 'SubjectConfirmationData');
  if (!data) throw reject('subject_confirmation', 'no SubjectConfirmationData');
  const recipient = attr(data, 'Recipient');
  if (recipient !== saml.acsUrl) throw reject('recipient', recipient ?? 'no Recipient');
  const subjectInResponseTo = attr(data, 'InResponseTo');
  if (subjectInResponseTo !== inResponseTo) throw reject('in_response_to_mismatch', `${subjectInResponseTo ?? 'none'} vs ${inResponseTo}`);
  const subjectUntil = attr(data, 'NotOnOrAfter');
  if (!subjectUntil) throw reject('subject_confirmation', 'no NotOnOrAfter');
  checkWindow(now, saml.clockSkewMs, attr(data, 'NotBefore'), subjectUntil, 'SubjectConfirmationData');

  const conditions = children(assertion, NS.assertion, 'Conditions');
  if (conditions.length !== 1) throw reject('audience', `${conditions.length} Conditions`);
  checkWindow(now, saml.clockSkewMs, attr(conditions[0], 'NotBefore'), attr(conditions[0], 'NotOnOrAfter'), 'Conditions');
  const restrictions = children(conditions[0], NS.assertion, 'AudienceRestriction');
  if (restrictions.length === 0 || !restrictions.every((r) => children(r, NS.assertion, 'Audience').some((a) => text(a) === saml.spEntityId))) {
    throw reject('audience', restrictions.map((r) => children(r, NS.assertion, 'Audience').map(text).join(',')).join(';') || 'no Audience');
  }

  const untils = [subjectUntil, attr(conditions[0], 'NotOnOrAfter')].filter((v): v is string => Boolean(v)).map((v) => Date.parse(v));
  const expiresAt = new Date(Math.max(...untils) + saml.clockSkewMs);

  const attributes: SamlAttributes = {};
  let count = 0;
  for (const statement of children(assertion, NS.assertion, 'AttributeStatement')) {
    for (const attribute of children(statement, NS.assertion, 'Attribute')) {
      const name = attr(attribute, 'Name');
      if (!name) continue;
      const values = children(attribute, NS.assertion, 'AttributeValue').map((v) => (v.textContent ?? '').trim());
      count += values.length;
      if (count > MAX_ATTRIBUTE_VALUES) throw reject('too_large', 'too many attribute values');
      (attributes[name] ??= []).push(...values);
    }
  }

  const authns = children(assertion, NS.assertion, 'AuthnStatement');
  // SessionNotOnOrAfter: the IdP's word on when the session it opened must end; the earliest wins.
  let sessionNotOnOrAfter: Date | undefined;
  for (const authn of authns) {
    const value = attr(authn, 'SessionNotOnOrAfter');
    let until: number | undefined;
    try {
      until = parseInstant(value, 'AuthnStatement SessionNotOnOrAfter');
    } catch (e) {
      throw reject('invalid', (e as Error).message);
    }
    if (until === undefined) continue;
    if (until <= now) throw reject('expired', `AuthnStatement SessionNotOnOrAfter ${value}`);
    if (!sessionNotOnOrAfter || until < sessionNotOnOrAfter.getTime()) sessionNotOnOrAfter = new Date(until);
  }
  return {
    issuer,
    assertionId,
    nameId,
    nameIdFormat: attr(nameIdEl, 'Format'),
    sessionIndex: attr(authns[0], 'SessionIndex'),
    inResponseTo,
    expiresAt,
    sessionNotOnOrAfter,
    attributes,
  };
}

/**
 * Validates a posted SAMLResponse completely, except what needs the database (request binding and
 * replay), which SamlService does next. Throws SamlRejectedError with the reason.
 *
 * Layers: size/encoding/DTD limits → signature and digest algorithms (no SHA-1) → envelope (status,
 * issuer, one assertion, no duplicate IDs, Destination, InResponseTo present) → node-saml (signature
 * by a configured IdP certificate over the assertion, Conditions time window, audience) → our checks
 * on the signed bytes only (issuer, bearer confirmation Recipient/InResponseTo/time window, audience
 * again, SessionNotOnOrAfter).
 */
export async function validateSamlResponse(
  encoded: unknown,
  saml: SamlConfig,
  idp: IdpDescriptor,
  now: number = Date.now(),
): Promise<ValidatedAssertion> {
  const xml = decodeSamlMessage(encoded);
  const doc = parseSamlXml(xml);
  checkXmlAlgorithms(doc);
  const { inResponseTo } = checkEnvelope(doc, saml, idp);

  let signedAssertionXml: string;
  try {
    // Hand node-saml exactly the bytes checked above, not the browser's (possibly sloppy) base64.
    const result = await createSamlClient(saml, idp).validatePostResponseAsync({ SAMLResponse: Buffer.from(xml, 'utf8').toString('base64') });
    const profile = result.profile;
    if (!profile || typeof profile.getAssertionXml !== 'function') throw reject('invalid', 'no assertion in a valid response');
    signedAssertionXml = profile.getAssertionXml();
  } catch (e) {
    throw classifyLibraryError(e);
  }
  return checkAssertion(signedAssertionXml, saml, idp, inResponseTo, now);
}
