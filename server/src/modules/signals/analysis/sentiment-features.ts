import { foldText } from './text-normalise';

/**
 * Feature extraction of the sentiment model, shared by inference (sentiment.ts) and the offline trainer
 * (tools/sentiment/train.mjs loads the compiled copy of this file), so both see a text the same way.
 *
 * A text becomes hashed features (the hashing trick: no vocabulary to ship, unseen words cost nothing):
 *   - words, accents folded, with negation scope marked: after "not", "never", "n't", "ne", "pas",
 *     "jamais", "sans"… the next words up to punctuation (at most NEGATION_SCOPE of them) get a "¬" prefix,
 *     so "not good" and "pas bon" learn their own weights (Das & Chen 2001; Pang et al. 2002);
 *   - word bigrams over the marked words ("very good", "¬vraiment ¬bon");
 *   - character 4-grams of each word with boundary marks, which carry inflections, typos and
 *     compounds ("décevant", "décevante", "déçu" share "^dec");
 *   - "!" runs, "?" and emoticons/emoji as tokens of their own.
 */

/** 2^20 buckets: collisions stay rare for a vocabulary of a few hundred thousand n-grams. */
export const FEATURE_BITS = 20;
export const FEATURE_MASK = (1 << FEATURE_BITS) - 1;
export const NEGATION_SCOPE = 4;
/** Texts are cut here: sentiment is decided well before, and it bounds the cost of one item. */
export const MAX_FEATURE_CHARS = 5_000;

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
const CLAUSE_END = new Set(['.', ',', ';', ':']);

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
 * repeated word is what a bag of words does). Appends to `into` to spare allocations on the hot path.
 */
export function sentimentFeatures(text: string, into: number[] = []): number[] {
  const tokens = sentimentTokens(text);
  let prev = '^';
  for (const t of tokens) {
    into.push(hashFeature(`w:${t}`) & FEATURE_MASK);
    into.push(hashFeature(`b:${prev} ${t}`) & FEATURE_MASK);
    prev = t;
    const word = t.startsWith('¬') ? t.slice(1) : t;
    if (word.length >= 4 && /^\p{L}/u.test(word)) {
      const marked = `^${word}$`;
      const neg = word === t ? '' : '¬';
      for (let i = 0; i + 4 <= marked.length; i++) into.push(hashFeature(`c:${neg}${marked.slice(i, i + 4)}`) & FEATURE_MASK);
    }
  }
  if (tokens.length > 0) into.push(hashFeature(`b:${prev} $`) & FEATURE_MASK);
  return into;
}
