import { buildSchema, getVariableValues, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { CostError, operationCost, ROOT_FIELD_COST } from './query-cost';

const schema = buildSchema(`
  type Node { id: ID! child: Node children(first: Int!): [Node!]! name: String }
  type Query { root: Node nodes(first: Int, last: Int): [Node!]! }
  type Mutation { touch(id: ID!): Node }
`);

function cost(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  return operationCost(schema, document, operation, coerced.coerced) - ROOT_FIELD_COST * (query.match(/\b(root|nodes|touch)\b/g)?.length ?? 0);
}

describe('operationCost', () => {
  it('charges one per field and a fixed amount per root field', () => {
    expect(cost('{ root { id name } }')).toBe(3);
    expect(cost('mutation { touch(id: "1") { id } }')).toBe(2);
    expect(cost('{ __typename root { __typename id } }')).toBe(2);
  });

  it('multiplies a field by its page size, from literals and variables', () => {
    expect(cost('{ nodes(first: 10) { id name } }')).toBe(1 + 10 * 2);
    expect(cost('query($n: Int!) { nodes(last: $n) { id } }', { n: 40 })).toBe(1 + 40);
    expect(cost('{ root { children(first: 5) { children(first: 5) { id } } } }')).toBe(1 + (1 + 5 * (1 + 5 * 1)));
  });

  it('says whether the cost read a variable: page sizes and directives do, ids do not', () => {
    const reads = (query: string, variables: Record<string, unknown>) => {
      const document = parse(query);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const out = { variables: false };
      operationCost(schema, document, operation, getVariableValues(schema, operation.variableDefinitions ?? [], variables).coerced!, undefined, out);
      return out.variables;
    };
    expect(reads('mutation($id: ID!) { touch(id: $id) { id children(first: 3) { id } } }', { id: '1' })).toBe(false);
    expect(reads('query($n: Int!) { nodes(first: $n) { id } }', { n: 2 })).toBe(true);
    expect(reads('query($o: Int!) { root { children(first: 2) { id } } nodes(last: $o) { id } }', { o: 2 })).toBe(true);
    expect(reads('query($s: Boolean!) { root { id @skip(if: $s) } }', { s: false })).toBe(true);
    expect(reads('{ nodes(first: 10) { id } }', {})).toBe(false);
  });

  it('follows fragments and honours @skip and @include', () => {
    expect(cost('{ root { ...F } } fragment F on Node { id ... on Node { name } }')).toBe(3);
    expect(cost('query($s: Boolean!) { root { id name @skip(if: $s) } }', { s: true })).toBe(2);
    expect(cost('query($s: Boolean!) { root { id name @include(if: $s) } }', { s: false })).toBe(2);
  });

  it('costs each fragment once, so fragments spreading fragments twice over stay linear', () => {
    const defs = Array.from({ length: 60 }, (_, i) => `fragment F${i} on Node { id ...F${i + 1} ...F${i + 1} }`).join(' ');
    expect(cost(`{ root { ...F0 } } ${defs} fragment F60 on Node { id }`)).toBeGreaterThan(2 ** 60);
  });

  it('throws CostError for what it cannot cost instead of guessing', () => {
    expect(() => cost('{ root { ...Missing } }')).toThrow(CostError);
    expect(() => cost('{ root { ...A } } fragment A on Node { child { ...A } }')).toThrow(CostError);
    expect(() => cost('{ root { nope } }')).toThrow(CostError);
  });
});
