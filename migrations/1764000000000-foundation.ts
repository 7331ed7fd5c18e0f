import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisation, departments, users, sessions, SAML replay/request stores, rate limits, audit log. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    // unaccent() is only STABLE; an IMMUTABLE wrapper with an explicit dictionary lets indexes use it.
    await q.query(`
      CREATE OR REPLACE FUNCTION ruche_fold(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`);

    await q.query(`
      CREATE TABLE organisation (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        hub_model text NOT NULL DEFAULT 'centralised' CHECK (hub_model IN ('distributed', 'centralised', 'collegial')),
        default_locale text NOT NULL DEFAULT 'fr' CHECK (default_locale IN ('fr', 'en')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE departments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
        kind text NOT NULL DEFAULT 'spoke' CHECK (kind IN ('hub', 'spoke')),
        name_fr text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 200),
        name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
        description_fr text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX departments_single_hub ON departments (kind) WHERE kind = 'hub'`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL UNIQUE CHECK (length(email) BETWEEN 3 AND 320),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        job_title text NOT NULL DEFAULT '',
        department_id uuid REFERENCES departments (id) ON DELETE SET NULL,
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'department_rep', 'manager', 'hub_coordinator', 'admin')),
        locale text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
        auth_source text NOT NULL DEFAULT 'local' CHECK (auth_source IN ('local', 'saml')),
        external_id text UNIQUE,
        last_login_at timestamptz,
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX users_department ON users (department_id)`);
    await q.query(`CREATE INDEX users_search_trgm ON users USING gin ((ruche_fold(display_name || ' ' || email::text)) gin_trgm_ops)`);
    await q.query(`CREATE INDEX users_display_order ON users (ruche_fold(display_name), id)`);

    await q.query(`
      CREATE TABLE sessions (
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text,
        saml_name_id text,
        saml_session_index text
      )`);
    await q.query(`CREATE INDEX sessions_user ON sessions (user_id)`);
    await q.query(`CREATE INDEX sessions_expiry ON sessions (expires_at)`);

    await q.query(`
      CREATE TABLE saml_requests (
        id text PRIMARY KEY,
        binding_hash text NOT NULL,
        return_to text NOT NULL DEFAULT '/',
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX saml_requests_expiry ON saml_requests (expires_at)`);

    await q.query(`
      CREATE TABLE saml_assertions (
        issuer text NOT NULL,
        assertion_id text NOT NULL,
        expires_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, assertion_id)
      )`);
    await q.query(`CREATE INDEX saml_assertions_expiry ON saml_assertions (expires_at)`);

    await q.query(`
      CREATE TABLE rate_limits (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL DEFAULT 0,
        PRIMARY KEY (key, window_start)
      )`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        action text NOT NULL,
        target_type text,
        target_id text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_log_created ON audit_log (created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'rate_limits', 'saml_assertions', 'saml_requests', 'sessions', 'users', 'departments', 'organisation']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS ruche_fold(text)`);
  }
}
