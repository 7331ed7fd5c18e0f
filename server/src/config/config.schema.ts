import { z } from 'zod';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be an integer between ${min} and ${max}` });
        return z.NEVER;
      }
      return n;
    });

const url = (protocols: string[]) =>
  z
    .string()
    .optional()
    .refine(
      (v) => {
        if (v === undefined || v === '') return true;
        try {
          return protocols.includes(new URL(v).protocol);
        } catch {
          return false;
        }
      },
      { message: `must be a URL (${protocols.join(', ')})` },
    )
    .transform((v) => (v ? v : undefined));

const text = () =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

/** Every environment variable Ruche reads. Nothing else touches process.env. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(3000, 0, 65535),
  /** Default: 127.0.0.1 with the demo sign-in (AUTH_MODE=local), 0.0.0.0 otherwise (see loadConfig). */
  HOST: text(),
  PUBLIC_URL: url(['http:', 'https:']),
  TRUST_PROXY: int(0, 0, 10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Default: human-readable in development, JSON lines otherwise (see loadConfig). */
  LOG_PRETTY: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : ['true', '1', 'yes'].includes(v))),

  DATABASE_URL: url(['postgres:', 'postgresql:']),
  DATABASE_POOL_SIZE: int(10, 1, 200),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: int(54329, 1024, 65535),
  SEED_DEMO: bool(true),

  AUTH_MODE: z.enum(['local', 'saml']).optional(),
  SESSION_IDLE_TIMEOUT_MINUTES: int(120, 1, 60 * 24 * 30),
  SESSION_ABSOLUTE_TIMEOUT_HOURS: int(12, 1, 24 * 90),
  SESSION_CACHE_SECONDS: int(5, 0, 60),
  AUTH_RATE_LIMIT_PER_MINUTE: int(30, 1, 100000),

  SAML_IDP_METADATA_URL: url(['http:', 'https:']),
  SAML_IDP_SSO_URL: url(['http:', 'https:']),
  SAML_IDP_SLO_URL: url(['http:', 'https:']),
  SAML_IDP_CERT: text(),
  SAML_IDP_ENTITY_ID: text(),
  SAML_SP_ENTITY_ID: text(),
  SAML_SP_PRIVATE_KEY: text(),
  SAML_SP_CERT: text(),
  SAML_PRESET: z.enum(['generic', 'entra', 'okta', 'adfs', 'simplesamlphp']).default('generic'),
  SAML_ATTR_EMAIL: text(),
  SAML_ATTR_DISPLAY_NAME: text(),
  SAML_ATTR_DEPARTMENT: text(),
  SAML_ATTR_GROUPS: text(),
  SAML_ATTR_LOCALE: text(),
  SAML_GROUP_ROLES: text(),
  SAML_CLOCK_SKEW_SECONDS: int(120, 0, 600),
  SAML_IDP_METADATA_REFRESH_MINUTES: int(60, 1, 60 * 24 * 7),
  SAML_WANT_RESPONSE_SIGNED: bool(false),

  JOBS_ENABLED: bool(true),
  JOBS_TICK_SECONDS: int(10, 1, 3600),
  REALTIME_ADAPTER: z.enum(['postgres', 'memory']).default('postgres'),
  REALTIME_SESSION_CHECK_SECONDS: int(5, 1, 300),

  GRAPHQL_MAX_DEPTH: int(10, 2, 50),
  GRAPHQL_MAX_COMPLEXITY: int(2000, 10, 1000000),
  GRAPHQL_INTROSPECTION: bool(false),
  GRAPHQL_RATE_LIMIT_PER_MINUTE_SESSION: int(600, 1, 1_000_000),
  GRAPHQL_RATE_LIMIT_PER_MINUTE_IP: int(12_000, 1, 10_000_000),
  WEB_DIST_DIR: text(),

  /** Dynamic Signal: days raw items are kept (whole days, dropped by partition); per-minute counts and daily aggregates outlive them. */
  SIGNALS_RETENTION_DAYS: int(30, 1, 3650),
  /** Dynamic Signal: days per-minute counts are kept (spike baselines learn from them); daily aggregates are kept for good. */
  SIGNALS_MINUTE_COUNTS_DAYS: int(35, 1, 3650),
  /** Dynamic Signal: host names or CIDR ranges feeds may be fetched from although private (comma-separated); administrators add more in the app. */
  SIGNALS_FETCH_ALLOWLIST: text(),
  /** Dynamic Signal: webhook deliveries per source per minute, all instances together. */
  SIGNALS_WEBHOOK_RATE_LIMIT_PER_MINUTE: int(600, 1, 1_000_000),
  /** Dynamic Signal's live stream: the batching interval in milliseconds (at most two batches per interval; the first goes at once when the stream is quiet). */
  SIGNALS_STREAM_BATCH_MS: int(250, 20, 10_000),
  /** Dynamic Signal's live stream: a socket with more than this many bytes waiting to be written gets a summary instead of items. */
  SIGNALS_STREAM_BUFFER_MAX_BYTES: int(1_048_576, 4096, 1_073_741_824),
  /** Dynamic Signal's live stream: missed items replayed to a client that comes back; beyond, a summary. */
  SIGNALS_STREAM_RESUME_MAX: int(500, 1, 10_000),
  /** Dynamic Signal: play the demo feeds live (re-dated, a few items a minute); default on with the demo seed, off in tests. */
  SIGNALS_DEMO_REPLAY: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : ['true', '1', 'yes'].includes(v))),
});

export type Env = z.infer<typeof envSchema>;
