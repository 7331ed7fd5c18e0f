import { parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { selectedFields } from './selection';

/** The info graphql would give the resolver of the operation's first root field. */
function infoFor(document: string): GraphQLResolveInfo {
  const doc = parse(document);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const root = op.selectionSet.selections[0];
  if (root.kind !== 'Field') throw new Error('a field first');
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedFields', () => {
  it('lists the fields under a path through fragments, inline fragments and repeated fields', () => {
    const info = infoFor(`
      query { ideas(campaignId: "x") { totalCount nodes { id ...Card ... on Idea { tags } } nodes { bodyHtml } } }
      fragment Card on Idea { title author { displayName } ...Counts }
      fragment Counts on Idea { upVotes downVotes }`);
    expect([...selectedFields(info, ['nodes'])].sort()).toEqual(['author', 'bodyHtml', 'downVotes', 'id', 'tags', 'title', 'upVotes']);
    expect([...selectedFields(info)].sort()).toEqual(['nodes', 'totalCount']);
  });

  it('gives nothing for a path that is not asked, and survives a fragment that spreads itself', () => {
    const info = infoFor(`query { ideas { totalCount ...Loop } } fragment Loop on IdeaConnection { pageInfo { hasNextPage } ...Loop }`);
    expect(selectedFields(info, ['nodes']).size).toBe(0);
    expect([...selectedFields(info)].sort()).toEqual(['pageInfo', 'totalCount']);
  });

  it('answers again from the field node it read (a cached document), and anew for another document', () => {
    const text = `query { vote(ideaId: "x", value: up) { idea { id upVotes } remainingVotes } }`;
    const info = infoFor(text);
    const first = selectedFields(info, ['idea']);
    expect([...first].sort()).toEqual(['id', 'upVotes']);
    expect(selectedFields(info, ['idea'])).toBe(first);
    expect([...selectedFields(info)].sort()).toEqual(['idea', 'remainingVotes']);
    const other = selectedFields(infoFor(text.replace('upVotes', 'downVotes')), ['idea']);
    expect([...other].sort()).toEqual(['downVotes', 'id']);
  });
});
