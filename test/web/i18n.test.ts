import { en } from '../../web/src/lib/i18n/en';
import { fr } from '../../web/src/lib/i18n/fr';

type Entry = { path: string; kind: 'string' | 'function'; sample: string };

/** Flattens a dictionary to its leaves; functions are called with sample arguments to check their text. */
function leaves(dictionary: object, prefix = ''): Entry[] {
  return Object.entries(dictionary).flatMap(([key, value]): Entry[] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [{ path, kind: 'string', sample: value }];
    if (typeof value === 'function') {
      const args = Array.from({ length: (value as (...a: unknown[]) => string).length }, (_, i) => (i === 0 ? 2 : 'X'));
      return [{ path, kind: 'function', sample: String((value as (...a: unknown[]) => string)(...args)) }];
    }
    if (value && typeof value === 'object') return leaves(value as object, path);
    throw new Error(`${path}: unexpected ${typeof value}`);
  });
}

describe('web dictionaries', () => {
  const frLeaves = leaves(fr);
  const enLeaves = leaves(en);

  it('French and English have the same keys, of the same kind', () => {
    const shape = (entries: Entry[]) => entries.map((e) => `${e.path}:${e.kind}`).sort();
    expect(shape(enLeaves)).toEqual(shape(frLeaves));
    expect(frLeaves.length).toBeGreaterThan(100);
  });

  it.each([
    ['fr', frLeaves],
    ['en', enLeaves],
  ])('%s has no empty text', (_locale, entries) => {
    const empty = entries.filter((e) => e.sample.trim() === '').map((e) => e.path);
    expect(empty).toEqual([]);
  });

  it('the English dictionary is translated, not a copy of the French one', () => {
    const english = new Map(enLeaves.map((e) => [e.path, e.sample]));
    // Short texts such as "Ruche", "Hub" or "Manager" are legitimately the same in both languages.
    const copied = frLeaves.filter((e) => e.sample.length > 12 && english.get(e.path) === e.sample).map((e) => e.path);
    expect(copied).toEqual([]);
  });
});
