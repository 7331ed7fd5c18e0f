import { franc } from 'franc-min';
import { foldText } from './text-normalise';

/**
 * Language detection: franc (trigram profiles, ISO 639-3) for long texts and non-Latin scripts, and a
 * French/English stop-word and diacritics vote for short Latin-script texts, where trigram statistics
 * are too thin to trust (franc calls "I love it" Serbian and "Orange" Indonesian).
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

// French letters that English text practically never carries.
const FRENCH_DIACRITICS_RE = /[àâçéèêëîïôûùüÿœ]/gi;
const LATIN_LETTER_RE = /\p{Script=Latin}/gu;
const ANY_LETTER_RE = /\p{L}/gu;
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
  const letters = cleaned.match(ANY_LETTER_RE)?.length ?? 0;
  if (letters < 2) return 'und';
  const latin = cleaned.match(LATIN_LETTER_RE)?.length ?? 0;

  // Mostly another script: franc recognises scripts (kana, hangul, Thai…) and Cyrillic/Arabic profiles.
  if (latin < letters / 2) return fromFranc(franc(cleaned.slice(0, FRANC_CHARS), { minLength: 3 }));

  const vote = frenchEnglishVote(cleaned);
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

interface Vote {
  fr: number;
  en: number;
}

function frenchEnglishVote(text: string): Vote {
  const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  let fr = 0;
  let en = 0;
  for (const w of words) {
    if (FRENCH.has(w)) fr++;
    if (ENGLISH.has(w)) en++;
  }
  // Diacritics count for French, at most two so that one accented name does not outvote the words.
  fr += Math.min(2, text.match(FRENCH_DIACRITICS_RE)?.length ?? 0) * 0.75;
  return { fr, en };
}
