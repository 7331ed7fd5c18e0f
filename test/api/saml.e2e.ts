import { createHash } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';
import request from 'supertest';
import { RealtimeService } from '../../server/src/core/realtime/realtime.service';
import { beginLogin, generateKeyPair, postToAcs, readAutoPostForm, samlEnv, sessionCookieFrom, TestIdp } from '../support/saml-idp';
import { startTestApp, type TestApp } from '../support/test-app';

const ME = `{ me { id email displayName role locale department { code } } }`;
const GROUP_ROLES = 'ruche-admins=admin;ruche-managers=manager;ruche-hub=hub_coordinator';

/** Full sign-in through the IdP's real SSO endpoint (HTTP), as a browser would do it. */
async function signInThroughIdp(t: TestApp, idp: TestIdp, returnTo?: string) {
  const start = await beginLogin(t.server, idp, returnTo);
  const page = await fetch(start.location);
  expect(page.status).toBe(200);
  const form = readAutoPostForm(await page.text());
  expect(form.action).toBe(t.config.auth.saml?.acsUrl);
  const res = await postToAcs(t.server, form.samlResponse, start.nonceCookie);
  return { res, start, cookie: sessionCookieFrom(res) };
}

describe('SAML single sign-on (IdP configured by metadata URL)', () => {
  let idp: TestIdp;
  let t: TestApp;

  beforeAll(async () => {
    // The IdP starts first, but the app only fetches its metadata on first use (lazy, cached).
    idp = await TestIdp.start();
    t = await startTestApp({
      env: { AUTH_MODE: 'saml', SAML_IDP_METADATA_URL: idp.metadataUrl, SAML_GROUP_ROLES: GROUP_ROLES },
      captureLogs: true,
    });
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });
  beforeEach(() => {
    idp.user = {
      nameId: 'alice-0001',
      attributes: { email: 'Alice.Martin@example.com', displayName: 'Alice Martin', department: 'Marketing', groups: ['ruche-managers', 'ruche-admins', 'other'], locale: 'en-GB' },
    };
  });

  it('serves SP metadata with the entity id, ACS and SLO endpoints', async () => {
    const res = await request(t.server).get('/auth/saml/metadata');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/samlmetadata+xml');
    const doc = new DOMParser().parseFromString(res.text, 'text/xml');
    const md = 'urn:oasis:names:tc:SAML:2.0:metadata';
    expect(doc.documentElement?.getAttribute('entityID')).toBe(`${t.url}/auth/saml/metadata`);
    const sp = doc.getElementsByTagNameNS(md, 'SPSSODescriptor')[0];
    expect(sp.getAttribute('WantAssertionsSigned')).toBe('true');
    const acs = doc.getElementsByTagNameNS(md, 'AssertionConsumerService')[0];
    expect(acs.getAttribute('Location')).toBe(`${t.url}/auth/saml/acs`);
    expect(acs.getAttribute('Binding')).toBe('urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST');
    expect(doc.getElementsByTagNameNS(md, 'SingleLogoutService')[0].getAttribute('Location')).toBe(`${t.url}/auth/saml/slo`);
    expect(doc.getElementsByTagNameNS(md, 'KeyDescriptor')).toHaveLength(0);
  });

  it('redirects to the IdP from its metadata with an AuthnRequest whose id is stored, bound to a nonce cookie', async () => {
    const res = await request(t.server).get('/auth/saml/login').query({ returnTo: '/ideas?tab=new#top' });
    expect(res.status).toBe(302);
    expect(res.headers.location.startsWith(`${idp.ssoUrl}?SAMLRequest=`)).toBe(true);
    const setCookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('ruche_saml='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Path=\/;/);
    expect(setCookie).toMatch(/SameSite=None/i);
    expect(setCookie).toMatch(/Secure/i);
    const nonce = (setCookie as string).split(';')[0].split('=')[1];

    const authn = idp.parseAuthnRequest(res.headers.location);
    expect(authn.issuer).toBe(t.config.auth.saml?.spEntityId);
    expect(authn.acsUrl).toBe(`${t.url}/auth/saml/acs`);
    expect(authn.destination).toBe(idp.ssoUrl);
    expect(authn.signed).toBe(false);
    const rows = await t.ds.query(`SELECT binding_hash, return_to, expires_at > now() AS live FROM saml_requests WHERE id = $1`, [authn.id]);
    expect(rows).toEqual([{ binding_hash: createHash('sha256').update(nonce).digest('hex'), return_to: '/ideas?tab=new#top', live: true }]);
  });

  it('signs a new person in through the IdP, provisioning them with department and highest role', async () => {
    const { res, cookie } = await signInThroughIdp(t, idp, '/ideas?tab=new');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/ideas?tab=new');
    expect(cookie).toBeDefined();
    const cookies = res.headers['set-cookie'] as unknown as string[];
    expect(cookies.some((c) => /^ruche_saml=;/.test(c) && /Expires=Thu, 01 Jan 1970/.test(c))).toBe(true);

    const me = await t.gql<{ me: Record<string, unknown> }>(ME, {}, cookie);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toMatchObject({
      email: 'alice.martin@example.com',
      displayName: 'Alice Martin',
      role: 'admin',
      locale: 'en',
      department: { code: 'marketing' },
    });
    const [user] = await t.ds.query(`SELECT id, external_id, auth_source FROM users WHERE email = 'alice.martin@example.com'`);
    expect(user).toMatchObject({ external_id: 'alice-0001', auth_source: 'saml' });
    const sessions = await t.ds.query(`SELECT saml_name_id, saml_session_index FROM sessions WHERE user_id = $1`, [user.id]);
    expect(sessions).toHaveLength(1);
    expect(sessions[0].saml_name_id).toBe('alice-0001');
    expect(sessions[0].saml_session_index).toMatch(/^_[0-9a-f]+$/);
    const audit = await t.ds.query(`SELECT action, data FROM audit_log WHERE actor_id = $1 AND action = 'auth.saml.login'`, [user.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0].data).toMatchObject({ created: true, role: 'admin' });
    expect(t.logs.some((l) => l.module === 'saml' && l.msg === 'SAML sign-in' && l.userId === user.id)).toBe(true);
  });

  it('updates name, department and role on a later sign-in; an unknown department is logged and left empty', async () => {
    const first = await signInThroughIdp(t, idp);
    expect(first.res.status).toBe(303);
    expect(first.res.headers.location).toBe('/');
    const id = await t.userId('alice.martin@example.com');

    idp.user = { nameId: 'alice-0001', attributes: { email: 'alice.martin@example.com', displayName: 'Alice Martin-Durand', department: 'Sales', groups: ['ruche-hub'] } };
    const second = await signInThroughIdp(t, idp);
    expect(second.res.status).toBe(303);
    const me = await t.gql<{ me: Record<string, unknown> }>(ME, {}, second.cookie);
    expect(me.data?.me).toMatchObject({ id, displayName: 'Alice Martin-Durand', role: 'hub_coordinator', department: { code: 'ventes' } });

    idp.user = { nameId: 'alice-0001', attributes: { email: 'alice.martin@example.com', displayName: 'Alice', department: 'Département inconnu', groups: [] } };
    const third = await signInThroughIdp(t, idp);
    const me3 = await t.gql<{ me: Record<string, unknown> }>(ME, {}, third.cookie);
    expect(me3.data?.me).toMatchObject({ id, displayName: 'Alice', role: 'member', department: null });
    expect(t.logs.some((l) => l.module === 'saml' && l.msg === 'SAML department not found; user left without department')).toBe(true);
    const created = await t.ds.query(`SELECT count(*)::int AS n FROM users WHERE external_id = 'alice-0001'`);
    expect(created[0].n).toBe(1);
  });

  it('keeps an account deactivated in Ruche closed even when the IdP vouches for it', async () => {
    idp.user = { nameId: 'bob-0002', attributes: { email: 'bob.leroy@example.com', displayName: 'Bob Leroy', department: 'IT', groups: [] } };
    expect((await signInThroughIdp(t, idp)).res.status).toBe(303);
    await t.ds.query(`UPDATE users SET deactivated_at = now() WHERE external_id = 'bob-0002'`);
    const again = await signInThroughIdp(t, idp);
    expect(again.res.status).toBe(401);
    expect(again.cookie).toBeUndefined();
    const [{ deactivated }] = await t.ds.query(`SELECT deactivated_at IS NOT NULL AS deactivated FROM users WHERE external_id = 'bob-0002'`);
    expect(deactivated).toBe(true);
    expect(t.logs.some((l) => l.module === 'saml' && l.reason === 'deactivated')).toBe(true);
  });

  it.each([
    ['an absolute URL', 'https://evil.example/phish'],
    ['a protocol-relative URL', '//evil.example/phish'],
    ['a backslash trick', '/\\evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path without slash', 'evil.example'],
    ['a control character', '/ok\n//evil.example'],
  ])('refuses returnTo being %s (open redirect)', async (_label, returnTo) => {
    const before = await t.ds.query(`SELECT count(*)::int AS n FROM saml_requests`);
    const res = await request(t.server).get('/auth/saml/login').query({ returnTo });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers.location).toBeUndefined();
    expect(res.text).toContain('Lien de connexion invalide');
    expect(res.text).toContain('Invalid sign-in link');
    expect(res.text).not.toContain('evil');
    const after = await t.ds.query(`SELECT count(*)::int AS n FROM saml_requests`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('SP-initiated logout: ends the session and sends the browser to the IdP, whose LogoutResponse is accepted', async () => {
    const { cookie } = await signInThroughIdp(t, idp);
    const [session] = await t.ds.query(`SELECT id, saml_session_index FROM sessions WHERE saml_name_id = 'alice-0001' ORDER BY created_at DESC LIMIT 1`);
    const out = await request(t.server).post('/auth/logout').set('Origin', t.url).set('Cookie', cookie as string).send({});
    expect(out.status).toBe(200);
    expect(out.body.ok).toBe(true);
    expect(out.body.redirect.startsWith(`${idp.sloUrl}?SAMLRequest=`)).toBe(true);
    expect(await t.ds.query(`SELECT id FROM sessions WHERE id = $1`, [session.id])).toHaveLength(0);

    const atIdp = await fetch(out.body.redirect, { redirect: 'manual' });
    expect(atIdp.status).toBe(302);
    const logoutRequest = idp.logoutRequests[idp.logoutRequests.length - 1];
    expect(logoutRequest).toMatchObject({ nameId: 'alice-0001', sessionIndex: session.saml_session_index, issuer: t.config.auth.saml?.spEntityId });
    const back = new URL(atIdp.headers.get('location') as string);
    expect(back.pathname).toBe('/auth/saml/slo');
    const done = await request(t.server).get(`${back.pathname}${back.search}`);
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe('/login');
  });

  it('refuses an unsigned LogoutResponse', async () => {
    const query = idp.logoutResponseQuery({ inResponseTo: '_whatever', destination: `${t.url}/auth/saml/slo`, signed: false });
    const res = await request(t.server).get(`/auth/saml/slo?${query}`);
    expect(res.status).toBe(401);
    expect(t.logs.some((l) => l.module === 'saml' && l.reason === 'signature')).toBe(true);
  });

  it('IdP-initiated logout ends every session of that person and tells their sockets', async () => {
    const a = await signInThroughIdp(t, idp);
    const b = await signInThroughIdp(t, idp);
    const id = await t.userId('alice.martin@example.com');
    const ids: string[] = (await t.ds.query(`SELECT id FROM sessions WHERE user_id = $1`, [id])).map((r: { id: string }) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const ended = jest.spyOn(t.app.get(RealtimeService), 'endSession');

    const res = await request(t.server).get(`/auth/saml/slo?${idp.logoutRequestQuery({ nameId: 'alice-0001', destination: `${t.url}/auth/saml/slo` })}`);
    expect(res.status).toBe(303);
    expect(res.headers.location.startsWith(`${idp.sloUrl}?SAMLResponse=`)).toBe(true);
    expect(await t.ds.query(`SELECT id FROM sessions WHERE user_id = $1`, [id])).toHaveLength(0);
    expect(ended.mock.calls.map((c) => c[0]).sort()).toEqual([...ids].sort());
    for (const cookie of [a.cookie, b.cookie]) {
      const me = await t.gql(ME, {}, cookie);
      expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    ended.mockRestore();
  });

  it('IdP-initiated logout over HTTP-POST works too; unsigned, foreign-key and replayed LogoutRequests are refused', async () => {
    const signedIn = await signInThroughIdp(t, idp);
    const slo = `${t.url}/auth/saml/slo`;
    const count = async () => (await t.ds.query(`SELECT count(*)::int AS n FROM sessions WHERE saml_name_id = 'alice-0001'`))[0].n;
    expect(await count()).toBeGreaterThan(0);

    const unsigned = await request(t.server).get(`/auth/saml/slo?${idp.logoutRequestQuery({ nameId: 'alice-0001', destination: slo, signed: false })}`);
    expect(unsigned.status).toBe(401);
    const otherKey = await generateKeyPair('Impostor');
    const forged = await request(t.server).get(`/auth/saml/slo?${idp.logoutRequestQuery({ nameId: 'alice-0001', destination: slo, key: otherKey })}`);
    expect(forged.status).toBe(401);
    const forgedPost = await request(t.server)
      .post('/auth/saml/slo')
      .type('form')
      .send({ SAMLRequest: idp.signedLogoutRequestPost({ nameId: 'alice-0001', destination: slo, key: otherKey }) });
    expect(forgedPost.status).toBe(401);
    expect(await count()).toBeGreaterThan(0);
    expect((await t.gql(ME, {}, signedIn.cookie)).data).toBeDefined();

    const body = { SAMLRequest: idp.signedLogoutRequestPost({ nameId: 'alice-0001', destination: slo, id: '_logout-post-1' }) };
    const ok = await request(t.server).post('/auth/saml/slo').type('form').send(body);
    expect(ok.status).toBe(303);
    expect(await count()).toBe(0);
    const replay = await request(t.server).post('/auth/saml/slo').type('form').send(body);
    expect(replay.status).toBe(401);
    expect(t.logs.some((l) => l.module === 'saml' && l.reason === 'replay' && String(l.msg).startsWith('SAML logout message rejected'))).toBe(true);
  });
});

/** A Set-Cookie header as name, value and attributes (lower-cased names; flags map to true). */
function parseSetCookie(header: string) {
  const [pair, ...parts] = header.split(';').map((p) => p.trim());
  const eq = pair.indexOf('=');
  const attributes: Record<string, string | true> = {};
  for (const part of parts) {
    const i = part.indexOf('=');
    if (i < 0) attributes[part.toLowerCase()] = true;
    else attributes[part.slice(0, i).toLowerCase()] = part.slice(i + 1);
  }
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
}
const setCookies = (res: { headers: Record<string, unknown> }) => ((res.headers['set-cookie'] as string[] | undefined) ?? []).map(parseSetCookie);
/** The attributes a browser matches a clearing cookie on: everything but the lifetime. */
const scope = (attributes: Record<string, string | true>) => {
  const { expires: _expires, 'max-age': _maxAge, ...rest } = attributes;
  return rest;
};

describe('SAML over HTTPS: cookie names and attributes', () => {
  let idp: TestIdp;
  let t: TestApp;
  const origin = 'https://ruche.example';

  beforeAll(async () => {
    idp = await TestIdp.start();
    idp.user = { nameId: 'erin-5', attributes: { email: 'erin@example.com', displayName: 'Erin Blanc' } };
    // Served over plain HTTP by supertest; what matters is what the headers say to a browser.
    t = await startTestApp({ env: samlEnv(idp, { PUBLIC_URL: origin }), seed: false });
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  it('sets the nonce as a __Host- cookie (Secure, Path=/, no Domain, SameSite=None) and clears it with the same attributes', async () => {
    const start = await beginLogin(t.server, idp, '/');
    const login = await request(t.server).get('/auth/saml/login').set('Cookie', start.nonceCookie);
    const [nonce] = setCookies(login);
    expect(nonce.name).toBe('__Host-ruche_saml');
    expect(nonce.value.split('.')).toHaveLength(2);
    expect(scope(nonce.attributes)).toEqual({ path: '/', httponly: true, secure: true, samesite: 'None' });
    expect(nonce.attributes['max-age']).toBe('900');

    const loginRequest = idp.parseAuthnRequest(login.headers.location);
    const first = await postToAcs(t.server, idp.response({ request: start.request }), `${nonce.name}=${nonce.value}`);
    expect(first.status).toBe(303);
    // The other pending sign-in keeps its nonce, with the attributes it was set with.
    const kept = setCookies(first).find((c) => c.name === '__Host-ruche_saml');
    expect(kept?.value.split('.')).toHaveLength(1);
    expect(scope(kept!.attributes)).toEqual(scope(nonce.attributes));

    const last = await postToAcs(t.server, idp.response({ request: loginRequest }), `${kept!.name}=${kept!.value}`);
    expect(last.status).toBe(303);
    const cleared = setCookies(last).find((c) => c.name === '__Host-ruche_saml');
    expect(cleared?.value).toBe('');
    expect(cleared?.attributes.expires).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    expect(scope(cleared!.attributes)).toEqual(scope(nonce.attributes));

    const session = setCookies(last).find((c) => c.name === '__Host-ruche_session');
    expect(scope(session!.attributes)).toEqual({ path: '/', httponly: true, secure: true, samesite: 'Lax' });
  });

  it('clears the __Host- session cookie with the attributes it was set with, at logout and when it is stale', async () => {
    const start = await beginLogin(t.server, idp, '/');
    const signIn = await postToAcs(t.server, idp.response({ request: start.request }), start.nonceCookie);
    const session = setCookies(signIn).find((c) => c.name === '__Host-ruche_session')!;
    const cookie = `${session.name}=${session.value}`;

    const out = await request(t.server).post('/auth/logout').set('Origin', origin).set('Cookie', cookie).send({});
    expect(out.status).toBe(200);
    const cleared = setCookies(out).find((c) => c.name === '__Host-ruche_session');
    expect(cleared?.value).toBe('');
    expect(cleared?.attributes.expires).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    expect(scope(cleared!.attributes)).toEqual(scope(session.attributes));

    // The same cookie sent again is stale: the answer clears it the same way.
    const stale = await request(t.server).get('/auth/session').set('Cookie', cookie);
    expect(stale.body).toEqual({ authenticated: false });
    const clearedStale = setCookies(stale).find((c) => c.name === '__Host-ruche_session');
    expect(clearedStale?.attributes.expires).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    expect(scope(clearedStale!.attributes)).toEqual(scope(session.attributes));
  });
});

describe('SAML with a signing SP key and explicit IdP settings', () => {
  let idp: TestIdp;
  let t: TestApp;
  let sp: Awaited<ReturnType<typeof generateKeyPair>>;

  beforeAll(async () => {
    idp = await TestIdp.start();
    sp = await generateKeyPair('Ruche SP');
    idp.spCertPem = sp.certPem;
    t = await startTestApp({ env: samlEnv(idp, { SAML_SP_PRIVATE_KEY: sp.privateKey, SAML_SP_CERT: sp.certPem, SAML_PRESET: 'simplesamlphp' }) });
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  it('publishes the signing certificate and signs AuthnRequests (verified by the IdP)', async () => {
    const meta = await request(t.server).get('/auth/saml/metadata');
    expect(meta.text).toContain('AuthnRequestsSigned="true"');
    expect(meta.text).toContain(sp.cert);
    const start = await beginLogin(t.server, idp, '/');
    expect(start.request.signed).toBe(true);
    expect(new URL(start.location).searchParams.get('SigAlg')).toBe('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
  });

  it('maps the SimpleSAMLphp preset attribute names', async () => {
    idp.user = { nameId: 'bob-42', attributes: { mail: 'bob@example.com', cn: 'Bob Leroy', ou: 'Informatique', preferredLanguage: 'fr' } };
    const start = await beginLogin(t.server, idp, '/');
    const page = await fetch(start.location);
    const form = readAutoPostForm(await page.text());
    const res = await postToAcs(t.server, form.samlResponse, start.nonceCookie);
    expect(res.status).toBe(303);
    const me = await t.gql<{ me: Record<string, unknown> }>(ME, {}, sessionCookieFrom(res));
    expect(me.data?.me).toMatchObject({ email: 'bob@example.com', displayName: 'Bob Leroy', role: 'member', locale: 'fr', department: { code: 'it' } });
  });
});
