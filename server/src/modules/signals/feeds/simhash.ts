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
 * by a quarter, a tracking line added, all at once) land at 0–14 bits, other stories on the same topics
 * and brands at 22 and more (unrelated texts average 32). 16 sits in that gap, nearer the copies: a wrong
 * merge hides a story, a missed one only shows a copy twice. Longer texts give copies smaller distances.
 */
export const SAME_STORY_MAX_DISTANCE = 16;

/**
 * Lower-cased words without accents ("Lumière" and "LUMIERE" are one word), letters and digits only, the
 * commonest FR/EN function words left out: shared "de la", "of the" made unrelated texts look closer
 * (measured: nearest other story 21 → 22 bits away, farthest copy 15 → 14). Texts of only such words keep them.
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
function hash64(s: string, out: Uint32Array): void {
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
  out[0] = h1 >>> 0;
  out[1] = h2 >>> 0;
}

/** Words of body text from which the title is left out of a story's fingerprint (see storyFingerprint). */
export const TITLE_FREE_MIN_WORDS = 20;

/**
 * The fingerprint of an item: its text's SimHash when the text is long enough to stand for the story,
 * else of its title and text. Syndication re-titles copies far more often than it rewrites them, and a new
 * title moved re-titled copies 8–12 bits on texts of 60 words (measured in simhash.spec.ts).
 */
export function storyFingerprint(title: string, text: string): bigint {
  return simhashWords(text).length >= TITLE_FREE_MIN_WORDS ? simhash64(text) : simhash64(`${title} ${text}`);
}

/** SimHash of a text as a signed 64-bit integer (fits PostgreSQL bigint). Empty text is 0. */
export function simhash64(text: string): bigint {
  const words = simhashWords(text);
  if (!words.length) return 0n;
  const votes = new Int32Array(64);
  const h = new Uint32Array(2);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < count; i++) {
    hash64(words.slice(i, i + SHINGLE_WORDS).join(' '), h);
    for (let bit = 0; bit < 32; bit++) {
      votes[bit] += (h[0] >>> bit) & 1 ? 1 : -1;
      votes[bit + 32] += (h[1] >>> bit) & 1 ? 1 : -1;
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

/** Number of differing bits between two 64-bit fingerprints (signed or unsigned, the bits are what count). */
export function hammingDistance(a: bigint, b: bigint): number {
  const x = BigInt.asUintN(64, a ^ b);
  return popcount32(Number(x & 0xffffffffn)) + popcount32(Number(x >> 32n));
}
