import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { DEMO_WATCH_TERMS } from '../analysis/demo-watch-terms';
import { parseFeed } from '../feeds/parse-feed';
import { toSignalDraft } from '../feeds/normalise';
import { SAME_STORY_MAX_DISTANCE } from '../feeds/simhash';
import { storeBatch } from '../ingest/ingest-store';
import { IngestService } from '../ingest/ingest.service';
import { addDays, ensurePartitions, utcDay } from '../ingest/partitions';
import type { SignalDraft } from '../pipeline/contracts';

/**
 * The demo feed files (invented press and social mentions, demo/feeds/README.md). Looked for beside
 * this file (a build that copies them) and in the repository's source tree (`npm start` runs the
 * compiled code from server/dist, which tsc does not copy XML into).
 */
export function demoFeedsDir(): string | undefined {
  const candidates = [join(__dirname, 'feeds')];
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) candidates.push(join(dir, 'server', 'src', 'modules', 'signals', 'demo', 'feeds'));
  return candidates.find((d) => existsSync(d));
}

/** [watchlist name, department code or null, term ids from DEMO_WATCH_TERMS or extra terms [label, query]] */
const WATCHLISTS: [string, string | null, (string | [string, string])[]][] = [
  ['Nos marques', null, ['maison-lumiere', 'lumi-home', 'solaris']],
  ['Concurrents', null, ['clairvoy', 'orange']],
  // Department-scoped: only R&D's managers (and the hub) see it.
  ['Solaris — retours techniques', 'rd', [['Pannes Solaris', '@solaris (panne OR batterie OR onduleur OR bug OR failure OR battery OR inverter)']]],
];

/**
 * Seeds Dynamic Signal for the demo organisation, in the demo's transaction: watchlists from the
 * analyser's demo terms (aliases such as `@lumi-home` rewritten to the stored terms' ids), a webhook
 * source (its secret random, unknown to anyone: rotate it to use it), a manual source for the hub,
 * and one import source per demo feed file whose items are stored through the same pipeline as live
 * ones, re-dated so that the newest is a few minutes old (their spacing kept). The live replayer
 * comes on top of this.
 */
export async function seedDemoSignals(tx: EntityManager, departmentIds: Map<string, string>): Promise<void> {
  const q = (sql: string, params?: unknown[]) => tx.query(sql, params);
  const [creator] = await q(`SELECT id FROM users WHERE email = 'camille.laurent@maison-lumiere.example'`);
  const creatorId = (creator?.id as string | undefined) ?? null;

  const termIds = new Map<string, string>();
  const pending: { id: string; query: string }[] = [];
  for (const [name, departmentCode, terms] of WATCHLISTS) {
    const [list] = await q(`INSERT INTO signal_watchlists (name, department_id, created_by) VALUES ($1, $2, $3) RETURNING id`, [
      name,
      departmentCode ? (departmentIds.get(departmentCode) ?? null) : null,
      creatorId,
    ]);
    for (const term of terms) {
      const def = typeof term === 'string' ? DEMO_WATCH_TERMS.find((t) => t.id === term) : { id: term[0], label: term[0], query: term[1] };
      if (!def) throw new Error(`demo watch term ${String(term)} is not among the analyser's demo terms`);
      const [row] = await q(`INSERT INTO signal_watch_terms (watchlist_id, label, query) VALUES ($1, $2, $3) RETURNING id`, [list.id, def.label, def.query]);
      termIds.set(def.id, row.id);
      pending.push({ id: row.id, query: def.query });
    }
  }
  for (const { id, query } of pending) {
    const rewritten = query.replace(/@([a-z0-9][a-z0-9_-]*)/gi, (whole, alias: string) => (termIds.has(alias) ? `@${termIds.get(alias)}` : whole));
    if (rewritten !== query) await q(`UPDATE signal_watch_terms SET query = $2 WHERE id = $1`, [id, rewritten]);
  }

  await q(`INSERT INTO signal_sources (kind, name, webhook_secret, created_by) VALUES ('webhook', 'Centre d’appels (webhook)', $1, $2)`, [`whsec_${randomBytes(32).toString('base64url')}`, creatorId]);
  await q(`INSERT INTO signal_sources (kind, name, department_id, created_by) VALUES ('manual', 'Remontées terrain', NULL, $1)`, [creatorId]);

  const dir = demoFeedsDir();
  if (!dir) return;
  const files = readdirSync(dir)
    .filter((f) => /\.(xml|rss|atom)$/i.test(f))
    .sort();
  if (files.length === 0) return;

  const terms = await q(`SELECT id::text, label, query FROM signal_watch_terms ORDER BY id`);
  const context = { version: 'demo', terms: IngestService.compileSafely(terms), rules: IngestService.compileSafely([]), ruleLabels: new Map() };
  const now = new Date();
  const parsed = files.map((file) => ({ file, feed: parseFeed(readFileSync(join(dir, file)), { baseUrl: 'https://demo.maison-lumiere.example/' }) }));
  const newest = Math.max(...parsed.flatMap(({ feed }) => feed.items.map((i) => (i.published ?? i.updated)?.getTime() ?? 0)));
  // The newest demo item five minutes ago, the others as far before it as in their files.
  const shift = newest > 0 ? now.getTime() - 5 * 60_000 - newest : 0;
  const days = new Set<string>([utcDay(now), addDays(utcDay(now), 1)]);
  await ensurePartitions(q, [...days]);
  for (const { file, feed } of parsed) {
    const [source] = await q(`INSERT INTO signal_sources (kind, name, created_by) VALUES ('import', $1, $2) RETURNING id`, [(feed.title ?? file).slice(0, 120), creatorId]);
    const drafts: SignalDraft[] = [];
    for (const item of feed.items) {
      const published = item.published ?? item.updated;
      const redated = { ...item, published: published ? new Date(published.getTime() + shift) : null, updated: null };
      const r = toSignalDraft(redated, { now });
      if ('draft' in r) drafts.push(r.draft);
    }
    await storeBatch(q, source.id, drafts.map((d) => IngestService.prepare(d, context)), { threshold: SAME_STORY_MAX_DISTANCE });
  }
}
