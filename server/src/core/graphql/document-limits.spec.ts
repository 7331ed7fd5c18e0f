import { parse } from 'graphql';
import { checkDocument, documentLimits, measureDocument } from './document-limits';

const limits = documentLimits(3);
const code = (query: string) => checkDocument(parse(query), limits)?.extensions.code;

/** F0 spreads F1 twice, F1 spreads F2 twice, … : about 40 bytes per level, 2^levels fields once expanded. */
function doublingFragments(levels: number, on = 'User', field = 'id'): string {
  const defs = Array.from({ length: levels }, (_, i) => `fragment F${i} on ${on} { ${field} ...F${i + 1} ...F${i + 1} }`);
  return `{ me { ...F0 } } ${defs.join(' ')} fragment F${levels} on ${on} { ${field} }`;
}

describe('measureDocument', () => {
  it('counts fields once fragments are expanded, each fragment measured once', () => {
    const m = measureDocument(parse(doublingFragments(60)));
    // 2^61 - 1 fields, far beyond what walking every path could ever count
    expect(m.expandedFields).toBeGreaterThan(2 ** 60);
    expect(m.fragmentSpreads).toBe(121);
    expect(m.depth).toBe(2);
  });

  it('follows named and inline fragments for depth and ignores introspection subtrees', () => {
    expect(measureDocument(parse('{ root { ...A } } fragment A on Node { child { ... on Node { child { id } } } }')).depth).toBe(4);
    expect(measureDocument(parse('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).depth).toBe(0);
  });

  it('terminates on fragment cycles (NoFragmentCycles reports them)', () => {
    const m = measureDocument(parse('{ root { ...A } } fragment A on Node { child { ...B } } fragment B on Node { ...A }'));
    expect(m.depth).toBe(2);
  });

  it('counts pairs of fields meeting at one response path, through fragments and inline fragments', () => {
    // me: 3 nodes (3 pairs); me.id: 3 nodes (3 pairs); fragment F on its own: none
    expect(measureDocument(parse('{ me { id } ... on Query { me { id } } ...F } fragment F on Query { me { id } }')).overlappingPairs).toBe(6);
    expect(measureDocument(parse('{ a: me { id } b: me { id } }')).overlappingPairs).toBe(0);
  });

  it('leaves pairs uncounted when the expanded document is beyond the budget', () => {
    expect(measureDocument(parse(doublingFragments(30)), 1000).overlappingPairs).toBeUndefined();
  });

  it('measures nesting of argument values and inline fragments', () => {
    expect(measureDocument(parse('{ a(x: [[1]], y: { z: { w: 1 } }) }')).valueNesting).toBe(3);
    expect(measureDocument(parse('{ a { ... on A { ... on A { b } } } }')).nesting).toBe(3);
  });
});

describe('checkDocument', () => {
  it('accepts ordinary documents', () => {
    expect(code('query Q($n: Int!) { root(first: $n) { child { id } } } fragment X on Node { id }')).toBeUndefined();
  });

  it('refuses each kind of excess with QUERY_TOO_COMPLEX', () => {
    expect(code('{ root { child { child { id } } } }')).toBe('QUERY_TOO_COMPLEX'); // depth 4 > 3
    expect(code(doublingFragments(30))).toBe('QUERY_TOO_COMPLEX');
    expect(code(`{ ${Array.from({ length: 51 }, (_, i) => `a${i}: id`).join(' ')} }`)).toBe('QUERY_TOO_COMPLEX');
    expect(code(`{ ${'me { id } '.repeat(30)} }`)).toBe('QUERY_TOO_COMPLEX');
    expect(code(`{ me { ${Array.from({ length: 31 }, (_, i) => `...F${i}`).join(' ')} } } ${Array.from({ length: 31 }, (_, i) => `fragment F${i} on User { id }`).join(' ')}`)).toBe('QUERY_TOO_COMPLEX');
    expect(code(`{ ${'... on Q { '.repeat(20)} id ${'}'.repeat(20)} }`)).toBe('QUERY_TOO_COMPLEX');
    expect(code(`{ id ${'@include(if: true) '.repeat(51)} }`)).toBe('QUERY_TOO_COMPLEX');
    expect(code(`{ a(x: ${'['.repeat(11)}1${']'.repeat(11)}) }`)).toBe('QUERY_TOO_COMPLEX');
    expect(code(`query Q(${Array.from({ length: 51 }, (_, i) => `$v${i}: Int`).join(' ')}) { id }`)).toBe('QUERY_TOO_COMPLEX');
    expect(code(Array.from({ length: 21 }, (_, i) => `query Q${i} { id }`).join(' '))).toBe('QUERY_TOO_COMPLEX');
  });

  it('says which limit and by how much', () => {
    expect(checkDocument(parse('{ root { child { child { id } } } }'), limits)?.message).toBe('The query is nested 4 levels deep; the limit is 3.');
    expect(checkDocument(parse(doublingFragments(45)), limits)?.message).toBe(
      'The query has more than 10^12 fields once its fragments are expanded; the limit is 1000.',
    );
  });
});
