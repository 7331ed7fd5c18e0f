/** Stable error codes carried in GraphQL `extensions.code` and HTTP error bodies. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
  'USER_NOT_FOUND',
  'DEPARTMENT_NOT_FOUND',
  'LOCAL_AUTH_DISABLED',
  'SAML_REJECTED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
