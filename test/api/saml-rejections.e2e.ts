import { createHash } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';
import request from 'supertest';
import { SignedXml } from 'xml-crypto';
import {
  beginLogin,
  decodeResponse,
  encodeResponse,
  generateKeyPair,
  postToAcs,
  samlEnv,
  samlId,
  sessionCookieFrom,
  STATUS,
  TestIdp,
  xsw,
  type KeyPair,
  type LoginStart,
  type ResponseOptions,
} from '../support/saml-idp';
import { startTestApp, type TestApp } from '../support/test-app';

const ATTRS = { email: 'carol@example.com', displayName: 'Carol Dubois', groups: ['staff'] };

describe('SAML assertion consumer: what it refuses', () => {
  let idp: TestIdp;
  let t: TestApp;
  let otherKey: KeyPair;

  beforeAll(async () => {
    idp = await TestIdp.start();
    otherKey = await generateKeyPair('Impostor IdP');
    idp.user = { nameId: 'carol-77', attributes: ATTRS };
    t = await startTestApp({ env: samlEnv(idp, { SAML_GROUP_ROLES: 'ruche-admins=admin' }), captureLogs: true });
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  const sessionCount = async () => (await t.ds.query(`SELECT count(*)::int AS n FROM sessions`))[0].n as number;
  /** What a refused response must leave as it was: sessions, every user row, the audit log, claimed assertion ids. */
  const stateOf = async () =>
    (
      await t.ds.query(
        `SELECT (SELECT count(*)::int FROM sessions) AS sessions,
                (SELECT md5(coalesce(string_agg(u::text, ',' ORDER BY u.id), '')) FROM users u) AS users,
                (SELECT count(*)::int FROM audit_log) AS audit,
                (SELECT count(*)::int FROM saml_assertions) AS assertions`,
      )
    )[0] as Record<string, unknown>;
  /** A warning from the saml module with this reason, written since log line `since`. */
  const rejectionLogged = (reason: string, since: number) => t.logs.slice(since).some((l) => l.module === 'saml' && l.reason === reason && l.level === 40);

  /** Logs in, lets `craft` build the SAMLResponse for that request, posts it with the login's nonce cookie. */
  async function attempt(craft: (start: LoginStart) => string | Promise<string>, cookie?: (start: LoginStart) => string | undefined) {
    const start = await beginLogin(t.server, idp, '/after');
    const before = await stateOf();
    const since = t.logs.length;
    const res = await postToAcs(t.server, await craft(start), cookie ? cookie(start) : start.nonceCookie);
    return { res, start, before, since };
  }

  async function expectRejected(outcome: Awaited<ReturnType<typeof attempt>>, reason: string, page: 'failed' | 'cancelled' = 'failed') {
    const { res, before, since } = outcome;
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers.location).toBeUndefined();
    expect(sessionCookieFrom(res)).toBeUndefined();
    expect(await stateOf()).toEqual(before);
    if (page === 'failed') {
      expect(res.text).toContain('La connexion a échoué');
      expect(res.text).toContain('Sign-in failed');
    } else {
      expect(res.text).toContain('Connexion annulée ou refusée');
      expect(res.text).toContain('Sign-in cancelled or denied');
    }
    // No stack trace, no echo of what was posted.
    expect(res.text).not.toMatch(/Error|at .*\.ts|carol|evil|_[0-9a-f]{32}/);
    const lines = t.logs.slice(since).filter((l) => l.module === 'saml' && l.level === 40);
    expect(lines.map((l) => l.reason)).toEqual([reason]);
    expect(rejectionLogged(reason, since)).toBe(true);
    // A refusal is a warning with a reason, never an error with a stack.
    expect(t.logs.slice(since).filter((l) => (l.level as number) >= 50)).toEqual([]);
  }

  /** True when the (first) XML signature in this response verifies with the IdP's certificate, by xml-crypto alone. */
  const signatureVerifies = (xml: string) => {
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const signature = doc.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature')[0];
    const sig = new SignedXml({ publicCert: idp.key.certPem });
    sig.loadSignature(signature as unknown as Node);
    return sig.checkSignature(xml);
  };

  const response = (start: LoginStart, o: ResponseOptions = {}) => idp.response({ request: start.request, ...o });

  it('accepts a well-formed signed response (control case)', async () => {
    const { res } = await attempt((s) => response(s));
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/after');
    await t.ds.query(`DELETE FROM sessions`);
  });

  it('accepts an assertion a little past NotOnOrAfter, within the clock skew allowance', async () => {
    const past = new Date(Date.now() - 30_000);
    const { res } = await attempt((s) => response(s, { notOnOrAfter: past, subjectNotOnOrAfter: past }));
    expect(res.status).toBe(303);
    await t.ds.query(`DELETE FROM sessions`);
  });

  it('accepts a response signed on both the Response and the assertion', async () => {
    const { res } = await attempt((s) => response(s, { signResponse: true }));
    expect(res.status).toBe(303);
    await t.ds.query(`DELETE FROM sessions`);
  });

  it('refuses an unsigned response', async () => {
    await expectRejected(await attempt((s) => response(s, { signAssertion: false })), 'signature');
  });

  it('refuses a response whose only signature is on the Response (assertions must be signed)', async () => {
    await expectRejected(await attempt((s) => response(s, { signAssertion: false, signResponse: true })), 'signature');
  });

  it('refuses an assertion signed by an unknown key', async () => {
    await expectRejected(await attempt((s) => response(s, { key: otherKey })), 'signature');
  });

  it('refuses a wrong audience', async () => {
    await expectRejected(await attempt((s) => response(s, { audience: 'https://evil.example/sp' })), 'audience');
  });

  it('refuses a wrong Destination, and a missing one', async () => {
    await expectRejected(await attempt((s) => response(s, { destination: 'https://evil.example/acs' })), 'destination');
    await expectRejected(await attempt((s) => response(s, { destination: null })), 'destination');
  });

  it('refuses a wrong SubjectConfirmationData Recipient', async () => {
    await expectRejected(await attempt((s) => response(s, { recipient: 'https://evil.example/acs' })), 'recipient');
  });

  it('refuses an expired assertion', async () => {
    const past = new Date(Date.now() - 10 * 60_000);
    await expectRejected(await attempt((s) => response(s, { notBefore: new Date(Date.now() - 20 * 60_000), notOnOrAfter: past })), 'expired');
  });

  it('refuses an expired subject confirmation even when Conditions are still valid', async () => {
    await expectRejected(await attempt((s) => response(s, { subjectNotOnOrAfter: new Date(Date.now() - 10 * 60_000) })), 'expired');
  });

  it('refuses an assertion not yet valid', async () => {
    await expectRejected(await attempt((s) => response(s, { notBefore: new Date(Date.now() + 10 * 60_000) })), 'not_yet_valid');
  });

  it('refuses an unsolicited response (no InResponseTo)', async () => {
    await expectRejected(await attempt((s) => response(s, { inResponseTo: null })), 'unsolicited');
  });

  it('refuses a response to a request this server never made', async () => {
    await expectRejected(await attempt((s) => response(s, { inResponseTo: samlId() })), 'unknown_request');
  });

  it('refuses a subject confirmation answering another request than the Response', async () => {
    await expectRejected(await attempt((s) => response(s, { subjectInResponseTo: samlId() })), 'in_response_to_mismatch');
  });

  it('refuses an assertion from another issuer, even correctly signed', async () => {
    await expectRejected(await attempt((s) => response(s, { issuer: 'https://other-idp.example' })), 'issuer');
  });

  it('refuses a Response whose Issuer is missing or another, around a right assertion', async () => {
    await expectRejected(await attempt((s) => response(s, { responseIssuer: null })), 'issuer');
    await expectRejected(await attempt((s) => response(s, { responseIssuer: 'https://other-idp.example' })), 'issuer');
    await expectRejected(await attempt((s) => response(s, { responseIssuer: null, signResponse: true })), 'issuer');
  });

  it('refuses an assertion whose Issuer is missing or another, inside a right Response', async () => {
    await expectRejected(await attempt((s) => response(s, { assertionIssuer: null })), 'issuer');
    await expectRejected(await attempt((s) => response(s, { assertionIssuer: 'https://other-idp.example' })), 'issuer');
  });

  it('refuses a response without a Status element, or with an empty one, as malformed', async () => {
    await expectRejected(await attempt((s) => response(s, { omitStatus: true })), 'malformed');
    const emptyStatus = (s: LoginStart) => encodeResponse(decodeResponse(response(s)).replace(/<samlp:Status>.*<\/samlp:Status>/, '<samlp:Status></samlp:Status>'));
    await expectRejected(await attempt(emptyStatus), 'malformed');
    const noValue = (s: LoginStart) => encodeResponse(decodeResponse(response(s)).replace(/<samlp:StatusCode Value="[^"]*"/, '<samlp:StatusCode'));
    await expectRejected(await attempt(noValue), 'malformed');
  });

  describe('SHA-1', () => {
    it('refuses an assertion signed with RSA-SHA1, though the signature is genuine', async () => {
      const outcome = await attempt((s) => {
        const xml = decodeResponse(response(s, { assertionAlgorithms: { signature: 'rsa-sha1' } }));
        expect(signatureVerifies(xml)).toBe(true);
        return encodeResponse(xml);
      });
      await expectRejected(outcome, 'algorithm');
    });

    it('refuses an assertion whose reference digest is SHA-1', async () => {
      await expectRejected(await attempt((s) => response(s, { assertionAlgorithms: { digest: 'sha1' } })), 'algorithm');
    });

    it('refuses a SHA-1 Response signature around a SHA-256 assertion signature', async () => {
      await expectRejected(await attempt((s) => response(s, { signResponse: true, responseAlgorithms: { signature: 'rsa-sha1', digest: 'sha1' } })), 'algorithm');
    });
  });

  describe('SessionNotOnOrAfter', () => {
    const sessionOf = async (cookie: string) => {
      const id = createHash('sha256').update(cookie.split('=')[1]).digest('hex');
      return (await t.ds.query(`SELECT id, expires_at FROM sessions WHERE id = $1`, [id]))[0] as { id: string; expires_at: Date } | undefined;
    };
    const ME = `{ me { id } }`;

    it('caps the session: once SessionNotOnOrAfter has passed, the session is no longer accepted', async () => {
      const until = new Date(Date.now() + 30 * 60_000);
      const capped = await attempt((s) => response(s, { sessionNotOnOrAfter: until }));
      const uncapped = await attempt((s) => response(s));
      const cappedCookie = sessionCookieFrom(capped.res) as string;
      const uncappedCookie = sessionCookieFrom(uncapped.res) as string;
      expect((await sessionOf(cappedCookie))?.expires_at.toISOString()).toBe(until.toISOString());
      expect((await sessionOf(uncappedCookie))?.expires_at.getTime()).toBeGreaterThan(Date.now() + 11 * 3_600_000);
      expect((await t.gql(ME, {}, cappedCookie)).data?.me).toBeDefined();
      expect(t.logs.some((l) => l.msg === 'SAML sign-in' && l.sessionExpiresAt === until.toISOString())).toBe(true);

      // 31 minutes later (every stored instant moved back instead of waiting): past SessionNotOnOrAfter,
      // well within the idle and absolute timeouts.
      for (const cookie of [cappedCookie, uncappedCookie]) {
        const session = await sessionOf(cookie);
        await t.ds.query(
          `UPDATE sessions SET created_at = created_at - interval '31 minutes', last_seen_at = last_seen_at - interval '31 minutes',
                               expires_at = expires_at - interval '31 minutes' WHERE id = $1`,
          [session?.id],
        );
      }
      // In 31 real minutes the instance would have dropped the sessions it read (SESSION_CACHE_SECONDS) long ago.
      t.forgetSessions();
      expect((await t.gql(ME, {}, cappedCookie)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.gql(ME, {}, uncappedCookie)).data?.me).toBeDefined();
      await t.ds.query(`DELETE FROM sessions`);
    });

    it('refuses an assertion whose SessionNotOnOrAfter has already passed', async () => {
      await expectRejected(await attempt((s) => response(s, { sessionNotOnOrAfter: new Date(Date.now() - 1000) })), 'expired');
    });

    it('takes the earliest SessionNotOnOrAfter when the assertion has several AuthnStatements', async () => {
      const early = new Date(Date.now() + 10 * 60_000);
      const late = new Date(Date.now() + 60 * 60_000);
      const twoStatements = (s: LoginStart) => {
        const authn = `<saml:AuthnStatement AuthnInstant="${new Date().toISOString()}" SessionNotOnOrAfter="${early.toISOString()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>`;
        // Part of the signed assertion: a genuine assertion with two statements.
        return idp.response({ request: s.request, sessionNotOnOrAfter: late, attributes: ATTRS, extraAuthnStatementsXml: authn });
      };
      const { res } = await attempt(twoStatements);
      expect(res.status).toBe(303);
      expect((await sessionOf(sessionCookieFrom(res) as string))?.expires_at.toISOString()).toBe(early.toISOString());
      await t.ds.query(`DELETE FROM sessions`);
    });
  });

  it('shows "cancelled or denied" for a non-success status', async () => {
    await expectRejected(await attempt((s) => response(s, { status: STATUS.responder, subStatus: STATUS.authnFailed, statusMessage: 'User cancelled' })), 'status', 'cancelled');
    await expectRejected(await attempt((s) => response(s, { status: STATUS.requester, subStatus: STATUS.requestDenied })), 'status', 'cancelled');
  });

  it('refuses a response without the email attribute', async () => {
    await expectRejected(await attempt((s) => response(s, { attributes: { displayName: 'No Mail' } })), 'missing_email');
    await expectRejected(await attempt((s) => response(s, { attributes: { email: 'not-an-address' } })), 'missing_email');
  });

  it('refuses malformed base64, malformed XML and something that is not a Response', async () => {
    await expectRejected(await attempt(() => '%%%not base64%%%'), 'malformed');
    await expectRejected(await attempt(() => encodeResponse('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><unclosed>')), 'malformed');
    await expectRejected(await attempt(() => encodeResponse('<hello>world</hello>')), 'not_a_response');
    const empty = await request(t.server).post('/auth/saml/acs').type('form').send({});
    expect(empty.status).toBe(401);
  });

  it('refuses XML with a DOCTYPE or entity declarations', async () => {
    await expectRejected(
      await attempt((s) => encodeResponse(`<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "carol">]>${decodeResponse(response(s)).replace(/^<\?xml[^>]*>/, '')}`)),
      'dtd',
    );
    await expectRejected(await attempt((s) => encodeResponse(`<!DOCTYPE r SYSTEM "file:///etc/passwd">${decodeResponse(response(s))}`)), 'dtd');
  });

  it('refuses an oversized SAMLResponse', async () => {
    const big = (s: LoginStart) => encodeResponse(decodeResponse(response(s)).replace('</samlp:Response>', `<!--${'x'.repeat(300 * 1024)}--></samlp:Response>`));
    await expectRejected(await attempt(big), 'too_large');
  });

  describe('signature wrapping (XSW)', () => {
    it('refuses a forged unsigned assertion placed beside the signed one', async () => {
      await expectRejected(await attempt((s) => encodeResponse(xsw.injectUnsignedAssertion(decodeResponse(response(s)), 'admin-0001'))), 'structure');
    });

    it('refuses the signed assertion moved into Extensions with a forged one in its place (same ID and new ID)', async () => {
      await expectRejected(await attempt((s) => encodeResponse(xsw.moveSignedIntoExtensions(decodeResponse(response(s)), 'admin-0001', true))), 'structure');
      await expectRejected(await attempt((s) => encodeResponse(xsw.moveSignedIntoExtensions(decodeResponse(response(s)), 'admin-0001', false))), 'structure');
    });

    it('refuses the signed assertion hidden in the Signature Object of a forged assertion', async () => {
      await expectRejected(await attempt((s) => encodeResponse(xsw.wrapInSignatureObject(decodeResponse(response(s)), 'admin-0001'))), 'structure');
    });

    it('refuses a NameID changed after signing', async () => {
      await expectRejected(await attempt((s) => encodeResponse(xsw.editNameId(decodeResponse(response(s)), 'admin-0001'))), 'signature');
    });

    it('refuses an attribute changed after signing, even with a signed Response around it', async () => {
      await expectRejected(await attempt((s) => encodeResponse(xsw.editAttribute(decodeResponse(response(s)), 'groups', 'ruche-admins'))), 'signature');
      await expectRejected(
        await attempt((s) => encodeResponse(xsw.editAttribute(decodeResponse(response(s, { signResponse: true })), 'groups', 'ruche-admins'))),
        'signature',
      );
    });
  });

  describe('binding to the browser', () => {
    it('refuses a response posted without the nonce cookie', async () => {
      await expectRejected(await attempt((s) => response(s), () => undefined), 'binding_missing');
    });

    it("refuses a response posted with another login's nonce cookie; the rightful browser can still finish", async () => {
      const victim = await beginLogin(t.server, idp, '/victim');
      const attacker = await beginLogin(t.server, idp, '/attacker');
      const stolen = response(victim);
      const before = await stateOf();
      const since = t.logs.length;
      const res = await postToAcs(t.server, stolen, attacker.nonceCookie);
      await expectRejected({ res, start: attacker, before, since }, 'binding_mismatch');
      const rightful = await postToAcs(t.server, stolen, victim.nonceCookie);
      expect(rightful.status).toBe(303);
      expect(rightful.headers.location).toBe('/victim');
      await t.ds.query(`DELETE FROM sessions`);
    });

    const nonceOf = (cookie: string) => cookie.slice(cookie.indexOf('=') + 1).split('.');
    const hash = (nonce: string) => createHash('sha256').update(nonce).digest('hex');
    /** The nonce cookie (`name=value`) a response set, '' when it cleared it, undefined when it left it alone. */
    const nonceCookieFrom = (res: { headers: Record<string, unknown> }) => {
      const set = ((res.headers['set-cookie'] as string[] | undefined) ?? []).find((c) => /^ruche_saml=/.test(c));
      if (set === undefined) return undefined;
      return /Expires=Thu, 01 Jan 1970/.test(set) ? '' : set.split(';')[0];
    };

    it('issues a fresh nonce at every login and keeps the pending ones, so two tabs both finish, in either order', async () => {
      const first = await beginLogin(t.server, idp, '/tab1');
      // Tab 2 starts while tab 1 is at the IdP: the browser sends tab 1's cookie and gets a new nonce in front.
      const second = await beginLogin(t.server, idp, '/tab2', first.nonceCookie);
      const [n1] = nonceOf(first.nonceCookie);
      const [n2, kept] = nonceOf(second.nonceCookie);
      expect(n2).not.toBe(n1);
      expect(kept).toBe(n1);
      const bindings = await t.ds.query(`SELECT id, binding_hash FROM saml_requests WHERE id = ANY($1) ORDER BY created_at`, [[first.request.id, second.request.id]]);
      expect(bindings.map((r: { binding_hash: string }) => r.binding_hash)).toEqual([hash(n1), hash(n2)]);

      // The browser holds one cookie (tab 2's); tab 1's response still finds its own nonce in it.
      const tab1 = await postToAcs(t.server, response(first), second.nonceCookie);
      expect(tab1.headers.location).toBe('/tab1');
      const left = nonceCookieFrom(tab1) as string;
      expect(nonceOf(left)).toEqual([n2]);
      const tab2 = await postToAcs(t.server, response(second), left);
      expect(tab2.headers.location).toBe('/tab2');
      expect(nonceCookieFrom(tab2)).toBe('');
      await t.ds.query(`DELETE FROM sessions`);
    });

    it('keeps at most five pending sign-ins per browser: the oldest then fails clearly, the others finish', async () => {
      const logins = [await beginLogin(t.server, idp, '/oldest')];
      for (let i = 1; i <= 5; i++) logins.push(await beginLogin(t.server, idp, `/tab${i}`, logins[i - 1].nonceCookie));
      const cookie = logins[5].nonceCookie;
      expect(nonceOf(cookie)).toHaveLength(5);
      expect(nonceOf(cookie)).not.toContain(nonceOf(logins[0].nonceCookie)[0]);
      const before = await stateOf();
      const since = t.logs.length;
      const oldest = await postToAcs(t.server, response(logins[0]), cookie);
      await expectRejected({ res: oldest, start: logins[0], before, since }, 'binding_mismatch');
      expect(nonceCookieFrom(oldest)).toBeUndefined();
      expect((await postToAcs(t.server, response(logins[1]), cookie)).headers.location).toBe('/tab1');
      await t.ds.query(`DELETE FROM sessions`);
    });

    it('drops from the cookie the nonces whose request expired or was used', async () => {
      const expired = await beginLogin(t.server, idp, '/expired');
      await t.ds.query(`UPDATE saml_requests SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.request.id]);
      const used = await beginLogin(t.server, idp, '/used', expired.nonceCookie);
      expect(nonceOf(used.nonceCookie)).toHaveLength(1);
      expect((await postToAcs(t.server, response(used), used.nonceCookie)).status).toBe(303);
      const next = await beginLogin(t.server, idp, '/next', used.nonceCookie);
      expect(nonceOf(next.nonceCookie)).toHaveLength(1);
      expect(nonceOf(next.nonceCookie)).not.toContain(nonceOf(used.nonceCookie)[0]);
      await t.ds.query(`DELETE FROM sessions`);
    });

    it('ignores a malformed nonce cookie: a fresh nonce is issued, and a response posted with it is refused as unbound', async () => {
      const start = await beginLogin(t.server, idp, '/', 'ruche_saml=not-a-nonce.%00');
      expect(nonceOf(start.nonceCookie)).toHaveLength(1);
      await expectRejected(await attempt((s) => response(s), () => 'ruche_saml=not-a-nonce'), 'binding_missing');
    });

    it('refuses a response to an expired request', async () => {
      await expectRejected(
        await attempt(async (s) => {
          await t.ds.query(`UPDATE saml_requests SET expires_at = now() - interval '1 minute' WHERE id = $1`, [s.request.id]);
          return response(s);
        }),
        'request_expired',
      );
    });
  });

  describe('replay', () => {
    it('refuses the same response posted twice', async () => {
      const start = await beginLogin(t.server, idp, '/');
      const samlResponse = response(start);
      const first = await postToAcs(t.server, samlResponse, start.nonceCookie);
      expect(first.status).toBe(303);
      const before = await stateOf();
      const since = t.logs.length;
      const second = await postToAcs(t.server, samlResponse, start.nonceCookie);
      await expectRejected({ res: second, start, before, since }, 'replay');
      await t.ds.query(`DELETE FROM sessions`);
    });

    it('refuses it on a second instance sharing the database', async () => {
      const t2 = await startTestApp({ env: samlEnv(idp, { PUBLIC_URL: t.url }), database: t.db, seed: false, captureLogs: true });
      try {
        const start = await beginLogin(t.server, idp, '/');
        const samlResponse = response(start);
        expect((await postToAcs(t.server, samlResponse, start.nonceCookie)).status).toBe(303);
        const before = await sessionCount();
        const again = await postToAcs(t2.server, samlResponse, start.nonceCookie);
        expect(again.status).toBe(401);
        expect(sessionCookieFrom(again)).toBeUndefined();
        expect(await sessionCount()).toBe(before);
        expect(t2.logs.some((l) => l.module === 'saml' && l.reason === 'replay')).toBe(true);

        // And a login begun on one instance completes on the other (request ids live in the database).
        const roaming = await beginLogin(t.server, idp, '/roaming');
        const done = await postToAcs(t2.server, response(roaming), roaming.nonceCookie);
        expect(done.status).toBe(303);
        expect(done.headers.location).toBe('/roaming');
      } finally {
        await t2.close();
      }
      await t.ds.query(`DELETE FROM sessions`);
    });

    it('gives exactly one session when the same response is posted twice at once', async () => {
      const start = await beginLogin(t.server, idp, '/');
      const samlResponse = response(start);
      const before = await sessionCount();
      const results = await Promise.all([postToAcs(t.server, samlResponse, start.nonceCookie), postToAcs(t.server, samlResponse, start.nonceCookie)]);
      expect(results.map((r) => r.status).sort()).toEqual([303, 401]);
      expect(await sessionCount()).toBe(before + 1);
      await t.ds.query(`DELETE FROM sessions`);
    });
  });
});

describe('SAML single logout: what it refuses', () => {
  let idp: TestIdp;
  let t: TestApp;
  let slo: string;

  beforeAll(async () => {
    idp = await TestIdp.start();
    idp.user = { nameId: 'dora-12', attributes: { email: 'dora@example.com', displayName: 'Dora Petit' } };
    t = await startTestApp({ env: samlEnv(idp), captureLogs: true });
    slo = `${t.url}/auth/saml/slo`;
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  const sessionsOfDora = async () => (await t.ds.query(`SELECT count(*)::int AS n FROM sessions WHERE saml_name_id = 'dora-12'`))[0].n as number;
  /** Sessions and claimed logout ids: a refused logout message ends nothing and burns no id. */
  const stateOf = async () =>
    (await t.ds.query(`SELECT (SELECT count(*)::int FROM sessions) AS sessions, (SELECT count(*)::int FROM saml_assertions) AS claimed`))[0] as Record<string, number>;

  beforeEach(async () => {
    if ((await sessionsOfDora()) > 0) return;
    const start = await beginLogin(t.server, idp, '/');
    expect((await postToAcs(t.server, idp.response({ request: start.request }), start.nonceCookie)).status).toBe(303);
  });

  /** Sends a logout message and expects a 401 with exactly this reason logged, and nothing ended or claimed. */
  async function expectRefused(send: () => Promise<request.Response>, reason: string) {
    const before = await stateOf();
    const since = t.logs.length;
    const res = await send();
    expect(res.status).toBe(401);
    expect(res.text).toContain('Sign-in failed');
    expect(res.text).not.toMatch(/Error|at .*\.ts/);
    expect(before.sessions).toBeGreaterThan(0);
    expect(await stateOf()).toEqual(before);
    const lines = t.logs.slice(since).filter((l) => l.module === 'saml');
    expect(lines.map((l) => [l.level, l.reason, String(l.msg).startsWith('SAML logout message rejected')])).toEqual([[40, reason, true]]);
    expect(t.logs.slice(since).filter((l) => (l.level as number) >= 50)).toEqual([]);
  }
  const get = (query: string) => () => request(t.server).get(`/auth/saml/slo?${query}`);
  const post = (form: Record<string, string>) => () => request(t.server).post('/auth/saml/slo').type('form').send(form);

  it('refuses SHA-1 on the redirect binding: a LogoutRequest or LogoutResponse signed RSA-SHA1', async () => {
    await expectRefused(get(idp.logoutRequestQuery({ nameId: 'dora-12', destination: slo, algorithms: { signature: 'rsa-sha1' } })), 'algorithm');
    await expectRefused(get(idp.logoutResponseQuery({ inResponseTo: samlId(), destination: slo, algorithms: { signature: 'rsa-sha1' } })), 'algorithm');
  });

  it('refuses SHA-1 on the POST binding: signature or digest, in a LogoutRequest or a LogoutResponse', async () => {
    await expectRefused(post({ SAMLRequest: idp.signedLogoutRequestPost({ nameId: 'dora-12', destination: slo, algorithms: { signature: 'rsa-sha1' } }) }), 'algorithm');
    await expectRefused(post({ SAMLRequest: idp.signedLogoutRequestPost({ nameId: 'dora-12', destination: slo, algorithms: { digest: 'sha1' } }) }), 'algorithm');
    await expectRefused(post({ SAMLResponse: idp.logoutResponsePost({ inResponseTo: samlId(), destination: slo, algorithms: { signature: 'rsa-sha1', digest: 'sha1' } }) }), 'algorithm');
  });

  it('refuses a LogoutRequest whose Issuer is missing or another, though correctly signed', async () => {
    await expectRefused(get(idp.logoutRequestQuery({ nameId: 'dora-12', destination: slo, issuer: 'https://other-idp.example' })), 'issuer');
    await expectRefused(get(idp.logoutRequestQuery({ nameId: 'dora-12', destination: slo, issuer: null })), 'issuer');
    await expectRefused(post({ SAMLRequest: idp.signedLogoutRequestPost({ nameId: 'dora-12', destination: slo, issuer: null }) }), 'issuer');
  });

  it('refuses a LogoutResponse whose Issuer is missing or another, or without a Status', async () => {
    await expectRefused(get(idp.logoutResponseQuery({ inResponseTo: samlId(), destination: slo, issuer: 'https://other-idp.example' })), 'issuer');
    await expectRefused(post({ SAMLResponse: idp.logoutResponsePost({ inResponseTo: samlId(), destination: slo, issuer: null }) }), 'issuer');
    await expectRefused(get(idp.logoutResponseQuery({ inResponseTo: samlId(), destination: slo, omitStatus: true })), 'malformed');
    await expectRefused(post({ SAMLResponse: idp.logoutResponsePost({ inResponseTo: samlId(), destination: slo, omitStatus: true }) }), 'malformed');
  });

  it('accepts the same messages signed with SHA-256 (control case)', async () => {
    const response = await post({ SAMLResponse: idp.logoutResponsePost({ inResponseTo: samlId(), destination: slo }) })();
    expect([response.status, response.headers.location]).toEqual([303, '/login']);
    const logout = await get(idp.logoutRequestQuery({ nameId: 'dora-12', destination: slo }))();
    expect(logout.status).toBe(303);
    expect(await sessionsOfDora()).toBe(0);
  });
});

describe('SAML endpoints: rate limit and mode', () => {
  it('rate-limits the SAML endpoints per IP', async () => {
    const idp = await TestIdp.start();
    const t = await startTestApp({ env: samlEnv(idp, { AUTH_RATE_LIMIT_PER_MINUTE: '3' }), seed: false });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await request(t.server).get('/auth/saml/login')).status);
      expect(statuses).toEqual([302, 302, 302, 429]);
      expect((await request(t.server).post('/auth/saml/acs').type('form').send({ SAMLResponse: 'x' })).status).toBe(429);
    } finally {
      await t.close();
      await idp.close();
    }
  });

  it('has no SAML endpoints in local mode', async () => {
    const t = await startTestApp({ seed: false });
    try {
      expect((await request(t.server).get('/auth/saml/login')).status).toBe(404);
      expect((await request(t.server).get('/auth/saml/metadata')).status).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('shows an "unavailable" page when the IdP metadata cannot be fetched', async () => {
    const idp = await TestIdp.start({ metadataOverride: '<not metadata' });
    const t = await startTestApp({ env: { AUTH_MODE: 'saml', SAML_IDP_METADATA_URL: idp.metadataUrl }, seed: false, captureLogs: true });
    try {
      const res = await request(t.server).get('/auth/saml/login');
      expect(res.status).toBe(503);
      expect(res.text).toContain('Fournisseur d’identité indisponible');
      expect(res.text).toContain('Identity provider unavailable');
      expect(t.logs.some((l) => l.module === 'saml' && l.msg === 'IdP metadata refresh failed')).toBe(true);
    } finally {
      await t.close();
      await idp.close();
    }
  });
});
