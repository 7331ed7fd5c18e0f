import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SignalDraft } from '../pipeline/contracts';
import { toSignalDraft } from './normalise';
import { parseFeed } from './parse-feed';
import { hammingDistance, SAME_STORY_MAX_DISTANCE } from './simhash';

/** The demo feed files (demo/feeds/) go through the real parser and normaliser whole. */
const DIR = join(__dirname, '..', 'demo', 'feeds');
const files = readdirSync(DIR).filter((f) => f.endsWith('.xml')).sort();
const now = new Date('2026-11-09T00:00:00.000Z');
const feeds = files.map((file) => ({ file, feed: parseFeed(readFileSync(join(DIR, file))) }));
const drafts: { file: string; draft: SignalDraft }[] = feeds.flatMap(({ file, feed }) =>
  feed.items.map((item) => {
    const r = toSignalDraft(item, { now });
    if (!('draft' in r)) throw new Error(`${file}: ${r.refused}`);
    return { file, draft: r.draft };
  }),
);

describe('demo feeds', () => {
  it('are four feeds of about forty items each, none refused', () => {
    expect(files).toEqual(['home-tech-wire-en.xml', 'presse-fr.xml', 'reseaux-fr.xml', 'social-en.xml']);
    for (const { feed } of feeds) {
      expect(feed.items.length).toBeGreaterThanOrEqual(35);
      expect(feed.refused).toEqual([]);
    }
  });

  it('are dated within one week, each item with its own id and a canonical link', () => {
    const times = drafts.map((d) => d.draft.publishedAt.getTime());
    expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(7 * 24 * 3600e3);
    expect(new Set(drafts.map((d) => d.draft.externalId)).size).toBe(drafts.length);
    expect(drafts.every((d) => d.draft.url?.startsWith('https://'))).toBe(true);
  });

  it('mention the demo brands and competitors, and the fruit', () => {
    const all = drafts.map((d) => `${d.draft.title} ${d.draft.text}`).join('\n');
    for (const word of ['Maison Lumière', 'Lumi Home', 'Solaris', 'Clairvoy', 'Orange', 'jus d’orange', 'orange juice']) expect(all).toContain(word);
  });

  it('hold six syndicated near-copies that collapse at the same-story threshold, and no other pair of their 160 items does', () => {
    const near: [string, string][] = [];
    for (let i = 0; i < drafts.length; i++) {
      for (let j = i + 1; j < drafts.length; j++) {
        if (hammingDistance(drafts[i].draft.fingerprint, drafts[j].draft.fingerprint) <= SAME_STORY_MAX_DISTANCE) near.push([drafts[i].draft.title, drafts[j].draft.title]);
      }
    }
    expect(near.sort()).toEqual(
      [
        ['Maison Lumière lance Solaris, sa batterie domestique', 'Solaris : Maison Lumière se lance dans le stockage d’énergie'],
        ['Lumi Home : des pannes après la dernière mise à jour', 'Mise à jour ratée pour Lumi Home'],
        ['Orange : panne géante du réseau mobile dans le Sud', 'Panne Orange : quatre heures sans internet mobile à Marseille et Nice'],
        ['Maison Lumière publie des ventes en hausse de 12 %', 'Résultats : Maison Lumière progresse de 12 % sur neuf mois'],
        ['Maison Lumière unveils Solaris home battery', 'Solaris: Maison Lumière moves into home energy storage'],
        ['Clairvoy cuts smart bulb prices by a quarter', 'Price war looms as Clairvoy slashes smart bulb prices'],
      ].sort(),
    );
  });
});
