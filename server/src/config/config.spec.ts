import { ConfigError, demoSignInNotice, loadConfig, normaliseCert } from './config';

const expectError = (env: Record<string, string>, variable: string) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${variable}\\b`));
};

describe('loadConfig', () => {
  it('has working defaults for `npm start`', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.auth.mode).toBe('local');
    expect(c.database.url).toBeUndefined();
    expect(c.secureCookies).toBe(false);
    expect(c.database.dataDir.endsWith('.data')).toBe(true);
  });

  it('writes human-readable logs in development and JSON lines elsewhere, unless LOG_PRETTY says otherwise', () => {
    expect(loadConfig({}).log.pretty).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).log.pretty).toBe(false);
    expect(loadConfig({ LOG_PRETTY: 'false' }).log.pretty).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', LOG_PRETTY: 'true' }).log.pretty).toBe(true);
  });

  it('names the variable at fault', () => {
    expectError({ PORT: 'abc' }, 'PORT');
    expectError({ PORT: '70000' }, 'PORT');
    expectError({ PORT: '3.5' }, 'PORT');
    expectError({ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL');
    expectError({ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL');
    expectError({ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL');
    expectError({ NODE_ENV: 'staging' }, 'NODE_ENV');
    expectError({ LOG_PRETTY: 'maybe' }, 'LOG_PRETTY');
    expectError({ AUTH_MODE: 'ldap' }, 'AUTH_MODE');
    expectError({ SESSION_IDLE_TIMEOUT_MINUTES: '0' }, 'SESSION_IDLE_TIMEOUT_MINUTES');
    expectError({ GRAPHQL_MAX_DEPTH: '1' }, 'GRAPHQL_MAX_DEPTH');
  });

  it('refuses the demo sign-in in production', () => {
    expectError({ NODE_ENV: 'production' }, 'AUTH_MODE');
    expectError({ NODE_ENV: 'production', AUTH_MODE: 'local' }, 'AUTH_MODE');
  });

  it('switches to SAML when an IdP is configured, and checks the pieces go together', () => {
    const c = loadConfig({
      SAML_IDP_SSO_URL: 'https://idp.example/sso',
      SAML_IDP_CERT: '-----BEGIN CERTIFICATE-----\nMIIB\nAAA=\n-----END CERTIFICATE-----',
      SAML_IDP_ENTITY_ID: 'https://idp.example',
      PUBLIC_URL: 'https://ruche.example.com/',
    });
    expect(c.auth.mode).toBe('saml');
    expect(c.auth.saml?.idpCerts).toEqual(['MIIBAAA=']);
    expect(c.auth.saml?.spEntityId).toBe('https://ruche.example.com/auth/saml/metadata');
    expect(c.auth.saml?.acsUrl).toBe('https://ruche.example.com/auth/saml/acs');
    expect(c.auth.saml?.idpEntityId).toBe('https://idp.example');
    expect(c.secureCookies).toBe(true);
    expectError({ AUTH_MODE: 'saml' }, 'AUTH_MODE');
    expectError({ SAML_IDP_SSO_URL: 'https://idp.example/sso' }, 'SAML_IDP_CERT');
    expectError({ SAML_IDP_SSO_URL: 'https://idp.example/sso', SAML_IDP_CERT: 'AAA=', SAML_IDP_ENTITY_ID: 'x', SAML_SP_CERT: 'AAA=' }, 'SAML_SP_PRIVATE_KEY');
  });

  it('requires the IdP entity id (the expected Issuer) unless metadata gives it', () => {
    expectError({ SAML_IDP_SSO_URL: 'https://idp.example/sso', SAML_IDP_CERT: 'AAA=' }, 'SAML_IDP_ENTITY_ID');
    expectError({ SAML_IDP_SSO_URL: 'https://idp.example/sso', SAML_IDP_CERT: 'AAA=', SAML_IDP_ENTITY_ID: '  ' }, 'SAML_IDP_ENTITY_ID');
    expect(loadConfig({ SAML_IDP_METADATA_URL: 'https://idp.example/md' }).auth.saml?.idpEntityId).toBeUndefined();
    expect(loadConfig({ SAML_IDP_METADATA_URL: 'https://idp.example/md', SAML_IDP_ENTITY_ID: 'https://idp.example' }).auth.saml?.idpEntityId).toBe('https://idp.example');
  });

  it('listens on loopback only with the demo sign-in unless HOST is set, and says so', () => {
    const local = loadConfig({});
    expect([local.auth.mode, local.host, local.hostExplicit]).toEqual(['local', '127.0.0.1', false]);
    expect(demoSignInNotice(local)).toEqual({ level: 'info', message: expect.stringMatching(/^Demo sign-in is on: listening on 127\.0\.0\.1 only.*set HOST/) });

    const open = loadConfig({ HOST: '0.0.0.0' });
    expect([open.host, open.hostExplicit]).toEqual(['0.0.0.0', true]);
    expect(demoSignInNotice(open)).toEqual({ level: 'warn', message: expect.stringContaining('HOST=0.0.0.0: anyone who can reach this port') });
    expect(demoSignInNotice(loadConfig({ HOST: '::1' }))?.level).toBe('info');

    const saml = loadConfig({ SAML_IDP_METADATA_URL: 'https://idp.example/md' });
    expect([saml.auth.mode, saml.host, saml.hostExplicit]).toEqual(['saml', '0.0.0.0', false]);
    expect(demoSignInNotice(saml)).toBeUndefined();
    expect(loadConfig({ SAML_IDP_METADATA_URL: 'https://idp.example/md', HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
    // SAML configured but the demo forced on: still the demo, still loopback.
    expect(loadConfig({ SAML_IDP_METADATA_URL: 'https://idp.example/md', AUTH_MODE: 'local' }).host).toBe('127.0.0.1');
  });

  it('maps IdP groups to roles and uses presets for attribute names', () => {
    const c = loadConfig({
      SAML_IDP_METADATA_URL: 'https://login.microsoftonline.com/x/federationmetadata.xml',
      SAML_PRESET: 'entra',
      SAML_GROUP_ROLES: 'Ruche-Admins=admin; Social Team=hub_coordinator',
      SAML_ATTR_DEPARTMENT: 'dept',
    });
    expect(c.auth.saml?.groupRoles).toEqual({ 'Ruche-Admins': 'admin', 'Social Team': 'hub_coordinator' });
    expect(c.auth.saml?.attributes.email).toBe('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress');
    expect(c.auth.saml?.attributes.department).toBe('dept');
    expectError({ SAML_IDP_METADATA_URL: 'https://idp.example/md', SAML_GROUP_ROLES: 'admins=god' }, 'SAML_GROUP_ROLES');
    expectError({ SAML_IDP_METADATA_URL: 'https://idp.example/md', SAML_PRESET: 'keycloak9' }, 'SAML_PRESET');
  });
});

describe('Dynamic Signal settings', () => {
  it('has defaults, and reads the fetch allowlist as host names, addresses and CIDR ranges', () => {
    expect(loadConfig({}).signals).toEqual({ retentionDays: 30, minuteCountsDays: 35, fetchAllowlist: [], webhookRateLimitPerMinute: 600 });
    const c = loadConfig({ SIGNALS_FETCH_ALLOWLIST: ' Feeds.Intranet.example , 10.0.0.0/8,127.0.0.2, fd00::/8,', SIGNALS_RETENTION_DAYS: '7' });
    expect(c.signals.fetchAllowlist).toEqual(['feeds.intranet.example', '10.0.0.0/8', '127.0.0.2', 'fd00::/8']);
    expect(c.signals.retentionDays).toBe(7);
  });

  it('names the variable at fault', () => {
    expectError({ SIGNALS_RETENTION_DAYS: '0' }, 'SIGNALS_RETENTION_DAYS');
    expectError({ SIGNALS_RETENTION_DAYS: 'forever' }, 'SIGNALS_RETENTION_DAYS');
    expectError({ SIGNALS_MINUTE_COUNTS_DAYS: '-1' }, 'SIGNALS_MINUTE_COUNTS_DAYS');
    expectError({ SIGNALS_WEBHOOK_RATE_LIMIT_PER_MINUTE: '0' }, 'SIGNALS_WEBHOOK_RATE_LIMIT_PER_MINUTE');
    for (const bad of ['10.0.0.0/33', '300.1.1.1', 'http://x', 'a b', '10.0.0.0/8/1', '-bad-.example', 'x'.repeat(300)]) {
      expectError({ SIGNALS_FETCH_ALLOWLIST: bad }, 'SIGNALS_FETCH_ALLOWLIST');
    }
  });
});

describe('normaliseCert', () => {
  it('accepts PEM, escaped newlines or bare base64', () => {
    expect(normaliseCert('-----BEGIN CERTIFICATE-----\\nAB CD\\n-----END CERTIFICATE-----')).toBe('ABCD');
    expect(normaliseCert('ABCD')).toBe('ABCD');
  });
});

describe('Dynamic Signal live stream settings', () => {
  it('has defaults; the demo replayer follows the demo seed and stays off in tests unless asked', () => {
    expect(loadConfig({}).signalStream).toEqual({ batchMs: 250, bufferMaxBytes: 1_048_576, resumeMax: 500, demoReplay: true });
    expect(loadConfig({ SEED_DEMO: 'false' }).signalStream.demoReplay).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).signalStream.demoReplay).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', SIGNALS_DEMO_REPLAY: 'true' }).signalStream.demoReplay).toBe(true);
    expect(loadConfig({ SIGNALS_DEMO_REPLAY: 'no' }).signalStream.demoReplay).toBe(false);
    expect(loadConfig({ SIGNALS_STREAM_BATCH_MS: '100', SIGNALS_STREAM_RESUME_MAX: '20' }).signalStream).toMatchObject({ batchMs: 100, resumeMax: 20 });
  });

  it('names the variable at fault', () => {
    expectError({ SIGNALS_STREAM_BATCH_MS: '5' }, 'SIGNALS_STREAM_BATCH_MS');
    expectError({ SIGNALS_STREAM_BUFFER_MAX_BYTES: 'lots' }, 'SIGNALS_STREAM_BUFFER_MAX_BYTES');
    expectError({ SIGNALS_STREAM_RESUME_MAX: '0' }, 'SIGNALS_STREAM_RESUME_MAX');
    expectError({ SIGNALS_DEMO_REPLAY: 'maybe' }, 'SIGNALS_DEMO_REPLAY');
  });
});
