import type { AnalysisResult } from '../pipeline/contracts';
import { detectLanguage } from './language';
import { analyseSentiment } from './sentiment';
import { matchWatchTerms, type CompiledWatchTerms } from './watchlist-query';

/** The analyser's whole verdict on one text: language, sentiment, and the ids of the watch terms it matches. */
export function analyzeText(text: string, compiled?: CompiledWatchTerms): AnalysisResult {
  const language = detectLanguage(text);
  return {
    language,
    sentiment: analyseSentiment(text, language),
    terms: compiled ? matchWatchTerms(text, compiled) : [],
  };
}
