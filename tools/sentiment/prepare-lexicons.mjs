#!/usr/bin/env node
/**
 * Writes data/sentiment/lexicons/pattern-{en,fr}.tsv ("word<TAB>polarity", polarity in [−1, 1]) from the
 * subjectivity lexicons of Pattern (De Smedt & Daelemans, CLiPS, University of Antwerp), published under
 * the PDDL (public domain) in the `license` attribute of each XML file. Pattern is packaged by Debian as
 * python3-pattern; its files sit at pattern/text/{en,fr}/{en,fr}-sentiment.xml.
 *
 *   apt-get download python3-pattern && dpkg -x python3-pattern_*.deb /tmp/pattern
 *   node tools/sentiment/prepare-lexicons.mjs /tmp/pattern/usr/lib/python3/dist-packages/pattern
 *
 * Pattern lists one entry per word sense; a word's polarity here is the mean over its senses (what
 * Pattern itself does when it cannot tell the sense), and words whose mean is 0 are dropped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const patternDir = process.argv[2];
if (!patternDir) {
  process.stderr.write('usage: node tools/sentiment/prepare-lexicons.mjs <pattern package folder>\n');
  process.exit(2);
}

const decode = (s) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (m, e) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(Number(e.slice(1))),
  );

for (const lang of ['en', 'fr']) {
  const xml = readFileSync(join(patternDir, 'text', lang, `${lang}-sentiment.xml`), 'utf8');
  if (!/<sentiment [^>]*license="PDDL"/.test(xml)) throw new Error(`${lang}-sentiment.xml: not the PDDL lexicon this script expects`);
  const senses = new Map();
  for (const m of xml.matchAll(/<word\s([^>]*)\/>/g)) {
    const form = /\bform="([^"]*)"/.exec(m[1])?.[1];
    const polarity = Number(/\bpolarity="([^"]*)"/.exec(m[1])?.[1]);
    if (!form || !Number.isFinite(polarity)) continue;
    const word = decode(form).toLowerCase().trim();
    // Multi-word forms and forms with spaces cannot match one token; the sentiment features look words up one by one.
    if (!word || /\s/.test(word)) continue;
    const list = senses.get(word) ?? [];
    list.push(polarity);
    senses.set(word, list);
  }
  const lines = [];
  for (const [word, list] of [...senses].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const mean = Math.round((list.reduce((a, b) => a + b, 0) / list.length) * 1000) / 1000;
    if (mean !== 0) lines.push(`${word}\t${mean}`);
  }
  const out = join(root, 'data/sentiment/lexicons', `pattern-${lang}.tsv`);
  writeFileSync(out, lines.join('\n') + '\n');
  process.stdout.write(`${out}: ${lines.length} words\n`);
}
