import { analyseSentiment } from './sentiment';
import { loadSentimentModel } from './sentiment-model';
import {
  MAX_FEATURE_CHARS,
  FEATURE_MASK,
  LEXICON_FEATURES,
  MAX_SEGMENTS,
  hashFeature,
  sentimentFeatures,
  sentimentSegments,
  sentimentTokens,
} from './sentiment-features';
import modelFile from './sentiment-model.json';

const shipped = loadSentimentModel(modelFile);
const L = (name: string) => hashFeature(name) & FEATURE_MASK;

describe('analyseSentiment', () => {
  it.each([
    ['This product is excellent, I love it!', 'en', 'positive'],
    ['Terrible service, the worst experience ever.', 'en', 'negative'],
    ['Ce produit est excellent, je l’adore !', 'fr', 'positive'],
    ['Service horrible, je suis très déçu.', 'fr', 'negative'],
  ])('%p (%s) is %s', (text, lang, label) => {
    const r = analyseSentiment(text, lang);
    expect(r.label).toBe(label);
    expect(Math.sign(r.score)).toBe(label === 'positive' ? 1 : -1);
  });

  it('handles negation scope', () => {
    expect(analyseSentiment('The battery is good', 'en').score).toBeGreaterThan(analyseSentiment('The battery is not good', 'en').score);
    expect(analyseSentiment("La batterie est bonne", 'fr').score).toBeGreaterThan(analyseSentiment("La batterie n'est pas bonne", 'fr').score);
    expect(sentimentTokens("n'est pas bon. Super")).toEqual(['n', '¬est', 'pas', '¬bon', 'super']);
    expect(sentimentTokens("I don't like it but fine")).toEqual(['i', 'do', 'not', '¬like', '¬it', 'but', 'fine']);
  });

  it('scores lie in (-1, 1); empty, wrong-typed and unsupported-language texts are neutral 0', () => {
    for (const text of ['', '   ', null, 12, {}]) {
      expect(analyseSentiment(text as string, 'en')).toEqual({ score: 0, label: 'neutral' });
    }
    expect(analyseSentiment('Das ist ein sehr gutes Produkt', 'de')).toEqual({ score: 0, label: 'neutral' });
    const r = analyseSentiment('great great great great excellent wonderful perfect '.repeat(2000), 'en');
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThan(1);
  });

  it('a factual sentence without a lexicon word is neutral, whatever the lean of its words', () => {
    expect(analyseSentiment('The meeting is on Tuesday at 10 in room B.', 'en').label).toBe('neutral');
    expect(analyseSentiment('La réunion a lieu mardi à 10 h en salle B.', 'fr').label).toBe('neutral');
    // French sees no word but its lexicon's: nothing here has a weight, so the score is 0, not the bias.
    expect(analyseSentiment('Orange publie ses résultats trimestriels jeudi.', 'fr')).toEqual({ score: 0, label: 'neutral' });
  });

  it('French is scored through its lexicon: inflected forms, negation and emoticons count', () => {
    // "décevantes" is not in any source lexicon ("décevant" is): the trainer adds regular inflections.
    expect(shipped.get('fr')!.lexicon.get('decevantes')).toBeLessThan(0);
    expect(analyseSentiment('Des finitions décevantes.', 'fr').label).toBe('negative');
    expect(analyseSentiment('Le film est bon.', 'fr').score).toBeGreaterThan(analyseSentiment("Le film n'est pas bon.", 'fr').score);
    expect(analyseSentiment('Livraison reçue :(', 'fr').label).toBe('negative');
    expect(analyseSentiment('Livraison reçue :)', 'fr').label).toBe('positive');
  });

  it('a long text is the mean of its sentences, so a review is not judged by its length', () => {
    const m = shipped.get('en')!;
    const sentences = ['The screen is superb.', 'The case feels cheap and flimsy.', 'Delivery took a week.'];
    let total = 0;
    for (const s of sentences) {
      const f = sentimentFeatures(s, m.lexicon);
      total += f.reduce((sum, i) => sum + m.weights[i]!, 0) / Math.sqrt(f.length);
    }
    const z = m.bias + total / sentences.length;
    expect(analyseSentiment(sentences.join(' '), 'en').score).toBeCloseTo(2 / (1 + Math.exp(-z)) - 1, 3);
  });

  it('survives hostile text: control characters, lone surrogates, thousands of sentences, a megabyte', () => {
    for (const text of ['\u0000\u0007\u001b[31m', '\ud800\udfff\ud800', '!!!???...', '🙂🙂🙂', 'a. '.repeat(10_000)]) {
      const r = analyseSentiment(text, 'en');
      expect(Math.abs(r.score)).toBeLessThan(1);
      expect(['positive', 'negative', 'neutral']).toContain(r.label);
    }
    // Only the first MAX_FEATURE_CHARS are read: a megabyte weighs what its first 5,000 characters do.
    const megabyte = 'Terrible. '.repeat(100_000);
    expect(analyseSentiment(megabyte, 'en')).toEqual(analyseSentiment(megabyte.slice(0, MAX_FEATURE_CHARS), 'en'));
  });

  it('undetermined language: the mean of the English and French scores', () => {
    const en = analyseSentiment('super', 'en').score;
    const fr = analyseSentiment('super', 'fr').score;
    expect(analyseSentiment('super', 'und').score).toBeCloseTo((en + fr) / 2, 2);
    // A word only English weighs: French contributes 0, not its bias.
    expect(analyseSentiment('battery', 'fr').score).toBe(0);
    expect(analyseSentiment('battery', 'und').score).toBeCloseTo(analyseSentiment('battery', 'en').score / 2, 2);
  });
});

describe('sentiment features', () => {
  it('cuts sentences after . ! ? … and at line breaks, drops empty ones, keeps at most MAX_SEGMENTS', () => {
    expect(sentimentSegments('Great. Awful!  Why? Fine… ok\n\nnext line')).toEqual(['Great.', 'Awful!', 'Why?', 'Fine…', 'ok', 'next line']);
    expect(sentimentSegments('  ... !!! ')).toEqual([]);
    expect(sentimentSegments('v1.2 is out')).toEqual(['v1.2 is out']);
    const many = sentimentSegments('Bad. '.repeat(500));
    expect(many).toHaveLength(MAX_SEGMENTS);
    expect(many[MAX_SEGMENTS - 1]!.startsWith('Bad. Bad.')).toBe(true);
  });

  it('fires a lexicon class per lexicon word, marked in a negation scope', () => {
    const lexicon = new Map([['good', 0.5]]);
    expect(sentimentFeatures('good', lexicon)).toContain(L('L:2'));
    expect(sentimentFeatures('not good', lexicon)).toContain(L('L:¬2'));
    expect(sentimentFeatures('not good', lexicon)).not.toContain(L('L:2'));
    expect(sentimentFeatures('good')).not.toContain(L('L:2'));
    expect(LEXICON_FEATURES.has(L('L:-4'))).toBe(true);
    expect(LEXICON_FEATURES.size).toBe(16);
  });

  it('shared-only features keep lexicon classes, punctuation and emoticons, and no word', () => {
    const lexicon = new Map([['bon', 0.7]]);
    const shared = sentimentFeatures("Pas bon, vraiment pas !!! :(", lexicon, [], true);
    expect(shared.sort()).toEqual([L('L:¬3'), L('w:!!'), L('w::(')].sort());
    expect(sentimentFeatures('vraiment', lexicon, [], true)).toEqual([]);
  });
});

describe('loadSentimentModel', () => {
  it('loads the shipped model for fr and en', () => {
    const m = loadSentimentModel(modelFile);
    expect([...m.keys()].sort()).toEqual(['en', 'fr']);
    expect(m.get('en')!.neutralMargin).toBeGreaterThan(0);
    expect(m.get('en')!.sharedOnly).toBe(false);
    // French has no labelled texts to ship: its model is the shared features learnt from English.
    expect(m.get('fr')!.sharedOnly).toBe(true);
    expect(m.get('en')!.lexicon.get('excellent')).toBeGreaterThan(0.5);
    expect(m.get('fr')!.lexicon.get('horrible')).toBeLessThan(0);
  });

  it.each([
    [null],
    ['a string'],
    [{ format: 'other', featureBits: 20, languages: {} }],
    [{ ...modelFile, featureBits: 16 }],
    [{ ...modelFile, languages: { en: { ...modelFile.languages.en, weights: 'AAAA' } } }],
    [{ ...modelFile, languages: { en: { ...modelFile.languages.en, indexes: Buffer.from(Int32Array.from([1 << 22]).buffer).toString('base64'), weights: 'AQA=' } } }],
    [{ ...modelFile, languages: { en: { ...modelFile.languages.en, quantum: -1 } } }],
    [{ ...modelFile, languages: { en: { ...modelFile.languages.en, lexicon: undefined } } }],
    [{ ...modelFile, languages: { en: { ...modelFile.languages.en, lexicon: { '9': 'good' } } } }],
    [{ ...modelFile, languages: { en: { ...modelFile.languages.en, lexicon: { x: 'good' } } } }],
    [{ ...modelFile, languages: { en: { ...modelFile.languages.en, lexicon: { '2': ['good'] } } } }],
  ])('refuses a damaged model file %#', (file) => {
    expect(() => loadSentimentModel(file)).toThrow(/sentiment model/);
  });
});
