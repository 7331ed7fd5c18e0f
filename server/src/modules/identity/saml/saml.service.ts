import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { Inject, Injectable } from '@nestjs/common';
import { generateServiceProviderMetadata, type Profile } from '@node-saml/node-saml';
import type { Element } from '@xmldom/xmldom';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig, SamlConfig } from '../../../config/config';
import { OrgService } from '../../org';
import { ExternalAccountConflictError, UsersService } from '../../users';
import { ROOT_LOGGER } from '../../../core/logging/logging.module';
import { RealtimeService } from '../../../core/realtime/realtime.service';
import { SessionService } from '../session.service';
import { safeReturnTo } from './return-to';
import { createSamlClient, newSamlId } from './saml-client';
import { checkRedirectSigAlg, checkXmlAlgorithms } from './saml-algorithms';
import { MAX_PENDING_NONCES, parseNonceCookie, SAML_REQUEST_TTL_MS } from './saml-cookies';
import { SamlIdpService } from './saml-idp.service';
import { SamlStateRepository } from './saml-state.repository';
import { mapSamlAttributes } from './saml-profile';
import {
  checkIssuer,
  checkStatus,
  classifyLibraryError,
  decodeSamlMessage,
  MAX_SAML_MESSAGE_BYTES,
  parseSamlXml,
  validateSamlResponse,
} from './saml-response.validator';
import { SamlBadReturnToError, SamlRejectedError } from './saml.errors';
import { attr, forLog, NS, parseInstant } from './saml-xml';

const hashNonce = (nonce: string) => createHash('sha256').update(nonce).digest('hex');
/** How old an IdP LogoutRequest may be (IssueInstant), beyond the clock skew. */
const LOGOUT_REQUEST_MAX_AGE_MS = 10 * 60_000;
const UNSPECIFIED_NAME_ID = 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified';

export interface SamlLoginStart {
  redirectUrl: string;
  /** What the browser's nonce cookie holds now: this login's fresh nonce first, then its other pending ones. */
  nonces: string[];
}

export interface SamlLoginResult {
  token: string;
  returnTo: string;
  userId: string;
  /** The browser's nonces minus the one this sign-in used (other tabs may still be signing in). */
  remainingNonces: string[];
}

export type SamlSloOutcome = { redirect: string } | { page: 'signed_out' };

export interface SamlSloInput {
  method: 'GET' | 'POST';
  query: Record<string, unknown>;
  /** The raw query string as received: redirect-binding signatures cover the exact encoded bytes. */
  rawQuery: string;
  body: Record<string, unknown> | undefined;
}

/**
 * SAML 2.0 service provider: AuthnRequests bound to the browser, assertion consumption with replay
 * protection shared by every instance (PostgreSQL), JIT provisioning, and single logout.
 */
@Injectable()
export class SamlService {
  private readonly logger: Logger;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
    private readonly ds: DataSource,
    private readonly idp: SamlIdpService,
    private readonly sessions: SessionService,
    private readonly users: UsersService,
    private readonly org: OrgService,
    private readonly realtime: RealtimeService,
    private readonly state: SamlStateRepository,
    private readonly audit: AuditService,
  ) {
    this.logger = rootLogger.child({ module: 'saml' });
    const saml = config.auth.saml;
    if (saml && !config.secureCookies && !['localhost', '127.0.0.1', '[::1]'].includes(new URL(config.publicUrl).hostname)) {
      this.logger.warn('PUBLIC_URL is plain http on a non-local host: browsers will not return the SSO cookie on the IdP POST; use https');
    }
  }

  get enabled(): boolean {
    return this.config.auth.mode === 'saml' && Boolean(this.config.auth.saml);
  }

  private get saml(): SamlConfig {
    const saml = this.config.auth.saml;
    if (this.config.auth.mode !== 'saml' || !saml) throw new SamlRejectedError('not_configured');
    return saml;
  }

  /** SP metadata for the IdP administrator: entity id, ACS and SLO endpoints, signing certificate. */
  metadataXml(): string {
    const saml = this.saml;
    return generateServiceProviderMetadata({
      issuer: saml.spEntityId,
      callbackUrl: saml.acsUrl,
      logoutCallbackUrl: saml.sloUrl,
      identifierFormat: null,
      wantAssertionsSigned: true,
      privateKey: saml.spPrivateKey,
      publicCerts: saml.spCert ?? null,
      signatureAlgorithm: 'sha256',
      digestAlgorithm: 'sha256',
    });
  }

  /**
   * Starts a sign-in: stores the AuthnRequest id with the hash of a fresh nonce and where to go
   * afterwards, and returns the IdP URL to redirect to. The browser's earlier nonces whose requests
   * are still pending stay in its cookie beside the new one (newest first, capped), so sign-ins started
   * in several tabs each finish with their own nonce.
   */
  async startLogin(returnTo: unknown, nonceCookie: string | undefined): Promise<SamlLoginStart> {
    const saml = this.saml;
    const target = safeReturnTo(returnTo, this.config.publicOrigin);
    if (target === undefined) {
      this.logger.warn({ reason: 'bad_return_to' }, 'SAML login refused: returnTo is not a same-site path');
      throw new SamlBadReturnToError();
    }
    const idp = await this.idp.current();
    const earlier = parseNonceCookie(nonceCookie);
    const pending = await this.state.pendingBindings(earlier.map(hashNonce));
    const nonce = randomBytes(32).toString('base64url');
    const requestId = newSamlId();
    const redirectUrl = await createSamlClient(saml, idp, { requestId }).getAuthorizeUrlAsync('', undefined, {});
    await this.state.saveRequest(requestId, hashNonce(nonce), target, new Date(Date.now() + SAML_REQUEST_TTL_MS));
    this.logger.debug({ requestId }, 'SAML AuthnRequest issued');
    const kept = earlier.filter((n) => pending.has(hashNonce(n))).slice(0, MAX_PENDING_NONCES - 1);
    return { redirectUrl, nonces: [nonce, ...kept] };
  }

  /** Consumes a posted SAMLResponse: validates, binds, de-duplicates, provisions, opens a session. */
  async completeLogin(body: unknown, nonceCookie: string | undefined, meta: { ip?: string; userAgent?: string }): Promise<SamlLoginResult> {
    try {
      return await this.consume(body, parseNonceCookie(nonceCookie), meta);
    } catch (e) {
      if (e instanceof SamlRejectedError) this.logRejection('SAML response rejected', e, meta.ip);
      throw e;
    }
  }

  private async consume(body: unknown, nonces: string[], meta: { ip?: string; userAgent?: string }): Promise<SamlLoginResult> {
    const saml = this.saml;
    const idp = await this.idp.current();
    const encoded = (body as { SAMLResponse?: unknown } | undefined)?.SAMLResponse;
    const assertion = await validateSamlResponse(encoded, saml, idp);
    const profile = mapSamlAttributes(assertion.attributes, saml.attributes, saml.groupRoles);
    if (!profile) throw new SamlRejectedError('missing_email', `attribute ${saml.attributes.email}`);
    if (nonces.length === 0) throw new SamlRejectedError('binding_missing');

    // One transaction: the assertion id is claimed (a concurrent or later post of the same response,
    // on any instance, waits on or hits the primary key) and the request is consumed, or neither.
    const { returnTo, nonce } = await this.ds.transaction(async (tx) => {
      if (!(await this.state.claim(assertion.issuer, assertion.assertionId, assertion.expiresAt, tx))) throw new SamlRejectedError('replay', assertion.assertionId);
      const request = await this.state.takeRequest(tx, assertion.inResponseTo);
      if (!request) throw new SamlRejectedError('unknown_request', assertion.inResponseTo);
      const expected = Buffer.from(request.bindingHash, 'hex');
      const bound = nonces.find((n) => {
        const actual = Buffer.from(hashNonce(n), 'hex');
        return expected.length === actual.length && timingSafeEqual(expected, actual);
      });
      // Thrown inside the transaction: the request row comes back, so the rightful browser can still finish.
      if (!bound) throw new SamlRejectedError('binding_mismatch', assertion.inResponseTo);
      if (!request.live) throw new SamlRejectedError('request_expired', assertion.inResponseTo);
      return { returnTo: request.returnTo, nonce: bound };
    });

    let departmentId: string | null = null;
    if (profile.departmentLabel) {
      const department = await this.org.findDepartmentByLabel(profile.departmentLabel);
      if (department) departmentId = department.id;
      else this.logger.info({ department: forLog(profile.departmentLabel, 100) }, 'SAML department not found; user left without department');
    }
    let signIn;
    try {
      signIn = await this.users.upsertExternal({
        externalId: assertion.nameId,
        email: profile.email,
        displayName: profile.displayName,
        departmentId,
        role: profile.role,
        locale: profile.locale,
      });
    } catch (e) {
      if (e instanceof ExternalAccountConflictError) throw new SamlRejectedError('account_conflict', assertion.nameId);
      throw e;
    }
    const { user, created } = signIn;
    // An account an administrator deactivated in Ruche stays closed, whatever the IdP says; nothing
    // the IdP said was written to it.
    if (user.deactivatedAt) throw new SamlRejectedError('deactivated', user.id);
    const session = await this.sessions.create(user.id, {
      ip: meta.ip,
      userAgent: meta.userAgent,
      samlNameId: assertion.nameId,
      samlSessionIndex: assertion.sessionIndex,
      notOnOrAfter: assertion.sessionNotOnOrAfter,
    });
    await this.users.recordSignIn(user.id);
    await this.audit.record({
      actorId: user.id,
      action: 'auth.saml.login',
      target: { type: 'user', id: user.id },
      data: { created, linkedByEmail: signIn.linkedByEmail, issuer: assertion.issuer, role: user.role, departmentId, ip: meta.ip ?? null },
    });
    this.logger.info({ userId: user.id, created, role: user.role, departmentId, sessionExpiresAt: session.expiresAt }, 'SAML sign-in');
    return { token: session.token, returnTo, userId: user.id, remainingNonces: nonces.filter((n) => n !== nonce) };
  }

  /**
   * Where the browser goes after POST /auth/logout: the IdP's single logout, with a LogoutRequest for
   * this session's NameID, when the IdP has an SLO endpoint. Call before the session is destroyed.
   */
  async logoutRedirect(sessionId: string): Promise<string | null> {
    if (!this.enabled) return null;
    try {
      const identity = await this.sessions.getSamlIdentity(sessionId);
      if (!identity) return null;
      const idp = await this.idp.current();
      if (!idp.sloUrl) return null;
      const profile = {
        issuer: this.saml.spEntityId,
        nameID: identity.nameId,
        nameIDFormat: UNSPECIFIED_NAME_ID,
        sessionIndex: identity.sessionIndex ?? undefined,
      } as Profile;
      return await createSamlClient(this.saml, idp).getLogoutUrlAsync(profile, '', {});
    } catch (e) {
      this.logger.warn({ err: { message: (e as Error).message } }, 'SAML logout request could not be built; local sign-out only');
      return null;
    }
  }

  /** The SLO endpoint: an IdP-initiated LogoutRequest, or the IdP's LogoutResponse to ours. */
  async handleSlo(input: SamlSloInput, ip?: string): Promise<SamlSloOutcome> {
    try {
      return await this.slo(input);
    } catch (e) {
      const rejected = e instanceof SamlRejectedError ? e : classifyLibraryError(e);
      this.logRejection('SAML logout message rejected', rejected, ip);
      throw rejected;
    }
  }

  private async slo(input: SamlSloInput): Promise<SamlSloOutcome> {
    const saml = this.saml;
    const idp = await this.idp.current();
    const client = createSamlClient(saml, idp);
    const source = input.method === 'GET' ? input.query : (input.body ?? {});
    const request = source.SAMLRequest;
    const response = source.SAMLResponse;
    const relayState = source.RelayState;
    for (const value of [request, response, relayState, source.Signature, source.SigAlg]) {
      if (value !== undefined && typeof value !== 'string') throw new SamlRejectedError('malformed', 'repeated parameter');
    }
    if ((request === undefined) === (response === undefined)) throw new SamlRejectedError('malformed', 'need exactly one of SAMLRequest, SAMLResponse');
    if (typeof relayState === 'string' && relayState.length > 80) throw new SamlRejectedError('malformed', 'RelayState too long');

    let xml: string;
    if (input.method === 'GET') {
      xml = this.inflate((request ?? response) as string);
      // node-saml accepts unsigned redirect messages; we do not.
      if (typeof source.Signature !== 'string' || typeof source.SigAlg !== 'string') throw new SamlRejectedError('signature', 'unsigned redirect message');
      checkRedirectSigAlg(source.SigAlg);
    } else {
      xml = decodeSamlMessage(request ?? response);
    }
    const doc = parseSamlXml(xml);
    // On both bindings: a redirect message's query signature is checked above, but an XML signature
    // inside it must not be SHA-1 either.
    checkXmlAlgorithms(doc);
    const root = doc.documentElement as Element;
    const destination = attr(root, 'Destination');
    if (destination !== undefined && destination !== saml.sloUrl) throw new SamlRejectedError('destination', destination);

    if (response !== undefined) {
      if (root.namespaceURI !== NS.protocol || root.localName !== 'LogoutResponse') throw new SamlRejectedError('not_a_response', String(root.localName));
      checkIssuer(root, idp);
      checkStatus(root);
      const result =
        input.method === 'GET'
          ? await client.validateRedirectAsync(input.query as never, input.rawQuery)
          : await client.validatePostResponseAsync({ SAMLResponse: Buffer.from(xml, 'utf8').toString('base64') });
      if (!result.loggedOut) throw new SamlRejectedError('invalid', 'not a logout response');
      this.logger.info('SAML logout completed at the IdP');
      return { redirect: '/login' };
    }

    if (root.namespaceURI !== NS.protocol || root.localName !== 'LogoutRequest') throw new SamlRejectedError('not_a_response', String(root.localName));
    const issuer = checkIssuer(root, idp);
    const issued = parseInstant(attr(root, 'IssueInstant'), 'IssueInstant');
    if (issued === undefined || Math.abs(Date.now() - issued) > LOGOUT_REQUEST_MAX_AGE_MS + saml.clockSkewMs) {
      throw new SamlRejectedError('expired', `LogoutRequest IssueInstant ${attr(root, 'IssueInstant')}`);
    }
    const result =
      input.method === 'GET'
        ? await client.validateRedirectAsync(input.query as never, input.rawQuery)
        : await client.validatePostRequestAsync({ SAMLRequest: Buffer.from(xml, 'utf8').toString('base64') });
    const profile = result.profile;
    if (!profile?.nameID || !profile.ID) throw new SamlRejectedError('missing_name_id');
    if (profile.issuer !== undefined && profile.issuer !== issuer) throw new SamlRejectedError('issuer', profile.issuer);
    const fresh = await this.state.claim(issuer, `logout:${profile.ID}`, new Date(issued + LOGOUT_REQUEST_MAX_AGE_MS + 2 * saml.clockSkewMs));
    if (!fresh) throw new SamlRejectedError('replay', profile.ID as string);

    const ended = await this.endSessionsOf(profile.nameID);
    this.logger.info({ sessions: ended }, 'SAML IdP-initiated logout');
    if (!idp.sloUrl) return { page: 'signed_out' };
    const redirect = await client.getLogoutResponseUrlAsync(profile, typeof relayState === 'string' ? relayState : '', {}, true);
    return { redirect };
  }

  /** Ends every session of the person the IdP knows by this NameID, and tells their open sockets. */
  private async endSessionsOf(nameId: string): Promise<number> {
    const userIds = new Set(await this.sessions.usersWithSamlNameId(nameId));
    const linked = await this.users.findByExternalId(nameId);
    if (linked) userIds.add(linked.id);
    let count = 0;
    for (const userId of userIds) {
      const ids = await this.sessions.destroyAllForUser(userId);
      for (const id of ids) this.realtime.endSession(id, 'signed_out');
      count += ids.length;
    }
    return count;
  }

  /** Redirect-binding payload: base64 of raw DEFLATE, inflated with a cap against decompression bombs. */
  private inflate(encoded: string): string {
    if (encoded.length > Math.ceil((MAX_SAML_MESSAGE_BYTES * 4) / 3)) throw new SamlRejectedError('too_large', `${encoded.length} characters`);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw new SamlRejectedError('malformed', 'not base64');
    try {
      return inflateRawSync(Buffer.from(encoded, 'base64'), { maxOutputLength: MAX_SAML_MESSAGE_BYTES }).toString('utf8');
    } catch (e) {
      throw new SamlRejectedError((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too_large' : 'malformed', 'inflate failed');
    }
  }

  private logRejection(message: string, e: SamlRejectedError, ip?: string): void {
    this.logger.warn({ reason: e.reason, detail: e.detail, ip }, `${message}: ${e.reason}`);
  }
}
