import type { SentimentLabel, SentimentResult } from '../pipeline/contracts';
import { LEXICON_FEATURES, sentimentFeatures, sentimentSegments } from './sentiment-features';
import { loadSentimentModel, type LanguageModel } from './sentiment-model';
import modelFile from './sentiment-model.json';

/**
 * French and English sentiment: score in (−1, 1) from the shipped logistic-regression model
 * (tools/sentiment/train.mjs explains how it was made, data/sentiment/ what it was made from).
 *
 *   score = 2·sigmoid(bias + mean over the text's sentences of Σ w_f / √n) − 1
 *           (f the n hashed features of one sentence)
 *   label = neutral when |score| < the language's calibrated neutral margin, else by its sign
 *
 * A text in another language, or with no feature the model has a weight for, is neutral with score 0
 * (the bias alone is the training texts' prior, not a reading of this text; French, scored on lexicon
 * classes and punctuation only, meets this often in news). A text with no word or emoticon of the language's
 * lexicon is labelled neutral whatever its score: the model learnt its other words from reviews, where
 * "battery" or "room" lean one way, and a news item made only of such words states no opinion. Its
 * score is kept (it is the model's lean, and the hub can see it). A text whose
 * language is undetermined ('und': often a short one) gets the mean of the English and French scores.
 */

let models: Map<string, LanguageModel> | null = null;
function model(lang: string): LanguageModel | undefined {
  // Expanded on first use (about 8 MB of weight tables) so that importing the module costs nothing.
  models ??= loadSentimentModel(modelFile);
  return models.get(lang);
}

const NEUTRAL: SentimentResult = { score: 0, label: 'neutral' };

/** Sentiment of a text in the given language ('fr', 'en', 'und' or another code). */
export function analyseSentiment(text: string, language: string): SentimentResult {
  if (typeof text !== 'string' || text.trim() === '') return { ...NEUTRAL };
  if (language === 'und') {
    const en = raw(text, 'en');
    const fr = raw(text, 'fr');
    if (!en || !fr) return { ...NEUTRAL };
    // Each language's score as it would report it (0 when nothing in the text has a weight there).
    const scoreOf = (r: RawScore) => (r.weighted ? r.score : 0);
    return result((scoreOf(en) + scoreOf(fr)) / 2, (en.margin + fr.margin) / 2, en.known || fr.known, en.weighted || fr.weighted);
  }
  const r = raw(text, language);
  return r ? result(r.score, r.margin, r.known, r.weighted) : { ...NEUTRAL };
}

interface RawScore {
  score: number;
  margin: number;
  /** the text has a word or emoticon of the language's lexicon: evidence of an opinion */
  known: boolean;
  /** some feature of the text has a weight: without one, the score would be the bias alone */
  weighted: boolean;
}

const features: number[] = [];

function raw(text: string, language: string): RawScore | null {
  const m = model(language);
  if (!m) return null;
  // z = bias + mean over sentences of (Σ w_f / √n_sentence): the trainer fits exactly this form.
  const segments = sentimentSegments(text);
  let total = 0;
  let known = false;
  let weighted = false;
  for (const segment of segments) {
    features.length = 0;
    sentimentFeatures(segment, m.lexicon, features, m.sharedOnly);
    let sum = 0;
    for (const f of features) {
      const w = m.weights[f]!;
      sum += w;
      if (w !== 0) weighted = true;
      if (!known && LEXICON_FEATURES.has(f)) known = true;
    }
    if (features.length) total += sum / Math.sqrt(features.length);
  }
  const z = m.bias + (segments.length ? total / segments.length : 0);
  return { score: 2 / (1 + Math.exp(-z)) - 1, margin: m.neutralMargin, known, weighted };
}

function result(score: number, margin: number, known: boolean, weighted: boolean): SentimentResult {
  // Nothing in the text moved the score: the bias alone (the training texts' prior) says nothing of it.
  if (!weighted) return { ...NEUTRAL };
  // Three decimals, never reaching ±1 by rounding: the contract's scale is open at both ends.
  const rounded = Math.max(-0.999, Math.min(0.999, Math.round(score * 1000) / 1000));
  const label: SentimentLabel = !known || Math.abs(score) < margin ? 'neutral' : score > 0 ? 'positive' : 'negative';
  return { score: rounded, label };
}
