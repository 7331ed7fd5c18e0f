import { foldText } from './text-normalise';

/**
 * Feature extraction of the sentiment model, shared by inference (sentiment.ts) and the offline trainer
 * (tools/sentiment/train.mjs loads the compiled copy of this file), so both see a text the same way.
 *
 * A text becomes hashed features (the hashing trick: no vocabulary to ship, unseen words cost nothing):
 *   - words, accents folded, with negation scope marked: after "not", "never", "n't", "ne", "pas",
 *     "jamais", "sans"… the next words up to punctuation (at most NEGATION_SCOPE of them) get a "¬" prefix,
 *     so "not good" and "pas bon" learn their own weights (Das & Chen 2001; Pang et al. 2002);
 *   - word bigrams over the marked words ("very good", "¬vraiment ¬bon"). No character n-grams: with
 *     1,500 labelled sentences they fitted the training domains' spelling and cost accuracy on the
 *     held-out domain of the trainer's cross-domain check (Amazon ↔ Yelp: 0.838/0.842 with, 0.843/0.857
 *     without);
 *   - "!" runs, "?" and emoticons/emoji as tokens of their own;
 *   - lexicon classes: a word found in the language's sentiment lexicon (shipped inside the model file)
 *     also fires "L:<class>", its polarity bucketed into LEXICON_BINS steps per sign and marked "¬" in a
 *     negation scope. These few features are shared by every opinion word, so what the labelled texts
 *     teach about "a strongly positive word" reaches the thousands of lexicon words they never contain:
 *     that is what carries the model to other domains (films when it was trained on products).
 */

/** 2^20 buckets: collisions stay rare for a vocabulary of a few hundred thousand n-grams. */
export const FEATURE_BITS = 20;
export const FEATURE_MASK = (1 << FEATURE_BITS) - 1;
export const NEGATION_SCOPE = 4;
/** Texts are cut here: sentiment is decided well before, and it bounds the cost of one item. */
export const MAX_FEATURE_CHARS = 5_000;

/** Polarity classes per sign: lexicon values in [−1, 1] are bucketed to round(|v|·LEXICON_BINS). */
export const LEXICON_BINS = 4;

/** The hashed indexes of every lexicon-class feature: their presence is a text's evidence of opinion. */
export const LEXICON_FEATURES: ReadonlySet<number> = new Set(
  Array.from({ length: 2 * LEXICON_BINS + 1 }, (_, i) => i - LEXICON_BINS)
    .filter((bin) => bin !== 0)
    .flatMap((bin) => [`L:${bin}`, `L:¬${bin}`])
    .map((name) => hashFeature(name) & FEATURE_MASK),
);

/** Folded word → polarity in [−1, 1]; built by the trainer, stored in the model file. */
export type SentimentLexicon = ReadonlyMap<string, number>;

const NEGATORS = new Set([
  // English ("n't" is rewritten to "not" before splitting)
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'nor', 'neither', 'without', 'hardly', 'barely', 'cannot',
  // French ("n'" becomes the word "n")
  'ne', 'n', 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'guere', 'nullement',
]);
/** Words that close a negation scope as punctuation does: "not great but fine". */
const SCOPE_BREAKERS = new Set(['but', 'however', 'mais', 'cependant', 'pourtant', 'toutefois', 'though']);

// Tokens: words, "!"/"?" runs, ASCII emoticons, emoji; everything else separates.
const TOKEN_RE = /[\p{L}\p{N}]+|!+|\?+|[:;=8][-'o^]?[)(\]\[dpo/\\|*3]+|<3+|\p{Extended_Pictographic}|[.,;:]/gu;
const WORD_START_RE = /^[\p{L}\p{N}]/u;
const CLAUSE_END = new Set(['.', ',', ';', ':']);

/**
 * A text's sentences, the unit the model is trained on (labelled sentences and short reviews): a long
 * text's score is the mean of its sentences' margins (sentiment.ts), so that a many-sentence review is
 * judged sentence by sentence instead of as one bag whose sum grows with its length. Cut after . ! ? …
 * followed by a space, and at line breaks; at most MAX_SEGMENTS, the last one keeping the rest.
 */
export const MAX_SEGMENTS = 64;
const SENTENCE_END_RE = /(?<=[.!?…])\s+|\n+/;

export function sentimentSegments(text: string): string[] {
  const cut = text.length > MAX_FEATURE_CHARS ? text.slice(0, MAX_FEATURE_CHARS) : text;
  const parts = cut.split(SENTENCE_END_RE).filter((p) => /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(p));
  if (parts.length <= MAX_SEGMENTS) return parts;
  return [...parts.slice(0, MAX_SEGMENTS - 1), parts.slice(MAX_SEGMENTS - 1).join(' ')];
}

/** FNV-1a 32-bit: fast, well spread, and the same in the trainer and in the server. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The marked tokens of a text (exported for tests and explanations). */
export function sentimentTokens(text: string): string[] {
  const prepared = foldText(text.length > MAX_FEATURE_CHARS ? text.slice(0, MAX_FEATURE_CHARS) : text)
    .replace(/n['’]t\b/g, ' not')
    .replace(/['’]/g, ' ');
  const raw = prepared.match(TOKEN_RE) ?? [];
  const out: string[] = [];
  let scope = 0;
  for (const t of raw) {
    if (CLAUSE_END.has(t) || t.startsWith('!') || t.startsWith('?') || SCOPE_BREAKERS.has(t)) {
      scope = 0;
      // "!!!!" and "!!" are one feature: a run of two or more.
      if (t.startsWith('!') || t.startsWith('?')) out.push(t.slice(0, 2));
      else if (!CLAUSE_END.has(t)) out.push(t);
      continue;
    }
    if (NEGATORS.has(t)) {
      out.push(t);
      scope = NEGATION_SCOPE;
      continue;
    }
    if (scope > 0) {
      out.push(`¬${t}`);
      scope--;
    } else out.push(t);
  }
  return out;
}

/**
 * Hashed feature indexes of a text (duplicates kept: counts matter little, and summing weights of a
 * repeated word is what a bag of words does). `lexicon` adds the lexicon-class features (see above).
 * `sharedOnly` keeps only what means the same in every language — lexicon classes and the unigrams of
 * punctuation runs, emoticons and emoji — for a language the model knows through its lexicon alone.
 * Appends to `into` to spare allocations on the hot path.
 */
export function sentimentFeatures(text: string, lexicon?: SentimentLexicon, into: number[] = [], sharedOnly = false): number[] {
  const tokens = sentimentTokens(text);
  let prev = '^';
  for (const t of tokens) {
    const negated = t.startsWith('¬');
    const word = negated ? t.slice(1) : t;
    if (sharedOnly) {
      if (!WORD_START_RE.test(word)) into.push(hashFeature(`w:${t}`) & FEATURE_MASK);
    } else {
      into.push(hashFeature(`w:${t}`) & FEATURE_MASK);
      into.push(hashFeature(`b:${prev} ${t}`) & FEATURE_MASK);
      prev = t;
    }
    const polarity = lexicon?.get(word);
    if (polarity !== undefined) {
      const bin = Math.round(polarity * LEXICON_BINS);
      if (bin !== 0) into.push(hashFeature(`L:${negated ? '¬' : ''}${bin}`) & FEATURE_MASK);
    }
  }
  if (tokens.length > 0 && !sharedOnly) into.push(hashFeature(`b:${prev} $`) & FEATURE_MASK);
  return into;
}
