#!/usr/bin/env node
/**
 * Sentiment accuracy of Ruche's analyser on every held-out set, next to lexicon baselines run in the
 * same process on the same texts, then throughput of the analyser and of watchlist matching with 200
 * terms (against matching every term on every item, the no-index floor).
 *
 *   npx nx run-many -t build -p @ruche/shared @ruche/server && node bench/sentiment.mjs [--json-only]
 *   (or --dist <folder> holding the compiled analysis/*.js; --pattern-corpora <folder>, see below)
 *
 * It runs the compiled server code (server/dist/…/signals/analysis), the exact code the server runs.
 *
 * Accuracy on binary sets (every set here is labelled positive/negative): a text counts as positive
 * when its score is ≥ 0, for Ruche and for every baseline alike (that is how the `sentiment` package's
 * own validation scores AFINN). Ruche's neutral label is not used for this; "neutral" is reported as the
 * share of texts Ruche would call neutral, with the accuracy on the texts it does call polar.
 *
 * Baselines: English — VADER compound (vader-sentiment), AFINN-165 comparative (the `sentiment`
 * package), wink-sentiment normalised score. French — AFINN-165 translated to French (multilang-
 * sentiment's list, data/sentiment/lexicons/afinn-fr.json) run through the `sentiment` package as a
 * registered language, Pattern's French adjectives (data/sentiment/lexicons/pattern-fr.tsv) summed over
 * the text's words, and VADER on the French text as a floor.
 *
 * Sets not in git: Debian's python3-pattern ships test corpora "meant for personal use" (its
 * test/corpora/README.txt), so they may be measured here but not committed. When the folder is there
 * (--pattern-corpora, default /usr/share/doc/python3-pattern/test/corpora, e.g. after
 * `apt-get install python3-pattern`, or `apt-get download` + `dpkg -x`), the bench adds: fr/amazon-books
 * (1,500 Amazon.fr book reviews — the only French labelled set measured; Pattern's French lexicon, which
 * Ruche's French model uses, was itself made from Amazon.fr book reviews, so this figure flatters it),
 * en/pang-lee-sentences (4,000 film-review snippets) and en/pang-lee-reviews (1,500 whole film reviews).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const argAt = process.argv.indexOf('--dist');
const dist = resolve(argAt > 0 ? process.argv[argAt + 1] : join(root, 'server/dist/server/src/modules/signals/analysis'));
if (!existsSync(join(dist, 'sentiment.js'))) {
  process.stderr.write(`bench/sentiment: ${dist}/sentiment.js not found; build first (see the header of this file)\n`);
  process.exit(1);
}
const jsonOnly = process.argv.includes('--json-only');
const { analyseSentiment } = require(join(dist, 'sentiment.js'));
const { compileWatchTerms, matchWatchTerms } = require(join(dist, 'watchlist-query.js'));
const { detectLanguage } = require(join(dist, 'language.js'));

const Sentiment = require('sentiment');
const vader = require('vader-sentiment');
const wink = require('wink-sentiment');
const afinn = new Sentiment();
const afinnFr = new Sentiment();
afinnFr.registerLanguage('fr', { labels: JSON.parse(readFileSync(join(root, 'data/sentiment/lexicons/afinn-fr.json'), 'utf8')) });

const patternAt = process.argv.indexOf('--pattern-corpora');
const patternCorpora = patternAt > 0 ? process.argv[patternAt + 1] : '/usr/share/doc/python3-pattern/test/corpora';

/** Pattern's Datasheet CSV: `"text","label"` rows (or label first), "" escapes a quote, fields span lines. */
function patternCsv(file) {
  const s = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let i = 0;
  const field = () => {
    if (s[i] !== '"') {
      let j = i;
      while (j < s.length && s[j] !== ',' && s[j] !== '\n') j++;
      const v = s.slice(i, j);
      i = j;
      return v;
    }
    i++;
    let out = '';
    for (;;) {
      const q = s.indexOf('"', i);
      if (q < 0) throw new Error(`${file}: unterminated quote`);
      out += s.slice(i, q);
      if (s[q + 1] === '"') {
        out += '"';
        i = q + 2;
      } else {
        i = q + 1;
        return out;
      }
    }
  };
  while (i < s.length) {
    if (s[i] === '\n' || s[i] === '\r') {
      i++;
      continue;
    }
    const a = field();
    if (s[i] !== ',') throw new Error(`${file}: expected a comma at ${i}`);
    i++;
    const b = field();
    while (s[i] === '\r') i++;
    if (s[i] === '\n') i++;
    const [label, text] = /^-?1$/.test(b.trim()) ? [b.trim(), a] : [a.trim(), b];
    rows.push({ label: label === '1' ? 1 : 0, text: text.replace(/\s+/g, ' ').trim() });
  }
  return rows;
}

function patternSets() {
  const sets = [];
  for (const [lang, name, file] of [
    ['en', 'pang-lee-sentences', 'polarity-en-pang&lee2.csv'],
    ['en', 'pang-lee-reviews', 'polarity-en-pang&lee1.csv'],
    ['fr', 'amazon-books', 'polarity-fr-amazon.csv'],
  ]) {
    const path = join(patternCorpora, file);
    if (existsSync(path)) sets.push({ lang, name, rows: patternCsv(path), domain: 'other domain; not in git (python3-pattern)' });
  }
  return sets;
}

const dataRoot = join(root, 'data/sentiment');
function heldOutSets() {
  const sets = [];
  for (const lang of ['en', 'fr']) {
    const dir = join(dataRoot, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name, 'heldout.tsv');
      if (!existsSync(file)) continue;
      const rows = readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => ({ label: Number(line[0]), text: line.slice(2) }));
      const trained = existsSync(join(dir, name, 'train.tsv'));
      sets.push({ lang, name, rows, domain: trained ? 'same domain as training' : 'other domain (not trained on)' });
    }
  }
  return [...sets, ...patternSets()];
}

const { foldedWords } = require(join(dist, 'text-normalise.js'));
const patternFr = new Map(
  readFileSync(join(root, 'data/sentiment/lexicons/pattern-fr.tsv'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [word, polarity] = line.split('\t');
      return [foldedWords(word).join(' '), Number(polarity)];
    }),
);

const baselines = {
  en: {
    vader: (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound,
    'afinn-165': (t) => afinn.analyze(t).comparative,
    wink: (t) => wink(t).normalizedScore,
  },
  fr: {
    'afinn-fr': (t) => afinnFr.analyze(t, { language: 'fr' }).comparative,
    'pattern-fr': (t) => foldedWords(t).reduce((sum, w) => sum + (patternFr.get(w) ?? 0), 0),
    vader: (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound,
  },
};

const accuracy = (rows, fn) => rows.filter((r) => (fn(r.text) >= 0 ? 1 : 0) === r.label).length / rows.length;
const round = (x) => Math.round(x * 1000) / 1000;

const results = [];
for (const set of heldOutSets()) {
  const ours = set.rows.map((r) => ({ r, s: analyseSentiment(r.text, set.lang) }));
  const polar = ours.filter((o) => o.s.label !== 'neutral');
  const entry = {
    set: `${set.lang}/${set.name}`,
    texts: set.rows.length,
    domain: set.domain,
    ruche: round(ours.filter((o) => (o.s.score >= 0 ? 1 : 0) === o.r.label).length / ours.length),
    rucheNeutralShare: round(1 - polar.length / ours.length),
    rucheAccuracyWhenPolar: round(polar.filter((o) => (o.s.label === 'positive' ? 1 : 0) === o.r.label).length / (polar.length || 1)),
    rucheDetectedLanguage: round(set.rows.filter((r) => detectLanguage(r.text) === set.lang).length / set.rows.length),
    baselines: {},
  };
  for (const [name, fn] of Object.entries(baselines[set.lang])) entry.baselines[name] = round(accuracy(set.rows, fn));
  entry.bestBaseline = Math.max(...Object.values(entry.baselines));
  // The share of the larger class: what always answering the same label would score on this set.
  const positives = set.rows.filter((r) => r.label === 1).length / set.rows.length;
  entry.majorityClass = round(Math.max(positives, 1 - positives));
  results.push(entry);
}

// Throughput on one core: the held-out texts over and over for ~2 s.
// Only the sets in git, so that the figure does not move with what else is installed: short reviews.
const inGit = heldOutSets().filter((s) => !s.domain.includes('not in git'));
const texts = inGit.length ? inGit.flatMap((s) => s.rows.map((r) => [r.text, s.lang])) : [['great product', 'en']];
function rate(fn) {
  for (let i = 0; i < Math.min(2000, texts.length); i++) fn(texts[i][0], texts[i][1]);
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 2e9) {
    for (let i = 0; i < 1000; i++, n++) fn(texts[n % texts.length][0], texts[n % texts.length][1]);
    elapsed = Number(process.hrtime.bigint() - start);
  }
  return Math.round(n / (elapsed / 1e9));
}
const sentimentRate = rate((t, l) => analyseSentiment(t, l));
const vaderRate = rate((t) => vader.SentimentIntensityAnalyzer.polarity_scores(t));
const languageRate = rate((t) => detectLanguage(t));

// Watchlist: 200 terms (brands with exclusions, phrases, NEAR, prefixes) over texts of which one in
// ten names a brand.
const brands = Array.from({ length: 200 }, (_, i) => `brand${i.toString(36)}x`);
const defs = brands.map((b, i) => ({
  id: `t${i}`,
  label: b,
  query:
    i % 4 === 0
      ? `(${b} OR "${b} group") NOT (jus OR fruit OR juice)`
      : i % 4 === 1
        ? `${b} NEAR/5 (price OR prix OR service)`
        : i % 4 === 2
          ? `"${b} home" OR ${b}-pro -recall`
          : `${b.slice(0, -1)}* network`,
}));
const compiled = compileWatchTerms(defs);
const items = texts.map(([t], i) => (i % 10 === 0 ? `${t} ${brands[i % 200]} network price` : t));
let matched = 0;
const indexed = (t) => (matched += matchWatchTerms(t, compiled).length);
const perTermCompiled = defs.map((d) => compileWatchTerms([d]));
const everyTerm = (t) => {
  for (const c of perTermCompiled) matched += matchWatchTerms(t, c).length;
};
const itemRate = (fn) => {
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 2e9) {
    for (let i = 0; i < 200; i++, n++) fn(items[n % items.length]);
    elapsed = Number(process.hrtime.bigint() - start);
  }
  return Math.round(n / (elapsed / 1e9));
};
const watchRate = itemRate(indexed);
const watchFloor = itemRate(everyTerm);

const report = {
  accuracy: results,
  throughput: {
    sentimentTextsPerSecond: sentimentRate,
    vaderTextsPerSecond: vaderRate,
    languageTextsPerSecond: languageRate,
    watchlist200TermsItemsPerSecond: watchRate,
    watchlist200TermsEveryTermItemsPerSecond: watchFloor,
  },
};

if (!jsonOnly) {
  const pad = (s, n) => String(s).padEnd(n);
  process.stdout.write('\nSentiment accuracy on held-out sets (binary: score ≥ 0 is positive)\n');
  process.stdout.write(`${pad('set', 24)}${pad('texts', 7)}${pad('ruche', 7)}${pad('best lexicon', 22)}${pad('majority', 10)}${pad('neutral', 9)}${pad('acc|polar', 11)}domain\n`);
  for (const r of results) {
    const [bestName] = Object.entries(r.baselines).sort((a, b) => b[1] - a[1])[0];
    process.stdout.write(
      `${pad(r.set, 24)}${pad(r.texts, 7)}${pad(r.ruche.toFixed(3), 7)}${pad(`${r.bestBaseline.toFixed(3)} (${bestName})`, 22)}` +
        `${pad(r.majorityClass.toFixed(3), 10)}${pad(r.rucheNeutralShare.toFixed(3), 9)}${pad(r.rucheAccuracyWhenPolar.toFixed(3), 11)}${r.domain}\n`,
    );
  }
  process.stdout.write(
    `\nsentiment ${sentimentRate} texts/s (VADER ${vaderRate}); language ${languageRate} texts/s; ` +
      `watchlist, 200 terms: ${watchRate} items/s indexed vs ${watchFloor} items/s evaluating every term\n\n`,
  );
}
process.stdout.write(JSON.stringify(report) + '\n');
