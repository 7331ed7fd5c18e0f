import { HttpException } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
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

/** One mapping from thrown errors to `extensions.code`; anything unexpected is logged and masked. */
export function formatError(logger: Logger, options: FormatErrorOptions = {}) {
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
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: clean(formatted.message), extensions };
    }
    if (original instanceof GraphQLError && !original.originalError && code === undefined) {
      return { ...formatted, message: clean(formatted.message), extensions: { code: 'BAD_USER_INPUT' } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

function hasCodeInChain(error: unknown, code: string): boolean {
  for (let e = error as { extensions?: { code?: unknown }; originalError?: unknown } | undefined, i = 0; e && i < 5; e = e.originalError as typeof e, i++) {
    if (e.extensions?.code === code) return true;
  }
  return false;
}
