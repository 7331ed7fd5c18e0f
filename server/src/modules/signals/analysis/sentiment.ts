import type { SentimentLabel, SentimentResult } from '../pipeline/contracts';
import { sentimentFeatures } from './sentiment-features';
import { loadSentimentModel, type LanguageModel } from './sentiment-model';
import modelFile from './sentiment-model.json';

/**
 * French and English sentiment: score in (−1, 1) from the shipped logistic-regression model
 * (tools/sentiment/train.mjs explains how it was made, data/sentiment/ what it was made from).
 *
 *   score = 2·sigmoid(bias + Σ w_f / √n) − 1     over the n hashed features f of the text
 *   label = neutral when |score| < the language's calibrated neutral margin, else by its sign
 *
 * A text in another language, or with no word the model knows, is neutral with score 0. A text whose
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
    return result((en.score + fr.score) / 2, (en.margin + fr.margin) / 2, en.known || fr.known);
  }
  const r = raw(text, language);
  return r ? result(r.score, r.margin, r.known) : { ...NEUTRAL };
}

interface RawScore {
  score: number;
  margin: number;
  known: boolean;
}

const features: number[] = [];

function raw(text: string, language: string): RawScore | null {
  const m = model(language);
  if (!m) return null;
  features.length = 0;
  sentimentFeatures(text, features);
  let sum = 0;
  let known = false;
  for (const f of features) {
    const w = m.weights[f]!;
    if (w !== 0) known = true;
    sum += w;
  }
  const z = m.bias + (features.length ? sum / Math.sqrt(features.length) : 0);
  return { score: 2 / (1 + Math.exp(-z)) - 1, margin: m.neutralMargin, known };
}

function result(score: number, margin: number, known: boolean): SentimentResult {
  if (!known) return { ...NEUTRAL };
  // Three decimals, never reaching ±1 by rounding: the contract's scale is open at both ends.
  const rounded = Math.max(-0.999, Math.min(0.999, Math.round(score * 1000) / 1000));
  const label: SentimentLabel = Math.abs(score) < margin ? 'neutral' : score > 0 ? 'positive' : 'negative';
  return { score: rounded, label };
}
