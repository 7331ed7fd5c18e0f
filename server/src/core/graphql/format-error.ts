import { HttpException } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError } from '../errors/domain-error';

const HTTP_CODES: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 429: 'RATE_LIMITED' };
/** Codes GraphQL and Apollo themselves produce for a malformed request; their messages are safe to show. */
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'QUERY_TOO_COMPLEX']);

/** graphql-js appends ` Did you mean "me"?` (or a list of names) to messages about unknown fields, arguments, types and enum values. */
const SUGGESTION = / Did you mean [^?]*\?/g;

export interface FormatErrorOptions {
  /** Strip graphql-js's name suggestions, which would reveal the schema when introspection is off. */
  hideSuggestions?: boolean;
}

/**
 * Whether an error is one nobody meant: not a coded domain error, not an HTTP exception, not one of
 * GraphQL's or Apollo's own errors about a malformed request. Those are logged (errorLogPlugin) and masked.
 */
export function isUnexpected(error: unknown, code: unknown = (error as GraphQLError | undefined)?.extensions?.code): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || original instanceof HttpException) return false;
  if (hasCodeInChain(error, 'QUERY_TOO_COMPLEX')) return false;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) return false;
  if (original instanceof GraphQLError && !original.originalError && code === undefined) return false;
  return true;
}

/** One mapping from thrown errors to `extensions.code`; anything unexpected is masked (and logged by errorLogPlugin). */
export function formatError(options: FormatErrorOptions = {}) {
  const clean = (message: string) => (options.hideSuggestions ? message.replace(SUGGESTION, '') : message);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof HttpException) {
      const status = original.getStatus();
      return { message: original.message, path: formatted.path, extensions: { code: HTTP_CODES[status] ?? 'INTERNAL_SERVER_ERROR' } };
    }
    // Apollo re-labels every validation error GRAPHQL_VALIDATION_FAILED; keep our depth limit's own code.
    const code = hasCodeInChain(error, 'QUERY_TOO_COMPLEX') ? 'QUERY_TOO_COMPLEX' : formatted.extensions?.code;
    if (code === 'QUERY_TOO_COMPLEX') return { message: formatted.message, locations: formatted.locations, extensions: { code } };
    if (!isUnexpected(error, code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: clean(formatted.message), extensions: typeof code === 'string' ? extensions : { ...extensions, code: 'BAD_USER_INPUT' } };
    }
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Logs each unexpected error of a request once, with the request's id (formatError masks it). */
export function errorLogPlugin(logger: Logger): ApolloServerPlugin<{ req?: { requestId?: string } }> {
  // One listener for every request: it keeps no state of its own, so no request allocates one.
  const listener = {
    async didEncounterErrors({ errors, contextValue }: { errors: readonly GraphQLError[]; contextValue?: { req?: { requestId?: string } } }) {
      for (const error of errors) {
        if (isUnexpected(error)) logger.error({ err: unwrapResolverError(error), path: error.path, requestId: contextValue?.req?.requestId }, 'unexpected GraphQL error');
      }
    },
  };
  return { requestDidStart: async () => listener };
}

function hasCodeInChain(error: unknown, code: string): boolean {
  for (let e = error as { extensions?: { code?: unknown }; originalError?: unknown } | undefined, i = 0; e && i < 5; e = e.originalError as typeof e, i++) {
    if (e.extensions?.code === code) return true;
  }
  return false;
}
