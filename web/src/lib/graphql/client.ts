import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ERROR_CODES, type ErrorCode } from '@ruche/shared';

/** What the web can show a message for: the server's codes, plus failures that never reached it. */
export type ClientErrorCode = ErrorCode | 'NETWORK_ERROR';

/** A failed request, carrying the first `extensions.code` (or `code` of an HTTP error body). */
export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly status?: number,
    /** The input field a BAD_USER_INPUT names (`extensions.field`), for showing the message next to it. */
    readonly field?: string,
    /** The rest of the error's `extensions` (e.g. a watch query's `reason` and `position`), for showing it precisely. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function toErrorCode(value: unknown): ClientErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value) ? (value as ErrorCode) : 'INTERNAL_SERVER_ERROR';
}

/** The code of anything thrown: ApiError keeps its own, anything else is unexpected. */
export function errorCodeOf(error: unknown): ClientErrorCode {
  return error instanceof ApiError ? error.code : 'INTERNAL_SERVER_ERROR';
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown; field?: unknown; [key: string]: unknown } }[];
}

const printed = new WeakMap<object, string>();
function source(doc: TypedDocumentNode<unknown, never>): string {
  let text = printed.get(doc);
  if (text === undefined) {
    text = print(doc);
    printed.set(doc, text);
  }
  return text;
}

function operationName(doc: TypedDocumentNode<unknown, never>): string | undefined {
  for (const def of doc.definitions) if (def.kind === 'OperationDefinition') return def.name?.value;
  return undefined;
}

// `{}` variables are optional for operations that take none.
type VariablesArg<TVars> = Record<string, never> extends TVars ? [vars?: TVars] : [vars: TVars];

/**
 * Runs a typed GraphQL operation against this origin's /graphql with the session cookie.
 * Always a JSON POST: Apollo's CSRF prevention refuses anything a cross-site form could send.
 */
export async function request<TData, TVars extends Record<string, unknown>>(
  doc: TypedDocumentNode<TData, TVars>,
  ...[vars]: VariablesArg<TVars>
): Promise<TData> {
  const untyped = doc as unknown as TypedDocumentNode<unknown, never>;
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: source(untyped), operationName: operationName(untyped), variables: vars ?? {} }),
    });
  } catch {
    throw new ApiError('NETWORK_ERROR', 'The server could not be reached.');
  }
  let body: GraphQLResponse<TData>;
  try {
    body = (await res.json()) as GraphQLResponse<TData>;
  } catch {
    throw new ApiError(res.status === 429 ? 'RATE_LIMITED' : 'INTERNAL_SERVER_ERROR', `Unexpected response (${res.status}).`, res.status);
  }
  const first = body.errors?.[0];
  if (first) {
    const field = first.extensions?.field;
    throw new ApiError(toErrorCode(first.extensions?.code), first.message, res.status, typeof field === 'string' ? field : undefined, { ...first.extensions });
  }
  if (!body.data) throw new ApiError('INTERNAL_SERVER_ERROR', `Empty response (${res.status}).`, res.status);
  return body.data;
}
