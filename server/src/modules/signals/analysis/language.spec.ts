import { clearWordVote, detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ['Le service client a été vraiment nul avec moi.', 'fr'],
    ['Je suis très content', 'fr'],
    ['Génial !', 'fr'],
    ["C'est top", 'fr'],
    ['The customer service was really bad with me.', 'en'],
    ['I love it', 'en'],
    ['This is not what we ordered', 'en'],
  ])('short text %p → %p', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('long French and English texts', () => {
    expect(
      detectLanguage(
        "La nouvelle gamme d'éclairage connecté a été présentée hier à Lyon devant les distributeurs, qui ont salué la qualité de finition et le prix annoncé.",
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'The new connected lighting range was presented yesterday in Lyon to distributors, who praised the build quality and the announced price.',
      ),
    ).toBe('en');
  });

  it('other languages, by profile and by script', () => {
    expect(detectLanguage('Die neue Produktreihe wurde gestern in Berlin vorgestellt und von den Händlern sehr gelobt.')).toBe('de');
    expect(detectLanguage('La nueva gama de productos fue presentada ayer en Madrid y los distribuidores la elogiaron mucho.')).toBe('es');
    expect(detectLanguage('Это очень хороший продукт, и я рекомендую его всем моим друзьям')).toBe('ru');
    expect(detectLanguage('これはとても良い製品です')).toBe('ja');
  });

  it('mixed French and English: the language of the sentence, not of the borrowed words', () => {
    expect(detectLanguage("Franchement, le nouveau dashboard est un vrai game changer pour l'équipe marketing.")).toBe('fr');
    expect(detectLanguage('Our team loved the "joie de vivre" of the launch party in Paris, it was a great evening.')).toBe('en');
  });

  it('is unsure rather than wrong on empty, tiny, symbol-only or ambiguous text', () => {
    for (const text of ['', '   ', '!!!', '12345', '😀😀', 'Orange', 'https://example.com/a-b', '@user #tag', 'ok']) {
      expect(detectLanguage(text)).toBe('und');
    }
  });

  it('tolerates wrong types and huge input', () => {
    expect(detectLanguage(undefined as unknown as string)).toBe('und');
    expect(detectLanguage(42 as unknown as string)).toBe('und');
    const huge = 'Le produit est très bien et je le recommande. '.repeat(50_000);
    expect(detectLanguage(huge)).toBe('fr');
  });
});

describe('clearWordVote: the function words decide alone (franc is not asked)', () => {
  it.each([
    ['Orange network outage in the south: customers angry about the Livebox failures all morning.', 'en'],
    ['Solaris home battery review: solid, quiet and well made, though the app still needs work.', 'en'],
    ['Maison Lumière annonce une nouvelle version de Lumi Home, les clients saluent la mise à jour.', 'fr'],
    ['Je suis très content du service, merci à toute l’équipe.', 'fr'],
  ])('clear: %p → %p', (text, lang) => {
    expect(clearWordVote(text)).toBe(lang);
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    // Spanish, Italian and Dutch share "la de en que un le je is in" with French or English
    ['La agricultura permitió que la tribu se detuviera para cuidar de el proceso de sembrados y la domesticación de animales.', 'es'],
    ['La prima forza motrice di tipo meccanico fu la macchina a vapore, utilizzata per far funzionare le prime trebbiatrici per cereali e le presse per paglia.', 'it'],
    ['Als je de eerste pagina leest moet je de rest ook zo snel mogelijk lezen, want het boek is echt heel goed geschreven.', 'nl'],
    ['Die neue Produktreihe wurde gestern in Berlin vorgestellt und von den Händlern sehr gelobt.', 'de'],
  ])('a third language’s words leave it to franc: %p → %p', (text, lang) => {
    expect(clearWordVote(text)).toBeUndefined();
    expect(detectLanguage(text)).toBe(lang);
  });

  it('is not clear on one word, on a close vote, or on nothing', () => {
    expect(clearWordVote('the')).toBeUndefined();
    expect(clearWordVote('Le nouveau dashboard is the best of the year, et le prix est bon')).toBeUndefined();
    expect(clearWordVote('')).toBeUndefined();
    expect(clearWordVote('12345 !!! 😀')).toBeUndefined();
  });
});
