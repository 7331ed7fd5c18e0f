import { franc } from 'franc-min';
import { foldText } from './text-normalise';

/**
 * Language detection: a French/English function-word and diacritics vote, and franc (trigram profiles,
 * ISO 639-3) when the vote does not decide. franc costs ~40 times the vote (most of an ingested item's
 * CPU), so a clear vote — its own words, a margin, no third language's words — answers alone, at any
 * length; otherwise franc decides long texts and non-Latin scripts, and the vote short Latin-script texts,
 * where trigram statistics are too thin to trust (franc calls "I love it" Serbian and "Orange" Indonesian).
 */

/** franc-min's ISO 639-3 codes → ISO 639-1 (codes without a two-letter form map to themselves). */
const ISO_639_1: Record<string, string> = {
  arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', ckb: 'ku', cmn: 'zh',
  deu: 'de', ell: 'el', eng: 'en', fra: 'fr', guj: 'gu', hau: 'ha', hin: 'hi', hrv: 'hr', hun: 'hu',
  ibo: 'ig', ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw', kor: 'ko',
  lin: 'ln', mal: 'ml', mar: 'mr', mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps',
  pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt', ron: 'ro', run: 'rn', rus: 'ru', sin: 'si', som: 'so',
  spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta', tel: 'te', tgl: 'tl', tha: 'th',
  tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo', zlm: 'ms', zul: 'zu', amh: 'am',
};

// Frequent function words, accents folded. Words shared by both languages ("a", "on", "me", "est"…)
// are left out of the side where they are rarer so one shared word cannot decide.
const FRENCH = new Set(
  (
    'le la les un une des du de au aux et ou mais donc car ni que qui quoi dont ce cet cette ces mon ma mes ton ta tes son sa ses ' +
    'notre nos votre vos leur leurs je tu il elle nous vous ils elles y en ne pas plus jamais rien tres trop bien ' +
    'est sont etait etre avoir ai avons avez ont fait suis sommes etes avec pour dans sur sous chez par sans entre vers ' +
    'aussi encore toujours deja ici cela ca c j l d qu n s m t aujourd hui merci bonjour oui non tout tous toute toutes'
  ).split(' '),
);
const ENGLISH = new Set(
  (
    'the a an and or but so of to in on at by for with from into about over under is are was were be been being am ' +
    'have has had do does did not no never this that these those it its i you he she we they me him her us them ' +
    'my your his our their what which who whom whose when where why how very too just also only than then there here ' +
    'will would can could should must may might shall dont doesnt didnt isnt wasnt cant wont s t ll ve re d m thanks hello yes all'
  ).split(' '),
);

/**
 * Frequent function words of the Latin-script languages franc-min knows that the two lists above would
 * take for French or English (Spanish, Italian, Portuguese, German, Dutch, Catalan), accents folded,
 * none of them in either list nor common in French or English text. They only stop the word vote from
 * deciding alone (franc then decides): a Spanish "la de en" must not pass for French.
 */
const OTHER = new Set(
  (
    'el los las del por con una es para lo como pero muy fue esta este su sus al porque cuando hay ser hasta desde donde todo ya yo eso esto ellos tiene han habia puede sin tambien ' +
    'e per fu nell dell di che della dello degli delle nel nella sono gli uno anche questo questa piu molto alla alle dal dalla stato essere hanno suo sua loro perche tutto cosa ' +
    'nao um uma da dos das muito foi ao pelo pela seu isso isto ele ela eles quando ja ' +
    'der die das und ist nicht mit von den dem ein eine einen zu auf fur sich auch wird wurde sind ich sie er wir ihr aber oder wenn noch nach bei aus wie nur schon sehr haben dass diese dieser ' +
    'het een van niet op voor zijn ook maar bij naar uit wordt werd deze ik hij zij wij heeft hebben geen nog wel om als zo echt jij gaat mee ' +
    'amb els perque pel aquest aquesta'
  ).split(' '),
);

/**
 * Words of the two lists just as frequent in those other languages ("la de en que un" is Spanish too,
 * "is in was also" Dutch or German): they count in the vote but cannot make it clear on their own.
 */
const FRENCH_SHARED = new Set('je le la de en que un son ni y ne ou tu il nos vos entre non ma mais ses les ca c d l qu n s m t'.split(' '));
const ENGLISH_SHARED = new Set('a in is was so also will an am of we no me her i s t d m'.split(' '));

// Letters of those languages that French and English text practically never carries.
const OTHER_LETTERS_RE = /[áíóúìòñãõäöß]/gi;

// French letters that English text practically never carries.
const FRENCH_DIACRITICS_RE = /[àâçéèêëîïôûùüÿœ]/gi;
const LATIN_LETTER_RE = /\p{Script=Latin}/u;
const ANY_LETTER_RE = /\p{L}/u;
// URLs, @handles and #tags say nothing of the language around them.
const NOISE_RE = /\bhttps?:\/\/\S+|\bwww\.\S+|[@#][\p{L}\p{N}_]+/gu;

/** Below this many letters, franc's trigram statistics are not trusted for Latin-script text. */
const SHORT_TEXT_LETTERS = 60;
/** Enough text to examine; franc's own accuracy stops improving well before this. */
const MAX_EXAMINED_CHARS = 2_000;
/**
 * What franc reads of it: its cost grows with the text (trigrams × the languages of the script), while
 * a few hundred characters already settle the language (bench/sentiment.mjs measures both).
 */
const FRANC_CHARS = 600;
/** A short text whose function words do not decide, with at least this many letters, goes to franc
 * restricted to French and English (its trigrams are thin, but two candidates are few). */
const SHORT_TEXT_FRANC_LETTERS = 10;

/** 'fr', 'en', another ISO 639-1 code, or 'und' when the text is too short or too ambiguous to tell. */
export function detectLanguage(text: string): string {
  if (typeof text !== 'string') return 'und';
  const cleaned = text.slice(0, MAX_EXAMINED_CHARS).replace(NOISE_RE, ' ');
  const { letters, latin } = countLetters(cleaned);
  if (letters < 2) return 'und';

  // Mostly another script: franc recognises scripts (kana, hangul, Thai…) and Cyrillic/Arabic profiles.
  if (latin < letters / 2) return fromFranc(franc(cleaned.slice(0, FRANC_CHARS), { minLength: 3 }));

  const vote = frenchEnglishVote(cleaned);
  // Function words that clearly say French or English, and none of a third language's: franc (most of
  // an item's analysis time) would only agree.
  const clear = clearVote(vote);
  if (clear) return clear;
  if (letters < SHORT_TEXT_LETTERS) {
    if (vote.fr > vote.en) return 'fr';
    if (vote.en > vote.fr) return 'en';
    // No function word either way ("Great phone", "Service impeccable"): French or English by trigrams.
    if (letters >= SHORT_TEXT_FRANC_LETTERS) return fromFranc(franc(cleaned, { minLength: 3, only: ['fra', 'eng'] }));
    return 'und';
  }
  const guess = fromFranc(franc(cleaned.slice(0, FRANC_CHARS), { minLength: 10 }));
  if (guess === 'fr' || guess === 'en') {
    // franc weighs trigrams, not words: when the function words clearly say the other one (e.g. an
    // English text full of French brand names), the words win.
    const other = guess === 'fr' ? 'en' : 'fr';
    return vote[other] >= 3 && vote[other] > 2 * vote[guess] ? other : guess;
  }
  // franc picked a third language: on 60+ letters its profiles are reliable, and the French word list
  // shares too much with Spanish, Italian or Catalan ("la", "de", "en") to overrule it.
  return guess;
}

function fromFranc(code: string): string {
  return ISO_639_1[code] ?? (code === 'und' ? 'und' : code);
}

/** Letters, and Latin-script letters, of a text (what `match(/\p{L}/gu).length` counts, without the array). */
function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
      letters++;
      latin++;
    } else if (c >= 0x80) {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      if (ANY_LETTER_RE.test(ch)) {
        letters++;
        if (LATIN_LETTER_RE.test(ch)) latin++;
      }
    }
  }
  return { letters, latin };
}

interface Vote {
  fr: number;
  en: number;
  /** the French and English words not in FRENCH_SHARED or ENGLISH_SHARED */
  frOwn: number;
  enOwn: number;
  /** function words and letters of Spanish, Italian, Portuguese, German, Dutch or Catalan */
  other: number;
}

/**
 * A clear vote: at least CLEAR_MIN_VOTES for one side, CLEAR_OWN_WORDS of them its own words (not shared
 * with a third language), CLEAR_RATIO times the other side's and CLEAR_OTHER_RATIO times a third language's.
 */
const CLEAR_MIN_VOTES = 3;
const CLEAR_OWN_WORDS = 2;
const CLEAR_RATIO = 3;
const CLEAR_OTHER_RATIO = 4;

/** French or English when a text's function words alone decide it (then franc is not asked), else undefined. */
export function clearWordVote(text: string): 'fr' | 'en' | undefined {
  return clearVote(frenchEnglishVote(text));
}

function clearVote(vote: Vote): 'fr' | 'en' | undefined {
  const [winner, w, own, l] = vote.fr > vote.en ? (['fr', vote.fr, vote.frOwn, vote.en] as const) : (['en', vote.en, vote.enOwn, vote.fr] as const);
  if (own < CLEAR_OWN_WORDS) return undefined;
  // Two own words and nothing else ("the … and"), or a margin.
  if (l === 0 && vote.other === 0) return winner;
  if (w < CLEAR_MIN_VOTES || w < CLEAR_RATIO * l || w < CLEAR_OTHER_RATIO * vote.other) return undefined;
  return winner;
}

function frenchEnglishVote(text: string): Vote {
  const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  let fr = 0;
  let en = 0;
  let frOwn = 0;
  let enOwn = 0;
  let other = 0;
  for (const w of words) {
    if (FRENCH.has(w)) {
      fr++;
      if (!FRENCH_SHARED.has(w)) frOwn++;
    }
    if (ENGLISH.has(w)) {
      en++;
      if (!ENGLISH_SHARED.has(w)) enOwn++;
    }
    if (OTHER.has(w)) other++;
  }
  other += Math.min(2, text.match(OTHER_LETTERS_RE)?.length ?? 0) * 0.75;
  // Diacritics count for French, at most two so that one accented name does not outvote the words.
  const diacritics = Math.min(2, text.match(FRENCH_DIACRITICS_RE)?.length ?? 0) * 0.75;
  fr += diacritics;
  frOwn += diacritics;
  return { fr, en, frOwn, enOwn, other };
}
