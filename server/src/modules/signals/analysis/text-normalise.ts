/**
 * Text folding and word splitting shared by language detection, sentiment and watchlist matching, so
 * that "Élysée", "ELYSEE" and "elysée" are one word everywhere and "l'Orange" splits into "l" + "orange".
 */

// Letters that NFKD does not decompose into a base letter plus marks.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };
const LIGATURE_RE = /[œæßøđłı]/g;
const MARKS_RE = /\p{M}+/gu;

/** Lower case, accents removed, ligatures spelt out: the form every comparison works on. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
}

// A word is a run of letters and digits; apostrophes, hyphens and every other character separate words,
// so French elisions (l', d', qu') become words of their own and "orangeade" stays one word.
const WORD_RE = /[\p{L}\p{N}]+/gu;

/** The folded words of a text, in order. */
export function foldedWords(text: string): string[] {
  return foldText(text).match(WORD_RE) ?? [];
}
