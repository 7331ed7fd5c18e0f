import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { fieldExtensionsEstimator, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What one root field costs on top of its fields. Nested fields batch through per-request
 * DataLoaders, so their SQL does not grow with the rows; but each root field (and each alias of one)
 * runs its own statements and its own loader batches, about five for `users`. At the default limit
 * (2000) a document holds at most 9 root fields, which keeps one request under 50 SQL statements
 * (test/api/graphql-limits.e2e.ts counts them); a directory page of 100 people still fits.
 */
export const ROOT_FIELD_COST = 200;

/** A field taking `first` or `last` returns up to that many rows: its selections are paid per row. */
export const pageSizeEstimator: ComplexityEstimator = (options) => {
  // A field without such arguments is not paged: its arguments are not read (see operationCost's `reads`).
  if (!options.field.args.some((a) => a.name === 'first' || a.name === 'last')) return undefined;
  const { args, childComplexity } = options;
  const size = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
  if (size === undefined) return undefined;
  return 1 + Math.max(0, size) * childComplexity;
};

/**
 * Field options first (`@Field({ complexity })` in resolvers), then page sizes, then 1 per field.
 * A list without a page-size argument (departments) is bounded by the data and costs its fields once.
 */
export const COST_ESTIMATORS: ComplexityEstimator[] = [fieldExtensionsEstimator(), pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** Told by operationCost whether the cost it found read a variable's value (else it holds for any variables). */
export interface CostReads {
  variables: boolean;
}

/** Whether an argument's value mentions a variable, at any depth. */
function mentionsVariable(node: ValueNode): boolean {
  if (node.kind === Kind.VARIABLE) return true;
  if (node.kind === Kind.LIST) return node.values.some(mentionsVariable);
  if (node.kind === Kind.OBJECT) return node.fields.some((f) => mentionsVariable(f.value));
  return false;
}

/** Thrown when a document cannot be costed; callers refuse the request rather than run it unchecked. */
export class CostError extends Error {}

/**
 * The estimated cost of one operation with already-coerced variables, in time linear in the
 * document: each fragment is costed once and remembered (its cost depends only on its own
 * selections and the variables), so fragments spreading fragments twice over cost one addition per
 * spread, not one walk per path. Alternatives of abstract types are summed rather than maxed: an
 * over-estimate, never an under-estimate. Throws CostError when anything cannot be costed.
 * A field's arguments are read only when an estimator asks for them (a page size, a field's own
 * complexity): `reads.variables` then says whether the cost depended on a variable's value, so that a
 * caller may keep the cost of an operation that did not (a vote's ids and direction cost nothing).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  estimators: ComplexityEstimator[] = COST_ESTIMATORS,
  reads: CostReads = { variables: false },
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  const memo = new Map<string, number>();
  const active = new Set<string>();

  const included = (node: { directives?: readonly DirectiveNode[] }) => {
    if (!node.directives?.length) return true;
    if (node.directives.some((d) => d.arguments?.some((a) => mentionsVariable(a.value)))) reads.variables = true;
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
    return true;
  };

  const typeNamed = (name: string): GraphQLCompositeType => {
    const type: GraphQLNamedType | undefined = schema.getType(name);
    if (!type || !isCompositeType(type)) throw new CostError(`Unknown type ${name}.`);
    return type;
  };

  const fragmentCost = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const def = fragments.get(name);
    if (!def) throw new CostError(`Unknown fragment ${name}.`);
    if (active.has(name)) throw new CostError(`Fragment ${name} spreads itself.`);
    active.add(name);
    const cost = setCost(def.selectionSet, typeNamed(def.typeCondition.name.value));
    active.delete(name);
    memo.set(name, cost);
    return cost;
  };

  const fieldDef = (parent: GraphQLCompositeType, node: FieldNode): GraphQLField<unknown, unknown> => {
    const name = node.name.value;
    if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType()) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!field) throw new CostError(`Unknown field ${parent.name}.${name}.`);
    return field;
  };

  const setCost = (set: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (!included(sel)) continue;
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === '__typename') continue;
        const field = fieldDef(parent, sel);
        const namedType = getNamedType(field.type);
        const childComplexity = sel.selectionSet && isCompositeType(namedType) ? setCost(sel.selectionSet, namedType) : 0;
        let args: Record<string, unknown> | undefined;
        const node = sel;
        const options = {
          type: parent,
          field,
          node,
          childComplexity,
          get args(): Record<string, unknown> {
            if (!args) {
              args = getArgumentValues(field, node, variables);
              if (node.arguments?.some((a) => mentionsVariable(a.value))) reads.variables = true;
            }
            return args;
          },
        };
        let cost: number | undefined;
        for (const estimate of estimators) {
          const value = estimate(options);
          if (typeof value === 'number' && !Number.isNaN(value)) {
            cost = value;
            break;
          }
        }
        if (cost === undefined) throw new CostError(`No cost for ${parent.name}.${field.name}.`);
        // A field costs at least 1: an estimate below (from a negative page size, which the resolver refuses) is no discount.
        total += Math.max(1, cost) + (rootTypes.has(parent as never) ? ROOT_FIELD_COST : 0);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        total += setCost(sel.selectionSet, sel.typeCondition ? typeNamed(sel.typeCondition.name.value) : parent);
      } else {
        total += fragmentCost(sel.name.value);
      }
    }
    return total;
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) throw new CostError(`This schema has no ${operation.operation} type.`);
  return setCost(operation.selectionSet, root);
}
