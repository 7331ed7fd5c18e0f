import { analyseSentiment } from './sentiment';
import { loadSentimentModel } from './sentiment-model';
import { sentimentTokens } from './sentiment-features';
import modelFile from './sentiment-model.json';

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

  it('a factual sentence without opinion words is neutral', () => {
    expect(analyseSentiment('The meeting is on Tuesday at 10 in room B.', 'en').label).toBe('neutral');
  });

  it('undetermined language: the mean of the English and French scores', () => {
    const en = analyseSentiment('super', 'en').score;
    const fr = analyseSentiment('super', 'fr').score;
    expect(analyseSentiment('super', 'und').score).toBeCloseTo((en + fr) / 2, 2);
  });

  it('is fast: tens of thousands of short texts a second', () => {
    const texts = ['Great phone, battery lasts', 'Service horrible et lent', 'Not worth the money', 'Très bon rapport qualité prix'];
    analyseSentiment(texts[0]!, 'en');
    const n = 20_000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) analyseSentiment(texts[i % 4]!, i % 2 ? 'fr' : 'en');
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    // 20,000/s is the target on one core; jest's instrumentation and a shared machine get slack.
    expect(n / seconds).toBeGreaterThan(10_000);
  });
});

describe('loadSentimentModel', () => {
  it('loads the shipped model for fr and en', () => {
    const m = loadSentimentModel(modelFile);
    expect([...m.keys()].sort()).toEqual(['en', 'fr']);
    expect(m.get('en')!.neutralMargin).toBeGreaterThan(0);
  });

  it.each([
    [null],
    ['a string'],
    [{ format: 'other', featureBits: 20, languages: {} }],
    [{ ...modelFile, featureBits: 16 }],
    [{ ...modelFile, languages: { en: { ...modelFile.languages.en, weights: 'AAAA' } } }],
    [{ ...modelFile, languages: { en: { ...modelFile.languages.en, indexes: Buffer.from(Int32Array.from([1 << 22]).buffer).toString('base64'), weights: 'AQA=' } } }],
    [{ ...modelFile, languages: { en: { ...modelFile.languages.en, quantum: -1 } } }],
  ])('refuses a damaged model file %#', (file) => {
    expect(() => loadSentimentModel(file)).toThrow(/sentiment model/);
  });
});
