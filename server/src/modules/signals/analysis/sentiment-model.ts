import { FEATURE_BITS, LEXICON_BINS, type SentimentLexicon } from './sentiment-features';

/**
 * The shipped sentiment model (sentiment-model.json, written by tools/sentiment/train.mjs): per
 * language a logistic regression over hashed features, stored sparse (int32 bucket indexes, int16
 * quantised weights, both base64) and expanded here once into a dense table for lookups without hashing
 * collisions' bookkeeping.
 */

export interface SentimentModelFile {
  format: string;
  featureBits: number;
  languages: Record<string, LanguageModelFile>;
}

interface LanguageModelFile {
  bias: number;
  neutralMargin: number;
  sharedOnly?: boolean;
  quantum: number;
  sets: string[];
  indexes: string;
  weights: string;
  lexicon: Record<string, string>;
}

export interface LanguageModel {
  bias: number;
  /** |score| below this is neutral; chosen by the trainer on a development fold */
  neutralMargin: number;
  weights: Float32Array;
  /** the language is scored on its language-independent features only (see sentimentFeatures) */
  sharedOnly: boolean;
  /** folded word → polarity class / LEXICON_BINS, fed to sentimentFeatures */
  lexicon: SentimentLexicon;
}

export const SENTIMENT_MODEL_FORMAT = 'ruche-sentiment-lr/2';

/** Checks and expands a model file; throws on anything the inference code could not use as is. */
export function loadSentimentModel(file: unknown): Map<string, LanguageModel> {
  const m = file as SentimentModelFile;
  if (!m || m.format !== SENTIMENT_MODEL_FORMAT || m.featureBits !== FEATURE_BITS || typeof m.languages !== 'object') {
    throw new Error(`sentiment model: expected format ${SENTIMENT_MODEL_FORMAT} with ${FEATURE_BITS}-bit features`);
  }
  const size = 1 << FEATURE_BITS;
  const out = new Map<string, LanguageModel>();
  for (const [lang, l] of Object.entries(m.languages)) {
    const idx = Buffer.from(l.indexes, 'base64');
    const val = Buffer.from(l.weights, 'base64');
    if (idx.length % 4 !== 0 || val.length * 2 !== idx.length || !(l.quantum > 0)) {
      throw new Error(`sentiment model: the "${lang}" weights are damaged`);
    }
    const weights = new Float32Array(size);
    for (let i = 0; i < idx.length / 4; i++) {
      const at = idx.readInt32LE(i * 4);
      if (at < 0 || at >= size) throw new Error(`sentiment model: the "${lang}" weights are damaged`);
      weights[at] = val.readInt16LE(i * 2) * l.quantum;
    }
    const lexicon = new Map<string, number>();
    if (!l.lexicon || typeof l.lexicon !== 'object') throw new Error(`sentiment model: the "${lang}" lexicon is missing`);
    for (const [bin, words] of Object.entries(l.lexicon)) {
      const b = Number(bin);
      if (!Number.isInteger(b) || b === 0 || Math.abs(b) > LEXICON_BINS || typeof words !== 'string') {
        throw new Error(`sentiment model: the "${lang}" lexicon is damaged`);
      }
      for (const word of words.split(' ')) if (word) lexicon.set(word, b / LEXICON_BINS);
    }
    out.set(lang, { bias: Number(l.bias) || 0, neutralMargin: Number(l.neutralMargin) || 0, sharedOnly: l.sharedOnly === true, weights, lexicon });
  }
  return out;
}
