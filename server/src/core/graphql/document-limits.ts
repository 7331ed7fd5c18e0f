import {
  GraphQLError,
  Kind,
  type DefinitionNode,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * Caps on the shape of a document, checked in one pass before graphql-js validates it (some of its
 * rules, OverlappingFieldsCanBeMerged above all, grow faster than the document). The largest document
 * the web sends today has about 120 tokens, 30 fields once fragments are expanded, 2 fragments, nesting 4.
 */
export interface DocumentLimits {
  /** Lexical tokens; enforced by the parser itself (`parseOptions.maxTokens`). */
  maxTokens: number;
  /** Deepest field nesting of an operation, fragments followed (GRAPHQL_MAX_DEPTH). */
  maxDepth: number;
  /** Fields of one operation or fragment once every fragment spread is replaced by its fields. */
  maxExpandedFields: number;
  /**
   * Pairs of fields that answer at the same response path (say two `me { id }`): graphql-js checks
   * every such pair can be merged, so their number, not the document's size, is its validation time.
   */
  maxOverlappingPairs: number;
  /** Selection sets nested inside each other, inline fragments included. */
  maxNesting: number;
  maxAliases: number;
  /** Fragment definitions: graphql-js also compares fragments pairwise. */
  maxFragments: number;
  maxFragmentSpreads: number;
  maxDirectives: number;
  maxOperations: number;
  maxVariables: number;
  /** Nesting of list and object values in arguments and variable defaults. */
  maxValueNesting: number;
}

export function documentLimits(maxDepth: number): DocumentLimits {
  return {
    // ~15x the largest document the web sends; also keeps nesting (2-3 tokens a level) well below
    // where graphql-js's recursive parser overflows the stack (~1500 levels).
    maxTokens: 2000,
    maxDepth,
    maxExpandedFields: 1000,
    maxOverlappingPairs: 500,
    maxNesting: 2 * maxDepth + 4,
    maxAliases: 50,
    maxFragments: 30,
    maxFragmentSpreads: 100,
    maxDirectives: 50,
    maxOperations: 20,
    maxVariables: 50,
    maxValueNesting: 10,
  };
}

/** What `measureDocument` found; expanded figures are the largest over the document's definitions. */
export interface DocumentMeasure {
  aliases: number;
  fragments: number;
  fragmentSpreads: number;
  directives: number;
  operations: number;
  variables: number;
  valueNesting: number;
  depth: number;
  nesting: number;
  expandedFields: number;
  /** Summed over definitions; only computed (else undefined) when no definition expands beyond `treeBudget` fields. */
  overlappingPairs: number | undefined;
}

interface Expanded {
  depth: number;
  nesting: number;
  fields: number;
}

/** One response path: how many field nodes answer there, and the paths below it. */
interface ResponseNode {
  count: number;
  children: Map<string, ResponseNode>;
}

/**
 * Measures a document in time linear in its size: every node is read once, and each fragment is
 * measured once and remembered, so a fragment spread twice by a fragment spread twice … costs one
 * lookup per spread instead of a walk per path (2^n for n such fragments). Cycles count as empty:
 * NoFragmentCycles refuses them. Expanded field counts may exceed 2^53 and stay ordered, which is all
 * the comparisons need. Overlapping pairs need the merged response tree, built by expanding every
 * spread: that walk is linear in the expanded size, so it only runs once that size is known to be
 * within `treeBudget`.
 */
export function measureDocument(document: DocumentNode, treeBudget = 10_000): DocumentMeasure {
  const m: DocumentMeasure = {
    aliases: 0,
    fragments: 0,
    fragmentSpreads: 0,
    directives: 0,
    operations: 0,
    variables: 0,
    valueNesting: 0,
    depth: 0,
    nesting: 0,
    expandedFields: 0,
    overlappingPairs: undefined,
  };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  const value = (node: ValueNode, level: number) => {
    if (level > m.valueNesting) m.valueNesting = level;
    if (node.kind === Kind.LIST) for (const v of node.values) value(v, level + 1);
    else if (node.kind === Kind.OBJECT) for (const f of node.fields) value(f.value, level + 1);
  };
  const directives = (list: readonly DirectiveNode[] | undefined) => {
    if (!list) return;
    m.directives += list.length;
    for (const d of list) for (const arg of d.arguments ?? []) value(arg.value, 1);
  };

  // Literal counts: one pass over every definition, fragments included whether used or not.
  const literal = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      directives(sel.directives);
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) m.aliases++;
        for (const arg of sel.arguments ?? []) value(arg.value, 1);
        if (sel.selectionSet) literal(sel.selectionSet);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        literal(sel.selectionSet);
      } else {
        m.fragmentSpreads++;
      }
    }
  };
  for (const def of document.definitions as readonly DefinitionNode[]) {
    if (def.kind === Kind.OPERATION_DEFINITION) {
      m.operations++;
      m.variables += def.variableDefinitions?.length ?? 0;
      for (const v of def.variableDefinitions ?? []) {
        if (v.defaultValue) value(v.defaultValue, 1);
        directives(v.directives);
      }
      directives(def.directives);
      literal(def.selectionSet);
    } else if (def.kind === Kind.FRAGMENT_DEFINITION) {
      m.fragments++;
      directives(def.directives);
      literal(def.selectionSet);
    }
  }

  // Expanded figures: each fragment measured once (memo), cycles cut.
  const memo = new Map<string, Expanded>();
  const active = new Set<string>();
  const fragment = (name: string): Expanded => {
    const known = memo.get(name);
    if (known) return known;
    const def = fragments.get(name);
    if (!def || active.has(name)) return { depth: 0, nesting: 0, fields: 0 };
    active.add(name);
    const measured = expanded(def.selectionSet);
    active.delete(name);
    memo.set(name, measured);
    return measured;
  };
  const expanded = (set: SelectionSetNode): Expanded => {
    let depth = 0;
    let nesting = 0;
    let fields = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        fields++;
        // Introspection (__schema, __type) is exempt from the depth limit: its standard query nests ~12 levels.
        const counts = !sel.name.value.startsWith('__');
        if (sel.selectionSet) {
          const inner = expanded(sel.selectionSet);
          fields += inner.fields;
          if (counts) depth = Math.max(depth, 1 + inner.depth);
          nesting = Math.max(nesting, 1 + inner.nesting);
        } else if (counts) {
          depth = Math.max(depth, 1);
        }
      } else {
        const inline = sel.kind === Kind.INLINE_FRAGMENT;
        const inner = inline ? expanded(sel.selectionSet) : fragment(sel.name.value);
        fields += inner.fields;
        depth = Math.max(depth, inner.depth);
        nesting = Math.max(nesting, (inline ? 1 : 0) + inner.nesting);
      }
    }
    return { depth, nesting, fields };
  };
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION && def.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const e = def.kind === Kind.OPERATION_DEFINITION ? expanded(def.selectionSet) : fragment(def.name.value);
    if (def.kind === Kind.OPERATION_DEFINITION) m.depth = Math.max(m.depth, e.depth);
    m.nesting = Math.max(m.nesting, e.nesting);
    m.expandedFields = Math.max(m.expandedFields, e.fields);
  }
  if (m.expandedFields > treeBudget) return m;

  // Overlapping pairs: merge each definition's fields by response path, as execution would, and count
  // the pairs meeting at each path. Bounded by the expanded size checked just above.
  let pairs = 0;
  const merge = (set: SelectionSetNode, into: ResponseNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        let child = into.children.get(key);
        if (!child) into.children.set(key, (child = { count: 0, children: new Map() }));
        pairs += child.count; // this field pairs with each one already there
        child.count++;
        if (sel.selectionSet) merge(sel.selectionSet, child);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        merge(sel.selectionSet, into);
      } else {
        const def = fragments.get(sel.name.value);
        if (!def || active.has(def.name.value)) continue;
        active.add(def.name.value);
        merge(def.selectionSet, into);
        active.delete(def.name.value);
      }
    }
  };
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION || def.kind === Kind.FRAGMENT_DEFINITION) merge(def.selectionSet, { count: 1, children: new Map() });
  }
  m.overlappingPairs = pairs;
  return m;
}

/** The first limit a document exceeds, as a QUERY_TOO_COMPLEX error; undefined when within every limit. */
export function checkDocument(document: DocumentNode, limits: DocumentLimits): GraphQLError | undefined {
  const m = measureDocument(document, limits.maxExpandedFields);
  const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
  const over = (what: string, value: number, limit: number) =>
    refuse(`The query has ${value > 1e12 ? 'more than 10^12' : value} ${what}; the limit is ${limit}.`);
  if (m.depth > limits.maxDepth) return refuse(`The query is nested ${m.depth} levels deep; the limit is ${limits.maxDepth}.`);
  if (m.expandedFields > limits.maxExpandedFields) return over('fields once its fragments are expanded', m.expandedFields, limits.maxExpandedFields);
  if (m.nesting > limits.maxNesting) return over('nested selection sets (inline fragments included)', m.nesting, limits.maxNesting);
  if (m.aliases > limits.maxAliases) return over('aliases', m.aliases, limits.maxAliases);
  if (m.fragments > limits.maxFragments) return over('fragment definitions', m.fragments, limits.maxFragments);
  if (m.fragmentSpreads > limits.maxFragmentSpreads) return over('fragment spreads', m.fragmentSpreads, limits.maxFragmentSpreads);
  if (m.directives > limits.maxDirectives) return over('directives', m.directives, limits.maxDirectives);
  if (m.operations > limits.maxOperations) return over('operations', m.operations, limits.maxOperations);
  if (m.variables > limits.maxVariables) return over('variable definitions', m.variables, limits.maxVariables);
  if (m.valueNesting > limits.maxValueNesting) return over('levels of nested list or object values', m.valueNesting, limits.maxValueNesting);
  if ((m.overlappingPairs ?? Infinity) > limits.maxOverlappingPairs) {
    return over('pairs of fields answering at the same place (e.g. a field repeated)', m.overlappingPairs ?? Infinity, limits.maxOverlappingPairs);
  }
  return undefined;
}
