import type { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE } from './alert-rules.service';

/** [name, term label or watchlist name, watchlist?, fields, department codes] */
const RULES: { name: string; term?: string; watchlist?: string; kinds: string[]; preset: string; sentimentMaxMean?: number; keywords?: string; departments: string[] }[] = [
  // A competitor's sudden wave of mentions: Marketing and Sales hear it.
  { name: 'Orange : pic de mentions', term: 'Orange', kinds: ['burst', 'ramp'], preset: 'medium', departments: ['marketing', 'ventes'] },
  // Our brand's tone turning sour: customer service and Marketing.
  { name: 'Maison Lumière : sentiment en baisse', term: 'Maison Lumière', kinds: ['sentiment'], preset: 'medium', sentimentMaxMean: -0.05, departments: ['service-client', 'marketing'] },
  // Our brands as a topic, only what speaks of failures or returns, on the sensitive preset: R&D's managers.
  { name: 'Nos marques : pannes et retours', watchlist: 'Nos marques', kinds: ['burst', 'ramp'], preset: 'high', keywords: 'panne OR pannes OR retour OR retours OR défaut OR failure OR broken OR recall', departments: ['rd'] },
];

/**
 * Seeds three alert rules on the demo watch terms, created by the hub's coordinator and routed to demo
 * departments, in the demo's transaction (after seedDemoSignals). Their detectors learn from the demo's
 * stored counts on the job's first run and wait for their warm-up like any rule on a new term.
 */
export async function seedDemoAlerts(tx: EntityManager, departmentIds: Map<string, string>): Promise<void> {
  const q = (sql: string, params?: unknown[]) => tx.query(sql, params);
  const [creator] = await q(`SELECT id FROM users WHERE email = 'camille.laurent@maison-lumiere.example'`);
  for (const r of RULES) {
    const [subject] = r.term
      ? await q(`SELECT t.id FROM signal_watch_terms t JOIN signal_watchlists w ON w.id = t.watchlist_id WHERE t.label = $1 AND w.department_id IS NULL ORDER BY t.id LIMIT 1`, [r.term])
      : await q(`SELECT id FROM signal_watchlists WHERE name = $1 ORDER BY id LIMIT 1`, [r.watchlist]);
    if (!subject) throw new Error(`demo alert rule "${r.name}": its ${r.term ? 'term' : 'watchlist'} is not in the signals demo`);
    const departments = r.departments.map((code) => {
      const id = departmentIds.get(code);
      if (!id) throw new Error(`demo alert rule "${r.name}": no department "${code}"`);
      return id;
    });
    await q(
      `INSERT INTO alert_rules (name, term_id, watchlist_id, keywords, sentiment_max_mean, kinds, preset, time_zone, department_ids, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [r.name, r.term ? subject.id : null, r.term ? null : subject.id, r.keywords ?? null, r.sentimentMaxMean ?? null, r.kinds, r.preset, DEFAULT_TIME_ZONE, departments, creator?.id ?? null],
    );
  }
}
