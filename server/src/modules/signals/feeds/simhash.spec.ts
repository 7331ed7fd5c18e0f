import { SAME_TOPIC_OTHERS, SYNDICATED } from './__fixtures__/syndication';
import { hammingDistance, SAME_STORY_MAX_DISTANCE, simhash64, simhashWords, storyFingerprint, TITLE_FREE_MIN_WORDS } from './simhash';

const fp = (x: { title: string; text: string }): bigint => storyFingerprint(x.title, x.text);
const PG_MIN = -(2n ** 63n);
const PG_MAX = 2n ** 63n - 1n;

describe('simhash64', () => {
  it('is a signed 64-bit value (a PostgreSQL bigint), stable across runs', () => {
    const texts = ['', 'a', 'Maison Lumière', SYNDICATED[0].text, 'x'.repeat(10_000)];
    for (const t of texts) {
      const h = simhash64(t);
      expect(h >= PG_MIN && h <= PG_MAX).toBe(true);
    }
    expect(simhash64('')).toBe(0n);
    expect(simhash64('Orange network outage')).toBe(simhash64('Orange network outage'));
    // Some fingerprints have the top bit set: they must come out negative, not above 2^63 − 1.
    expect(SYNDICATED.concat(SAME_TOPIC_OTHERS as never).some((s) => fp(s) < 0n)).toBe(true);
  });

  it('ignores case, accents, punctuation and function words', () => {
    expect(simhash64('Maison LUMIERE, lance la batterie Solaris !')).toBe(simhash64('maison lumière lance batterie solaris'));
    expect(simhashWords('L’été de l’ÉNERGIE, 2026 !')).toEqual(['ete', 'energie', '2026']);
    // A text made only of function words keeps them rather than hashing nothing.
    expect(simhash64('de la et le')).not.toBe(0n);
  });

  it('leaves the title out of the fingerprint once the text is long enough to stand for the story', () => {
    const long = SYNDICATED[0].text;
    expect(simhashWords(long).length).toBeGreaterThanOrEqual(TITLE_FREE_MIN_WORDS);
    expect(storyFingerprint('A title', long)).toBe(storyFingerprint('Another title entirely', long));
    expect(storyFingerprint('Orange outage', 'Short post.')).not.toBe(storyFingerprint('Clairvoy prices', 'Short post.'));
  });
});

describe('hammingDistance', () => {
  it('counts differing bits, signed or not', () => {
    expect(hammingDistance(0n, 0n)).toBe(0);
    expect(hammingDistance(0n, -1n)).toBe(64);
    expect(hammingDistance(PG_MIN, 0n)).toBe(1);
    expect(hammingDistance(PG_MAX, PG_MIN)).toBe(64);
    expect(hammingDistance(0b1011n, 0b0110n)).toBe(3);
    expect(hammingDistance(-2n, -1n)).toBe(1);
  });
});

describe('SAME_STORY_MAX_DISTANCE on syndicated copies and same-topic stories', () => {
  const copyDistances = SYNDICATED.flatMap((s) => s.copies.map((c) => hammingDistance(fp(s), fp(c))));
  const all = [...SYNDICATED, ...SAME_TOPIC_OTHERS];
  const otherDistances: number[] = [];
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) otherDistances.push(hammingDistance(fp(all[i]), fp(all[j])));
  for (const s of SYNDICATED) for (const c of s.copies) for (const o of SAME_TOPIC_OTHERS) otherDistances.push(hammingDistance(fp(c), fp(o)));

  it('puts every copy (re-titled, trimmed, tracking line added, all at once) within the threshold', () => {
    expect(copyDistances).toHaveLength(16);
    // Measured: 0 10 12 12 | 0 6 11 7 | 0 10 7 13 | 0 10 9 13.
    expect(Math.max(...copyDistances)).toBeLessThanOrEqual(SAME_STORY_MAX_DISTANCE);
  });

  it('keeps every other story on the same topics and brands beyond it, with a margin', () => {
    expect(otherDistances).toHaveLength(167);
    // Measured: 20 at the nearest; unrelated texts average about 32 (half the bits).
    expect(Math.min(...otherDistances)).toBeGreaterThanOrEqual(SAME_STORY_MAX_DISTANCE + 4);
    const mean = otherDistances.reduce((a, b) => a + b, 0) / otherDistances.length;
    expect(mean).toBeGreaterThan(26);
  });

});
