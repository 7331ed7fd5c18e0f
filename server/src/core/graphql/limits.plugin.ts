import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, getVariableValues, GraphQLError, Kind, type ASTVisitor, type DocumentNode, type OperationDefinitionNode, type ValidationContext } from 'graphql';
import { checkDocument, type DocumentLimits } from './document-limits';
import { CostError, operationCost } from './query-cost';

/** Stand-in documents validated in place of refused ones, with the refusal to report. */
const refusals = new WeakMap<DocumentNode, GraphQLError>();
/** Documents already measured and found within the limits by the plugin (so the rule does not measure twice). */
const measured = new WeakSet<DocumentNode>();
/**
 * Costs of operations that do not depend on their variables' values (operationCost's `reads`): Apollo
 * hands every request for the same text the same cached document, so such a cost is computed once per
 * text, and later requests need neither it nor the variables coerced here (execution coerces them as
 * always, and Apollo answers an invalid one with BAD_USER_INPUT and a 400 as this plugin does).
 */
const fixedCosts = new WeakMap<OperationDefinitionNode, number>();

const tooComplex = (message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 }, ...extensions } });

/**
 * Reports a document over the shape limits (depth, expanded fields, aliases…). Alone, it would run
 * alongside graphql-js's own rules; `limitsPlugin` makes sure those never see such a document.
 */
export function documentLimitsRule(limits: DocumentLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    const error = refusals.get(document) ?? (measured.has(document) ? undefined : checkDocument(document, limits));
    return {
      Document() {
        if (error) context.reportError(error);
        return BREAK;
      },
    };
  };
}

/**
 * Fail-closed limits on every GraphQL request, all linear in the document:
 * - before graphql-js validates a newly seen document (Apollo caches validated documents, so this runs
 *   once per distinct document), its shape is measured in one pass; a document over a limit is swapped
 *   for an empty stand-in, so none of graphql-js's rules (some of which grow faster than the document)
 *   walks it, and `documentLimitsRule` reports the refusal as the validation error;
 * - once the operation is known, variables are coerced (invalid ones are refused with BAD_USER_INPUT
 *   before anything runs) and the operation is costed; a cost over `maxComplexity`, or one that cannot
 *   be computed, is refused with QUERY_TOO_COMPLEX. A cost that read no variable is kept with the
 *   operation (fixedCosts) and not computed again.
 * Throwing from validationDidStart is not an option: Apollo answers any hook error but
 * didResolveOperation's with a 500.
 */
export function limitsPlugin(limits: DocumentLimits, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async validationDidStart(requestContext) {
          const error = checkDocument(requestContext.document, limits);
          if (!error) {
            measured.add(requestContext.document);
            return;
          }
          const standIn: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };
          refusals.set(standIn, error);
          // Apollo validates `requestContext.document` after this hook (pinned by limits.plugin.spec.ts).
          (requestContext as { document: DocumentNode }).document = standIn;
        },
        async didResolveOperation({ schema, document, operation, request }) {
          // No operation to run: execution answers OPERATION_RESOLUTION_FAILURE before anything runs.
          if (!operation) return;
          let cost = fixedCosts.get(operation);
          if (cost === undefined) {
            const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 5 });
            if (coerced.errors) {
              const [first] = coerced.errors;
              throw new GraphQLError(first.message, { nodes: first.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            }
            const reads = { variables: false };
            try {
              cost = operationCost(schema, document, operation, coerced.coerced, undefined, reads);
            } catch (err) {
              const reason = err instanceof CostError || err instanceof GraphQLError ? ` (${err.message})` : '';
              throw tooComplex(`The query's cost could not be computed${reason}, so it is refused.`);
            }
            if (!reads.variables) fixedCosts.set(operation, cost);
          }
          if (!(cost <= maxComplexity)) {
            const shown = Number.isFinite(cost) && cost < 1e12 ? String(cost) : 'more than 10^12';
            throw tooComplex(`The query costs ${shown}; the limit is ${maxComplexity}.`, { complexity: Number.isFinite(cost) ? cost : null, limit: maxComplexity });
          }
        },
      };
    },
  };
}
