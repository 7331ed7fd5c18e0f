/**
 * 64-bit SimHash (Charikar, "Similarity estimation techniques from rounding algorithms", STOC 2002) over
 * word shingles, for near-duplicate stories: syndicated copies of one article differ in a few bits, other
 * articles on the same topic in many (about 32 for unrelated texts). As used by Manku, Jain & Das Sarma,
 * "Detecting near-duplicates for web crawling" (WWW 2007), who found k = 3 of 64 bits right for whole web
 * pages; feed items are short, so a copy with a new title or a tracking line moves more of the shingles,
 * and the threshold is set from the measurements below instead.
 */

/** Words per shingle: 2-word shingles keep some word order without making one changed word move three shingles. */
const SHINGLE_WORDS = 2;

/**
 * Hamming distance at or under which two fingerprints are the same story. Measured on the texts of
 * __fixtures__/syndication.ts (simhash.spec.ts): syndicated copies of 60-word stories (re-titled, trimmed
 * by a quarter, a tracking line added, all at once) land at 0–13 bits, other stories on the same topics
 * and brands at 20 and more (unrelated texts average 32). 16 sits in that gap, nearer the copies: a wrong
 * merge hides a story, a missed one only shows a copy twice. Longer texts give copies smaller distances.
 */
export const SAME_STORY_MAX_DISTANCE = 16;

/**
 * Lower-cased words without accents ("Lumière" and "LUMIERE" are one word), letters and digits only, the
 * commonest FR/EN function words left out: shared "de la", "of the" made unrelated texts look closer
 * (measured on the fixtures: farthest copy 17 → 13 bits, nearest other story 22 → 20: a wider gap). Texts of only such words keep them.
 */
export function simhashWords(text: string): string[] {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length >= 3 ? kept : words;
}

/** The commonest function words of French and English news text. */
const STOP_WORDS = new Set(
  ('a an and are as at be by for from has have in is it its of on or that the this to was were will with ' +
    'au aux avec ce ces d dans de des du elle en est et il ils l la le les leur n ne par pas plus pour qu que qui s sa se ses son sur un une').split(' '),
);

/**
 * Two independent 32-bit hashes of a string (cyrb53's mixing, by bryc, public domain; both halves kept),
 * so a 64-bit feature hash costs plain 32-bit arithmetic instead of BigInt.
 */
function hashWord(s: string, out: Uint32Array, at: number): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[at] = h1 >>> 0;
  out[at + 1] = h2 >>> 0;
}

/** Mixes a shingle's word hashes in order (murmur3's fmix32 over a rotate-xor chain): "a b" and "b a" differ. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Words of body text from which the title is left out of a story's fingerprint (see storyFingerprint). */
export const TITLE_FREE_MIN_WORDS = 20;

/**
 * The fingerprint of an item: its text's SimHash when the text is long enough to stand for the story,
 * else of its title and text. Syndication re-titles copies far more often than it rewrites them, and a new
 * title alone moved copies of 60-word texts by about ten bits (measured on __fixtures__/syndication.ts).
 */
export function storyFingerprint(title: string, text: string): bigint {
  const words = simhashWords(text);
  return simhashOfWords(words.length >= TITLE_FREE_MIN_WORDS ? words : simhashWords(`${title} ${text}`));
}

/** SimHash of a text as a signed 64-bit integer (fits PostgreSQL bigint). Empty text is 0. */
export function simhash64(text: string): bigint {
  return simhashOfWords(simhashWords(text));
}

function simhashOfWords(words: string[]): bigint {
  if (!words.length) return 0n;
  // Each word hashed once; a shingle's 64 bits are mixed from its words' hashes, no string built.
  const wordHashes = new Uint32Array(words.length * 2);
  for (let i = 0; i < words.length; i++) hashWord(words[i], wordHashes, i * 2);
  const votes = new Int32Array(64);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < count; i++) {
    let lo = 0x9e3779b9;
    let hi = 0x7f4a7c15;
    for (let k = i; k < Math.min(i + SHINGLE_WORDS, words.length); k++) {
      lo = fmix32(((lo << 5) | (lo >>> 27)) ^ wordHashes[k * 2]);
      hi = fmix32(((hi << 5) | (hi >>> 27)) ^ wordHashes[k * 2 + 1]);
    }
    for (let bit = 0; bit < 32; bit++) {
      votes[bit] += (lo >>> bit) & 1 ? 1 : -1;
      votes[bit + 32] += (hi >>> bit) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (votes[bit] > 0) lo |= 1 << bit;
    if (votes[bit + 32] > 0) hi |= 1 << bit;
  }
  return BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
}

function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** A 64-bit fingerprint as its high and low 32 bits, for many distance computations without BigInt arithmetic. */
export interface FingerprintWords {
  hi: number;
  lo: number;
}

export function fingerprintWords(fingerprint: bigint): FingerprintWords {
  const x = BigInt.asUintN(64, fingerprint);
  return { hi: Number(x >> 32n) | 0, lo: Number(x & 0xffffffffn) | 0 };
}

/** hammingDistance on fingerprints already split by fingerprintWords. */
export function wordsDistance(a: FingerprintWords, b: FingerprintWords): number {
  return popcount32(a.hi ^ b.hi) + popcount32(a.lo ^ b.lo);
}

/** Number of differing bits between two 64-bit fingerprints (signed or unsigned, the bits are what count). */
export function hammingDistance(a: bigint, b: bigint): number {
  return wordsDistance(fingerprintWords(a), fingerprintWords(b));
}
