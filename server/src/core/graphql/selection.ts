import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields asked for under `path` of the current field (e.g. ['nodes'] for a
 * connection's items), through fragments and inline fragments. A field under @skip/@include counts as
 * asked (the safe side). Lets a list read only the columns its fields need.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): ReadonlySet<string> {
  // Apollo hands every request for the same text the same parsed document, so a field's node is the same
  // object each time: its answer is kept with it (not when the field is asked twice under one name, where
  // the nodes are gathered anew each time).
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  const key = path.join('.');
  const known = node && answers.get(node)?.get(key);
  if (known) return known;
  const fields = collectSelected(info, path);
  if (node) {
    let byPath = answers.get(node);
    if (!byPath) answers.set(node, (byPath = new Map()));
    byPath.set(key, fields);
  }
  return fields;
}

/** selectedFields' answers, by field node and path. */
const answers = new WeakMap<FieldNode, Map<string, ReadonlySet<string>>>();

function collectSelected(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const step of path) sets = sets.flatMap((s) => collect(info, s).filter((f) => f.name === step && f.set).map((f) => f.set!));
  return new Set(sets.flatMap((s) => collect(info, s).map((f) => f.name)));
}

function collect(info: GraphQLResolveInfo, set: SelectionSetNode, seen = new Set<string>()): { name: string; set?: SelectionSetNode }[] {
  const out: { name: string; set?: SelectionSetNode }[] = [];
  for (const s of set.selections) {
    if (s.kind === 'Field') out.push({ name: s.name.value, set: s.selectionSet });
    else if (s.kind === 'InlineFragment') out.push(...collect(info, s.selectionSet, seen));
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const fragment = info.fragments[s.name.value];
      if (fragment) out.push(...collect(info, fragment.selectionSet, seen));
    }
  }
  return out;
}
