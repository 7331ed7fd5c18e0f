import { buildSchema, parse, validate } from 'graphql';
import { depthLimitRule } from './limits.plugin';

const schema = buildSchema(`
  type Node { id: ID! child: Node name: String }
  type Query { root: Node }
`);

function errors(query: string, max: number) {
  return validate(schema, parse(query), [depthLimitRule(max)]).map((e) => e.extensions?.code);
}

describe('depthLimitRule', () => {
  it('accepts documents within the limit', () => {
    expect(errors('{ root { child { id } } }', 3)).toEqual([]);
  });

  it('refuses nesting beyond the limit', () => {
    expect(errors('{ root { child { child { id } } } }', 3)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('follows named and inline fragments', () => {
    expect(errors('{ root { ...A } } fragment A on Node { child { ... on Node { child { id } } } }', 3)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(errors('{ root { ...A } } fragment A on Node { child { id } }', 3)).toEqual([]);
  });

  it('does not loop on fragment cycles', () => {
    // graphql's own NoFragmentCycles rule reports the cycle; this rule must simply terminate.
    expect(errors('{ root { ...A } } fragment A on Node { child { ...A } }', 10)).toEqual([]);
  });

  it('ignores introspection meta fields', () => {
    expect(errors('{ __typename root { id } }', 2)).toEqual([]);
  });
});
