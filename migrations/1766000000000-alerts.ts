import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dynamic Signal alerts.
 *
 * - `alert_rules`: what to watch (one term, or a topic: a whole watchlist), optional keywords and
 *   sentiment conditions, the detector's preset, kinds and cool-down, and where alerts go (departments,
 *   named people). `tuning` is what feedback made of the thresholds (spikes/ applyFeedback).
 * - `alert_rule_states`: the detector's state of each rule's series (plain JSON, a fixed size) and the
 *   last minute it was fed; `series_key` names what the state learned on, so a rule moved to another
 *   term or given other keywords starts over. The detection job locks a row while it feeds it.
 * - `alerts`: what fired, once per (rule, minute, kind) — the unique key that makes a re-run or a second
 *   instance harmless — with its explanation, samples, and the recipients as they were then.
 * - `alert_feedback`: one verdict per person per alert (each moved the rule's tuning once).
 */
export class Alerts1766000000000 implements MigrationInterface {
  name = 'Alerts1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alert_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        term_id uuid REFERENCES signal_watch_terms(id) ON DELETE CASCADE,
        watchlist_id uuid REFERENCES signal_watchlists(id) ON DELETE CASCADE,
        keywords text CHECK (length(keywords) BETWEEN 1 AND 1000),
        sentiment_max_mean double precision CHECK (sentiment_max_mean BETWEEN -1 AND 1),
        negative_share_min double precision CHECK (negative_share_min BETWEEN 0 AND 1),
        kinds text[] NOT NULL CHECK (cardinality(kinds) BETWEEN 1 AND 4 AND kinds <@ ARRAY['burst', 'drop', 'ramp', 'sentiment']),
        preset text NOT NULL CHECK (preset IN ('low', 'medium', 'high')),
        cooldown_minutes integer CHECK (cooldown_minutes BETWEEN 1 AND 10080),
        time_zone text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
        enabled boolean NOT NULL DEFAULT true,
        department_ids uuid[] NOT NULL DEFAULT '{}',
        person_ids uuid[] NOT NULL DEFAULT '{}',
        tuning jsonb NOT NULL DEFAULT '{"multiplier": 1, "useful": 0, "noise": 0}',
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((term_id IS NULL) <> (watchlist_id IS NULL))
      )`);
    await q.query(`CREATE INDEX alert_rules_enabled_idx ON alert_rules (id) WHERE enabled`);

    await q.query(`
      CREATE TABLE alert_rule_states (
        rule_id uuid PRIMARY KEY REFERENCES alert_rules(id) ON DELETE CASCADE,
        series_key text NOT NULL,
        state jsonb NOT NULL,
        fed_until timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rule_id uuid NOT NULL REFERENCES alert_rules(id) ON DELETE CASCADE,
        minute timestamptz NOT NULL,
        kind text NOT NULL CHECK (kind IN ('burst', 'drop', 'ramp', 'sentiment')),
        rule_name text NOT NULL,
        subject text NOT NULL,
        term_id uuid,
        watchlist_id uuid,
        measure text NOT NULL CHECK (measure IN ('authors', 'items', 'sentiment')),
        observed double precision NOT NULL,
        expected double precision NOT NULL,
        strength double precision NOT NULL,
        window_minutes integer NOT NULL CHECK (window_minutes >= 1),
        preset text NOT NULL,
        multiplier double precision NOT NULL,
        window_items integer NOT NULL DEFAULT 0,
        sentiment_mean double precision,
        negative_share double precision,
        samples jsonb NOT NULL DEFAULT '[]',
        recipients uuid[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'closed')),
        status_by uuid REFERENCES users(id) ON DELETE SET NULL,
        status_at timestamptz,
        useful integer NOT NULL DEFAULT 0,
        noise integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (rule_id, minute, kind)
      )`);
    // The list, newest first, keyset-paged on (minute, id); a person's alerts by recipient.
    await q.query(`CREATE INDEX alerts_minute_idx ON alerts (minute DESC, id DESC)`);
    await q.query(`CREATE INDEX alerts_recipients_idx ON alerts USING gin (recipients)`);

    await q.query(`
      CREATE TABLE alert_feedback (
        alert_id uuid NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        verdict text NOT NULL CHECK (verdict IN ('useful', 'noise')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (alert_id, user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['alert_feedback', 'alerts', 'alert_rule_states', 'alert_rules']) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
