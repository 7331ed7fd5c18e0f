import request from 'supertest';
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
  /** A warning from the saml module with this reason, written since log line `since`. */
  const rejectionLogged = (reason: string, since: number) => t.logs.slice(since).some((l) => l.module === 'saml' && l.reason === reason && l.level === 40);

  /** Logs in, lets `craft` build the SAMLResponse for that request, posts it with the login's nonce cookie. */
  async function attempt(craft: (start: LoginStart) => string | Promise<string>, cookie?: (start: LoginStart) => string | undefined) {
    const start = await beginLogin(t.server, idp, '/after');
    const before = await sessionCount();
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
    expect(await sessionCount()).toBe(before);
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
  }

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
      const before = await sessionCount();
      const since = t.logs.length;
      const res = await postToAcs(t.server, stolen, attacker.nonceCookie);
      await expectRejected({ res, start: attacker, before, since }, 'binding_mismatch');
      const rightful = await postToAcs(t.server, stolen, victim.nonceCookie);
      expect(rightful.status).toBe(303);
      expect(rightful.headers.location).toBe('/victim');
      await t.ds.query(`DELETE FROM sessions`);
    });

    it('keeps one nonce per browser, so two sign-ins started in two tabs both work', async () => {
      const first = await beginLogin(t.server, idp, '/tab1');
      const second = await beginLogin(t.server, idp, '/tab2', first.nonceCookie);
      expect(second.nonceCookie).toBe(first.nonceCookie);
      expect((await postToAcs(t.server, response(second), second.nonceCookie)).headers.location).toBe('/tab2');
      expect((await postToAcs(t.server, response(first), first.nonceCookie)).headers.location).toBe('/tab1');
      await t.ds.query(`DELETE FROM sessions`);
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
      const before = await sessionCount();
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
      expect(res.text).toContain("Fournisseur d'identité indisponible");
      expect(res.text).toContain('Identity provider unavailable');
      expect(t.logs.some((l) => l.module === 'saml' && l.msg === 'IdP metadata refresh failed')).toBe(true);
    } finally {
      await t.close();
      await idp.close();
    }
  });
});
