import type { WatchTermDefinition } from '../pipeline/contracts';
import { DEMO_WATCH_TERMS } from './demo-watch-terms';
import { compileWatchTerms, matchWatchTerms, WATCH_QUERY_LIMITS, WatchQueryError } from './watchlist-query';

const one = (query: string) => compileWatchTerms([{ id: 't', label: 'T', query }]);
const matches = (query: string, text: string) => matchWatchTerms(text, one(query)).length === 1;

function errorOf(defs: WatchTermDefinition[]): WatchQueryError {
  try {
    compileWatchTerms(defs);
  } catch (e) {
    if (e instanceof WatchQueryError) return e;
    throw e;
  }
  throw new Error('compiled without error');
}
const queryError = (query: string) => errorOf([{ id: 't', label: 'T', query }]);

describe('watchlist query language', () => {
  it('words: accent- and case-insensitive, on word boundaries, French elisions split', () => {
    expect(matches('orange', "J'adore l'Orange de mon opérateur")).toBe(true);
    expect(matches('orange', 'ORANGE annonce')).toBe(true);
    expect(matches('orange', 'une orangeade fraîche')).toBe(false);
    expect(matches('Lumière', 'Maison LUMIERE')).toBe(true);
    expect(matches('lumiere', 'maison lumière')).toBe(true);
    expect(matches('œuvre', 'une belle oeuvre')).toBe(true);
  });

  it('phrases, hyphenated words and prefixes', () => {
    expect(matches('"Lumi Home"', 'la nouvelle lumi-home est là')).toBe(true);
    expect(matches('"Lumi Home"', 'lumi est à la home')).toBe(false);
    expect(matches('Lumi-Home', 'Lumi Home pro')).toBe(true);
    expect(matches('solar*', 'Solaris 2 sort')).toBe(true);
    expect(matches('solar*', 'énergie lunaire')).toBe(false);
    expect(matches('« Orange Business »', 'chez Orange Business Services')).toBe(true);
  });

  it('AND (implicit or written), OR, NOT and -word, with AND binding tighter than OR', () => {
    expect(matches('orange fibre', 'la fibre de chez Orange')).toBe(true);
    expect(matches('orange AND fibre', 'Orange seulement')).toBe(false);
    expect(matches('clairvoy OR solaris', 'Solaris brille')).toBe(true);
    expect(matches('orange -fruit', 'Orange le fruit')).toBe(false);
    expect(matches('orange NOT fruit', 'Orange, le réseau')).toBe(true);
    expect(matches('a b OR c', 'c')).toBe(true);
    expect(matches('a b OR c', 'a')).toBe(false);
    expect(matches('a (b OR c)', 'a c')).toBe(true);
    expect(matches('lower or not', 'or and not are words in lower case')).toBe(true);
  });

  it('Orange the telecom, not the fruit', () => {
    const q = '(Orange OR "Orange Business") NOT (jus OR fruit OR agrume OR juice)';
    expect(matches(q, "Panne du réseau Orange dans tout l'Ouest")).toBe(true);
    expect(matches(q, "Un jus d'orange pressé")).toBe(false);
    expect(matches(q, 'Orange juice prices are up')).toBe(false);
    expect(matches(q, 'Orange Business signe un contrat')).toBe(true);
  });

  it('NEAR/n in either order, with phrases and OR groups', () => {
    expect(matches('orange NEAR/3 réseau', 'orange a un bon réseau')).toBe(true);
    expect(matches('orange NEAR/3 réseau', 'le réseau de la société orange')).toBe(true);
    expect(matches('orange NEAR/2 réseau', 'orange a un bon réseau')).toBe(false);
    expect(matches('orange NEAR/1 réseau', 'orange réseau')).toBe(true);
    expect(matches('orange NEAR/5 (forfait OR fibre)', 'Orange baisse le prix de la fibre')).toBe(true);
    expect(matches('"lumi home" NEAR/2 panne', 'Lumi Home en panne')).toBe(true);
    expect(matches('(a NEAR/1 b) NEAR/1 c', 'a b c')).toBe(true);
    expect(matches('(a NEAR/1 b) NEAR/1 c', 'a b x x c')).toBe(false);
  });

  it('aliases: @id reuses another term', () => {
    const c = compileWatchTerms([
      { id: 'lumi', label: 'Lumi', query: '"Lumi Home" OR LumiHome' },
      { id: 'brand', label: 'Brand', query: '@lumi OR Solaris' },
    ]);
    expect(matchWatchTerms('ma LumiHome', c)).toEqual(['lumi', 'brand']);
    expect(matchWatchTerms('Solaris', c)).toEqual(['brand']);
    expect(errorOf([{ id: 'a', label: 'A', query: '@b' }, { id: 'b', label: 'B', query: '@a' }]).code).toBe('WATCH_QUERY_ALIAS_CYCLE');
    expect(errorOf([{ id: 'a', label: 'A', query: 'x OR @nope' }])).toMatchObject({ code: 'WATCH_QUERY_UNKNOWN_ALIAS', position: 5 });
  });

  it('the demo terms: products, competitors, and no fruit', () => {
    const c = compileWatchTerms(DEMO_WATCH_TERMS);
    expect(matchWatchTerms("La Lumi Home de Maison Lumière face à Clairvoy", c)).toEqual(['maison-lumiere', 'lumi-home', 'clairvoy']);
    expect(matchWatchTerms("Orange augmente ses forfaits", c)).toEqual(['orange']);
    expect(matchWatchTerms("Recette : jus d'orange et zeste", c)).toEqual([]);
    expect(matchWatchTerms('Solaris, le film de Tarkovski', c)).toEqual([]);
  });

  it.each([
    ['', 'WATCH_QUERY_SYNTAX', 0],
    ['   ', 'WATCH_QUERY_SYNTAX', 0],
    ['(orange', 'WATCH_QUERY_SYNTAX', 0],
    ['orange)', 'WATCH_QUERY_SYNTAX', 6],
    ['((a) b', 'WATCH_QUERY_SYNTAX', 0],
    ['"orange', 'WATCH_QUERY_SYNTAX', 0],
    ['orange OR', 'WATCH_QUERY_SYNTAX', 7],
    ['OR orange', 'WATCH_QUERY_SYNTAX', 0],
    ['a NEAR b', 'WATCH_QUERY_SYNTAX', 2],
    ['a NEAR/0 b', 'WATCH_QUERY_SYNTAX', 2],
    ['a NEAR/999 b', 'WATCH_QUERY_SYNTAX', 2],
    ['a NEAR/3 (b c)', 'WATCH_QUERY_SYNTAX', 2],
    ['a NEAR/3 -b', 'WATCH_QUERY_SYNTAX', 2],
    ['()', 'WATCH_QUERY_SYNTAX', 0],
    ['a $ b', 'WATCH_QUERY_SYNTAX', 2],
    ['or*ange', 'WATCH_QUERY_SYNTAX', 0],
    ['ab*', 'WATCH_QUERY_SYNTAX', 0],
    ['""', 'WATCH_QUERY_SYNTAX', 0],
    ['NOT fruit', 'WATCH_QUERY_NO_POSITIVE', 0],
    ['-a -b', 'WATCH_QUERY_NO_POSITIVE', 0],
    ['a OR NOT b', 'WATCH_QUERY_NO_POSITIVE', 0],
    ['NOT NOT a', 'WATCH_QUERY_SYNTAX', 0],
    ['@', 'WATCH_QUERY_SYNTAX', 0],
  ])('refuses %p with %s at %p', (query, code, position) => {
    const e = queryError(query);
    expect(e.code).toBe(code);
    expect(e.position).toBe(position);
    expect(e.termId).toBe('t');
    expect(e.message.length).toBeGreaterThan(5);
  });

  it('refuses garbage, over-long and over-complex queries, too many or malformed terms', () => {
    expect(queryError('\u0000\u0001').code).toBe('WATCH_QUERY_SYNTAX');
    expect(queryError('a'.repeat(WATCH_QUERY_LIMITS.maxQueryChars + 1)).code).toBe('WATCH_QUERY_TOO_LONG');
    expect(queryError('('.repeat(30) + 'a' + ')'.repeat(30)).code).toBe('WATCH_QUERY_TOO_COMPLEX');
    expect(queryError(Array.from({ length: 250 }, () => 'x').join(' ')).code).toBe('WATCH_QUERY_TOO_COMPLEX');
    expect(queryError(`"${'mot '.repeat(20)}"`).code).toBe('WATCH_QUERY_TOO_COMPLEX');
    const many = Array.from({ length: WATCH_QUERY_LIMITS.maxTerms + 1 }, (_, i) => ({ id: `t${i}`, label: 'x', query: 'x' }));
    expect(errorOf(many).code).toBe('WATCH_TERMS_TOO_MANY');
    expect(errorOf([{ id: 't', label: 'x', query: 'a' }, { id: 't', label: 'y', query: 'b' }]).code).toBe('WATCH_TERM_INVALID');
    for (const bad of [null, 'x', { id: 1, label: 'x', query: 'a' }, { id: 't', label: 'x' }, { id: '', label: 'x', query: 'a' }]) {
      expect(errorOf([bad as unknown as WatchTermDefinition]).code).toBe('WATCH_TERM_INVALID');
    }
    expect(errorOf('nope' as unknown as WatchTermDefinition[]).code).toBe('WATCH_TERM_INVALID');
  });

  it('matching tolerates hostile text and is right with hundreds of terms', () => {
    const defs = Array.from({ length: 300 }, (_, i) => ({
      id: `t${i}`,
      label: `T${i}`,
      query: i % 3 === 0 ? `brand${i} NOT fruit` : i % 3 === 1 ? `"brand${i} home" OR brand${i}x` : `brand${i} NEAR/4 prix`,
    }));
    const c = compileWatchTerms(defs);
    expect(matchWatchTerms(null as unknown as string, c)).toEqual([]);
    expect(matchWatchTerms('brand3 et brand4 home, brand5 au prix fort', c)).toEqual(['t3', 't4', 't5']);
    const items = Array.from({ length: 5000 }, (_, i) => `Un article ordinaire numéro ${i} sur le marché ${i % 10 ? '' : `brand${i % 300}`}`);
    // (Its speed with 200 terms is measured by bench/sentiment.mjs, not here.)
    // Only the bare-word terms (every third) match a lone brandN; the others need a phrase, a suffix or "prix".
    const expected = items.filter((t) => Number(/brand(\d+)/.exec(t)?.[1] ?? 1) % 3 === 0 && /brand\d/.test(t));
    expect(items.filter((t) => matchWatchTerms(t, c).length > 0)).toEqual(expected);
    const huge = 'brand3 '.repeat(200_000);
    expect(matchWatchTerms(huge, c)).toEqual(['t3']);
  });
});
