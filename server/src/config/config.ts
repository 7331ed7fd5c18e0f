import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ROLES, type Role } from '@ruche/shared';
import { envSchema } from './config.schema';
import { samlPreset, type SamlAttributeMap } from './saml-presets';

export class ConfigError extends Error {}

/** The repository (or image) root: the nearest folder above this file holding both server/ and web/. */
function appRoot(): string {
  let dir = __dirname;
  while (dirname(dir) !== dir) {
    if (existsSync(join(dir, 'server', 'package.json')) && existsSync(join(dir, 'web'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export interface SamlConfig {
  idpMetadataUrl?: string;
  idpSsoUrl?: string;
  idpSloUrl?: string;
  idpCerts: string[];
  idpEntityId?: string;
  spEntityId: string;
  spPrivateKey?: string;
  spCert?: string;
  acsUrl: string;
  attributes: SamlAttributeMap;
  /** Group name (or object id) → role; the highest matching role wins. */
  groupRoles: Record<string, Role>;
  clockSkewMs: number;
  /** How long fetched IdP metadata is trusted before it is fetched again. */
  metadataRefreshMs: number;
  /** Also require a signature on the Response element (assertions are always required to be signed). */
  wantResponseSigned: boolean;
  /** Where the IdP sends LogoutRequests and LogoutResponses. */
  sloUrl: string;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** False when HOST was not set and the default for the sign-in mode applies. */
  hostExplicit: boolean;
  publicUrl: string;
  publicOrigin: string;
  secureCookies: boolean;
  trustProxy: number;
  log: { level: string; pretty: boolean };
  database: { url?: string; poolSize: number; dataDir: string; embeddedPort: number; seedDemo: boolean };
  auth: {
    mode: 'local' | 'saml';
    idleTimeoutMs: number;
    absoluteTimeoutMs: number;
    /** How long an instance may answer from a session it read lately (0: every request reads it); see SessionCache. */
    sessionCacheMs: number;
    rateLimitPerMinute: number;
    saml?: SamlConfig;
  };
  graphql: {
    maxDepth: number;
    maxComplexity: number;
    introspection: boolean;
    /** /graphql requests per minute, all instances together: per session, and per client address (everyone behind it). */
    rateLimit: { perSessionPerMinute: number; perIpPerMinute: number };
  };
  /**
   * `adapter` — `postgres`: socket.io broadcasts reach sockets on every instance (LISTEN/NOTIFY); `memory`:
   * this instance only. `sessionCheckMs`: how often each instance re-reads its open sockets' sessions, so
   * sockets follow sign-out, expiry, deactivation and role or department changes within that time.
   */
  realtime: { adapter: 'postgres' | 'memory'; sessionCheckMs: number };
  /** Periodic jobs: whether this instance takes part, and how often it looks for due ones. */
  jobs: { enabled: boolean; tickMs: number };
  webDistDir: string;
  /**
   * Dynamic Signal: `retentionDays` of raw items, `minuteCountsDays` of per-minute counts, the operator's
   * `fetchAllowlist` (host names and CIDR ranges that feeds may be fetched from although private), and
   * webhook deliveries allowed per source per minute.
   */
  signals: { retentionDays: number; minuteCountsDays: number; fetchAllowlist: string[]; webhookRateLimitPerMinute: number };
  /**
   * Dynamic Signal's live stream: `batchMs` the batching interval (at most two batches per interval, the first at once when the stream is quiet), `bufferMaxBytes` a socket
   * may have waiting before it gets summaries instead of items, `resumeMax` missed items replayed on
   * resume; `demoReplay`: the demo replayer job plays the demo feeds live.
   */
  signalStream: { batchMs: number; bufferMaxBytes: number; resumeMax: number; demoReplay: boolean };
}

/** A host name, an IP address or a CIDR range (IPv4 or IPv6), as an allowlist entry; lower-cased. */
export function parseAllowlistEntry(entry: string): string | undefined {
  const value = entry.trim().toLowerCase();
  if (value.length === 0 || value.length > 253) return undefined;
  const [address, bits, extra] = value.split('/');
  if (extra !== undefined) return undefined;
  if (bits !== undefined) {
    if (!/^\d{1,3}$/.test(bits)) return undefined;
    const v4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(address) && address.split('.').every((o) => Number(o) <= 255);
    const v6 = address.includes(':') && /^[0-9a-f:.]+$/.test(address);
    if (!(v4 && Number(bits) <= 32) && !(v6 && Number(bits) <= 128)) return undefined;
    return value;
  }
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(value)) return value.split('.').every((o) => Number(o) <= 255) ? value : undefined;
  if (value.includes(':')) return /^[0-9a-f:.]+$/.test(value) ? value : undefined;
  // A host name: labels of letters, digits and hyphens (RFC 1123).
  return /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(value) ? value : undefined;
}

function parseAllowlist(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .filter((e) => e.trim() !== '')
    .map((e) => {
      const parsed = parseAllowlistEntry(e);
      if (!parsed) throw new ConfigError(`Invalid setting SIGNALS_FETCH_ALLOWLIST: "${e.trim().slice(0, 60)}" is not a host name, an IP address or a CIDR range`);
      return parsed;
    });
}

/** Normalises a certificate given as PEM or bare base64 to bare base64 (what node-saml expects). */
export function normaliseCert(value: string): string {
  return value
    .replace(/-----BEGIN CERTIFICATE-----/g, '')
    .replace(/-----END CERTIFICATE-----/g, '')
    .replace(/\\n/g, '')
    .replace(/\s+/g, '');
}

function parseGroupRoles(value: string | undefined): Record<string, Role> {
  const map: Record<string, Role> = {};
  if (!value) return map;
  for (const pair of value.split(/[;,]/)) {
    const trimmed = pair.trim();
    if (!trimmed) continue;
    const eq = trimmed.lastIndexOf('=');
    const group = trimmed.slice(0, eq).trim();
    const role = trimmed.slice(eq + 1).trim();
    if (eq <= 0 || !(ROLES as readonly string[]).includes(role)) {
      throw new ConfigError(
        `SAML_GROUP_ROLES: "${trimmed}" must look like "group=role" with role one of ${ROLES.join(', ')}`,
      );
    }
    map[group] = role as Role;
  }
  return map;
}

/**
 * The start-up line about who can reach the demo sign-in, or undefined outside local mode. Loopback
 * by default; a HOST set to anything else exposes the picker to the network, which deserves a warning.
 */
export function demoSignInNotice(config: AppConfig): { level: 'info' | 'warn'; message: string } | undefined {
  if (config.auth.mode !== 'local') return undefined;
  const loopback = ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(config.host);
  if (!config.hostExplicit) {
    return { level: 'info', message: `Demo sign-in is on: listening on ${config.host} only, so nobody else on the network can sign in (set HOST to change it)` };
  }
  if (loopback) return { level: 'info', message: `Demo sign-in is on: listening on ${config.host} only (HOST)` };
  return { level: 'warn', message: `Demo sign-in is on and HOST=${config.host}: anyone who can reach this port can sign in as any demo person, administrators included` };
}

/** Parses and validates the environment once. Throws ConfigError naming the variable at fault. */
export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const name = String(first.path[0] ?? 'environment');
    const shown = source[name] === undefined ? '' : ` (got "${String(source[name]).slice(0, 60)}")`;
    throw new ConfigError(`Invalid setting ${name}${shown}: ${first.message}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  const publicOrigin = new URL(publicUrl).origin;

  const samlConfigured = Boolean(e.SAML_IDP_METADATA_URL || e.SAML_IDP_SSO_URL);
  const mode = e.AUTH_MODE ?? (samlConfigured ? 'saml' : 'local');
  if (mode === 'local' && e.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid setting AUTH_MODE: local demo sign-in is refused with NODE_ENV=production; configure SAML (SAML_IDP_METADATA_URL or SAML_IDP_SSO_URL + SAML_IDP_CERT)',
    );
  }
  let saml: SamlConfig | undefined;
  if (mode === 'saml') {
    if (!samlConfigured) {
      throw new ConfigError('Invalid setting AUTH_MODE: saml needs SAML_IDP_METADATA_URL, or SAML_IDP_SSO_URL with SAML_IDP_CERT');
    }
    if (!e.SAML_IDP_METADATA_URL && !e.SAML_IDP_CERT) {
      throw new ConfigError('Invalid setting SAML_IDP_CERT: required when SAML_IDP_SSO_URL is used without SAML_IDP_METADATA_URL');
    }
    if (!e.SAML_IDP_METADATA_URL && !e.SAML_IDP_ENTITY_ID) {
      throw new ConfigError(
        'Invalid setting SAML_IDP_ENTITY_ID: required when SAML_IDP_SSO_URL is used without SAML_IDP_METADATA_URL (it is the Issuer every response must carry)',
      );
    }
    if (Boolean(e.SAML_SP_PRIVATE_KEY) !== Boolean(e.SAML_SP_CERT)) {
      throw new ConfigError(`Invalid setting ${e.SAML_SP_CERT ? 'SAML_SP_PRIVATE_KEY' : 'SAML_SP_CERT'}: SAML_SP_PRIVATE_KEY and SAML_SP_CERT go together`);
    }
    if (e.NODE_ENV === 'production' && e.SAML_IDP_METADATA_URL?.startsWith('http:') && !e.SAML_IDP_CERT) {
      throw new ConfigError(
        'Invalid setting SAML_IDP_METADATA_URL: must use https in production, unless SAML_IDP_CERT pins the IdP signing certificate',
      );
    }
    const preset = samlPreset(e.SAML_PRESET);
    saml = {
      idpMetadataUrl: e.SAML_IDP_METADATA_URL,
      idpSsoUrl: e.SAML_IDP_SSO_URL,
      idpSloUrl: e.SAML_IDP_SLO_URL,
      idpCerts: e.SAML_IDP_CERT ? e.SAML_IDP_CERT.split(/\s*[|]\s*/).map(normaliseCert).filter(Boolean) : [],
      idpEntityId: e.SAML_IDP_ENTITY_ID,
      spEntityId: e.SAML_SP_ENTITY_ID ?? `${publicUrl}/auth/saml/metadata`,
      spPrivateKey: e.SAML_SP_PRIVATE_KEY?.replace(/\\n/g, '\n'),
      spCert: e.SAML_SP_CERT ? normaliseCert(e.SAML_SP_CERT) : undefined,
      acsUrl: `${publicUrl}/auth/saml/acs`,
      attributes: {
        email: e.SAML_ATTR_EMAIL ?? preset.email,
        displayName: e.SAML_ATTR_DISPLAY_NAME ?? preset.displayName,
        department: e.SAML_ATTR_DEPARTMENT ?? preset.department,
        groups: e.SAML_ATTR_GROUPS ?? preset.groups,
        locale: e.SAML_ATTR_LOCALE ?? preset.locale,
      },
      groupRoles: parseGroupRoles(e.SAML_GROUP_ROLES),
      clockSkewMs: e.SAML_CLOCK_SKEW_SECONDS * 1000,
      metadataRefreshMs: e.SAML_IDP_METADATA_REFRESH_MINUTES * 60_000,
      wantResponseSigned: e.SAML_WANT_RESPONSE_SIGNED,
      sloUrl: `${publicUrl}/auth/saml/slo`,
    };
  }

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    // The demo sign-in lets anyone pick any seeded person, administrators included: loopback only
    // unless HOST says otherwise.
    host: e.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0'),
    hostExplicit: e.HOST !== undefined,
    publicUrl,
    publicOrigin,
    secureCookies: publicUrl.startsWith('https:'),
    trustProxy: e.TRUST_PROXY,
    log: { level: e.LOG_LEVEL, pretty: e.LOG_PRETTY ?? e.NODE_ENV === 'development' },
    database: {
      url: e.DATABASE_URL,
      poolSize: e.DATABASE_POOL_SIZE,
      dataDir: resolve(e.DATA_DIR),
      embeddedPort: e.EMBEDDED_PG_PORT,
      seedDemo: e.SEED_DEMO,
    },
    auth: {
      mode,
      idleTimeoutMs: e.SESSION_IDLE_TIMEOUT_MINUTES * 60_000,
      absoluteTimeoutMs: e.SESSION_ABSOLUTE_TIMEOUT_HOURS * 3_600_000,
      sessionCacheMs: e.SESSION_CACHE_SECONDS * 1000,
      rateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
      saml,
    },
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxComplexity: e.GRAPHQL_MAX_COMPLEXITY,
      introspection: e.GRAPHQL_INTROSPECTION || e.NODE_ENV !== 'production',
      rateLimit: { perSessionPerMinute: e.GRAPHQL_RATE_LIMIT_PER_MINUTE_SESSION, perIpPerMinute: e.GRAPHQL_RATE_LIMIT_PER_MINUTE_IP },
    },
    realtime: { adapter: e.REALTIME_ADAPTER, sessionCheckMs: e.REALTIME_SESSION_CHECK_SECONDS * 1000 },
    jobs: { enabled: e.JOBS_ENABLED, tickMs: e.JOBS_TICK_SECONDS * 1000 },
    webDistDir: e.WEB_DIST_DIR ? resolve(e.WEB_DIST_DIR) : join(appRoot(), 'web', 'build'),
    signals: {
      retentionDays: e.SIGNALS_RETENTION_DAYS,
      minuteCountsDays: e.SIGNALS_MINUTE_COUNTS_DAYS,
      fetchAllowlist: parseAllowlist(e.SIGNALS_FETCH_ALLOWLIST),
      webhookRateLimitPerMinute: e.SIGNALS_WEBHOOK_RATE_LIMIT_PER_MINUTE,
    },
    signalStream: {
      batchMs: e.SIGNALS_STREAM_BATCH_MS,
      bufferMaxBytes: e.SIGNALS_STREAM_BUFFER_MAX_BYTES,
      resumeMax: e.SIGNALS_STREAM_RESUME_MAX,
      demoReplay: e.SIGNALS_DEMO_REPLAY ?? (e.SEED_DEMO && e.NODE_ENV !== 'test'),
    },
  };
}
