import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dynamic Signal's storage.
 *
 * - `signal_sources`: feeds (polled with conditional GET, backoff, health), webhooks (their HMAC secret:
 *   kept as is because verifying an HMAC needs it, as GitHub and Stripe do; the API shows it once),
 *   imports and manual entries; each scoped to a department or company-wide (NULL).
 * - `signal_source_log`: what happened to a source (polls, refusals with reasons), the last 200 lines each.
 * - `signal_items` and `signal_item_terms`: raw items and their watch-term matches, partitioned by the
 *   UTC day they were received (RANGE on received_at), so that retention drops whole partitions instead
 *   of deleting rows, and new partitions are created ahead by a job. Partitioning by the received day,
 *   not the published one, means a partition always exists for what arrives now (history imports
 *   included) and each partition's age is its retention age.
 * - `signal_item_keys`: idempotency across partitions. PostgreSQL only enforces a unique key on a
 *   partitioned table when it includes the partition key, so (source_id, external_id) alone cannot be
 *   unique on signal_items: a re-delivered item received on another day would be stored again. This
 *   small non-partitioned table holds that key; an item is inserted only if its key row is new, in the
 *   same transaction. Keys outlive their items by 30 days (feeds keep old entries for weeks).
 * - `signal_stories`: near-duplicate clusters by 64-bit SimHash; `bands` holds the fingerprint cut into
 *   chunks (pigeonhole: two fingerprints within Hamming distance d share one of d + 1 chunks exactly), so
 *   candidates come from a GIN index instead of a scan.
 * - watchlists, their terms, the hub's sentiment correction rules.
 * - per-minute counts per term (items, distinct authors, distinct sources, sentiment sum), maintained at
 *   ingest in the items' transaction; daily aggregates kept after the items are gone;
 *   `signal_term_distinct` remembers which authors and sources a minute or a day has already counted.
 * - import runs (progress and the per-line report), webhook deliveries by idempotency key, settings.
 */
export class Signals1765000000000 implements MigrationInterface {
  name = 'Signals1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signal_sources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('feed', 'webhook', 'import', 'manual')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        url text CHECK (length(url) <= 2048),
        department_id uuid REFERENCES departments(id) ON DELETE RESTRICT,
        poll_interval_seconds integer CHECK (poll_interval_seconds BETWEEN 60 AND 86400),
        etag text CHECK (length(etag) <= 1000),
        last_modified text CHECK (length(last_modified) <= 200),
        health text NOT NULL DEFAULT 'ok' CHECK (health IN ('ok', 'failing', 'disabled')),
        consecutive_failures integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
        last_error text CHECK (length(last_error) <= 1000),
        last_polled_at timestamptz,
        last_success_at timestamptz,
        next_poll_at timestamptz,
        webhook_secret text,
        item_count bigint NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'feed' OR (url IS NOT NULL AND poll_interval_seconds IS NOT NULL AND next_poll_at IS NOT NULL)),
        CHECK ((kind = 'webhook') = (webhook_secret IS NOT NULL))
      )`);
    // The polling job's claim: due feeds, oldest first.
    await q.query(`CREATE INDEX signal_sources_due_idx ON signal_sources (next_poll_at) WHERE kind = 'feed' AND health <> 'disabled'`);

    await q.query(`
      CREATE TABLE signal_source_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_id uuid NOT NULL REFERENCES signal_sources(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL CHECK (kind IN ('poll', 'refused', 'webhook', 'import', 'error')),
        message text NOT NULL CHECK (length(message) <= 1000),
        detail jsonb
      )`);
    await q.query(`CREATE INDEX signal_source_log_source_idx ON signal_source_log (source_id, id DESC)`);

    await q.query(`
      CREATE TABLE signal_item_keys (
        source_id uuid NOT NULL REFERENCES signal_sources(id) ON DELETE CASCADE,
        external_id text NOT NULL CHECK (length(external_id) BETWEEN 1 AND 512),
        item_id uuid NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (source_id, external_id)
      )`);
    await q.query(`CREATE INDEX signal_item_keys_received_idx ON signal_item_keys (received_at)`);

    await q.query(`
      CREATE TABLE signal_stories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fingerprint bigint NOT NULL,
        bands integer[] NOT NULL,
        title text NOT NULL,
        first_item_id uuid NOT NULL,
        copy_count integer NOT NULL DEFAULT 1 CHECK (copy_count >= 1),
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX signal_stories_bands_idx ON signal_stories USING gin (bands)`);
    await q.query(`CREATE INDEX signal_stories_last_seen_idx ON signal_stories (last_seen_at)`);

    await q.query(`
      CREATE TABLE signal_items (
        id uuid NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        source_id uuid NOT NULL REFERENCES signal_sources(id) ON DELETE CASCADE,
        external_id text NOT NULL,
        story_id uuid NOT NULL,
        story_lead boolean NOT NULL,
        url text,
        title text NOT NULL,
        body text NOT NULL,
        published_at timestamptz NOT NULL,
        authors text[] NOT NULL DEFAULT '{}',
        categories text[] NOT NULL DEFAULT '{}',
        author_key text NOT NULL,
        language text NOT NULL,
        sentiment_score real NOT NULL CHECK (sentiment_score BETWEEN -1 AND 1),
        sentiment_label text NOT NULL CHECK (sentiment_label IN ('positive', 'negative', 'neutral')),
        sentiment_origin text NOT NULL CHECK (sentiment_origin IN ('analyser', 'rule', 'person')),
        analyser_score real NOT NULL,
        analyser_label text NOT NULL,
        sentiment_corrected_by uuid,
        fingerprint bigint NOT NULL,
        PRIMARY KEY (id, received_at)
      ) PARTITION BY RANGE (received_at)`);
    // The stream, newest first, keyset-paged on (published_at, id); per source; per story.
    await q.query(`CREATE INDEX signal_items_published_idx ON signal_items (published_at DESC, id DESC)`);
    await q.query(`CREATE INDEX signal_items_source_idx ON signal_items (source_id, published_at DESC, id DESC)`);
    await q.query(`CREATE INDEX signal_items_story_idx ON signal_items (story_id)`);
    await q.query(`CREATE INDEX signal_items_id_idx ON signal_items (id)`);

    await q.query(`
      CREATE TABLE signal_watchlists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        department_id uuid REFERENCES departments(id) ON DELETE RESTRICT,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE signal_watch_terms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        watchlist_id uuid NOT NULL REFERENCES signal_watchlists(id) ON DELETE CASCADE,
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
        query text NOT NULL CHECK (length(query) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX signal_watch_terms_watchlist_idx ON signal_watch_terms (watchlist_id)`);

    await q.query(`
      CREATE TABLE signal_item_terms (
        item_id uuid NOT NULL,
        received_at timestamptz NOT NULL,
        term_id uuid NOT NULL REFERENCES signal_watch_terms(id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES signal_sources(id) ON DELETE CASCADE,
        published_at timestamptz NOT NULL,
        PRIMARY KEY (item_id, term_id, received_at)
      ) PARTITION BY RANGE (received_at)`);
    await q.query(`CREATE INDEX signal_item_terms_term_idx ON signal_item_terms (term_id, published_at DESC)`);

    await q.query(`
      CREATE TABLE signal_sentiment_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        query text NOT NULL CHECK (length(query) BETWEEN 1 AND 1000),
        label text NOT NULL CHECK (label IN ('positive', 'negative', 'neutral')),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE signal_term_minutes (
        term_id uuid NOT NULL REFERENCES signal_watch_terms(id) ON DELETE CASCADE,
        minute timestamptz NOT NULL CHECK (date_trunc('minute', minute) = minute),
        items integer NOT NULL,
        authors integer NOT NULL,
        sources integer NOT NULL,
        sentiment_sum double precision NOT NULL,
        PRIMARY KEY (term_id, minute)
      )`);
    await q.query(`CREATE INDEX signal_term_minutes_minute_idx ON signal_term_minutes (minute)`);
    await q.query(`
      CREATE TABLE signal_term_days (
        term_id uuid NOT NULL REFERENCES signal_watch_terms(id) ON DELETE CASCADE,
        day date NOT NULL,
        items integer NOT NULL,
        authors integer NOT NULL,
        sources integer NOT NULL,
        sentiment_sum double precision NOT NULL,
        PRIMARY KEY (term_id, day)
      )`);
    await q.query(`
      CREATE TABLE signal_term_distinct (
        term_id uuid NOT NULL REFERENCES signal_watch_terms(id) ON DELETE CASCADE,
        span "char" NOT NULL CHECK (span IN ('m', 'd')),
        bucket timestamptz NOT NULL,
        kind "char" NOT NULL CHECK (kind IN ('a', 's')),
        key text NOT NULL,
        PRIMARY KEY (term_id, span, bucket, kind, key)
      )`);
    await q.query(`CREATE INDEX signal_term_distinct_bucket_idx ON signal_term_distinct (bucket)`);

    await q.query(`
      CREATE TABLE signal_import_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_id uuid NOT NULL REFERENCES signal_sources(id) ON DELETE CASCADE,
        started_by uuid REFERENCES users(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'aborted', 'failed')),
        lines integer NOT NULL DEFAULT 0,
        stored integer NOT NULL DEFAULT 0,
        duplicates integer NOT NULL DEFAULT 0,
        refused integer NOT NULL DEFAULT 0,
        report jsonb NOT NULL DEFAULT '[]'::jsonb,
        error text,
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX signal_import_runs_source_idx ON signal_import_runs (source_id, started_at DESC)`);

    await q.query(`
      CREATE TABLE signal_webhook_deliveries (
        source_id uuid NOT NULL REFERENCES signal_sources(id) ON DELETE CASCADE,
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        received_at timestamptz NOT NULL DEFAULT now(),
        response jsonb NOT NULL,
        PRIMARY KEY (source_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX signal_webhook_deliveries_received_idx ON signal_webhook_deliveries (received_at)`);

    await q.query(`
      CREATE TABLE signal_settings (
        id integer PRIMARY KEY CHECK (id = 1),
        fetch_allowlist text[] NOT NULL DEFAULT '{}',
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO signal_settings (id) VALUES (1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'signal_settings',
      'signal_webhook_deliveries',
      'signal_import_runs',
      'signal_term_distinct',
      'signal_term_days',
      'signal_term_minutes',
      'signal_sentiment_rules',
      'signal_item_terms',
      'signal_watch_terms',
      'signal_watchlists',
      'signal_items',
      'signal_stories',
      'signal_item_keys',
      'signal_source_log',
      'signal_sources',
    ]) {
      // Dropping a partitioned table drops its partitions.
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
