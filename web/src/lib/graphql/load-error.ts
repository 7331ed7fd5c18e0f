import { error, redirect } from '@sveltejs/kit';
import { errorCodeOf, type ClientErrorCode } from './client';

const STATUS: Partial<Record<ClientErrorCode, number>> = {
  NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  DEPARTMENT_NOT_FOUND: 404,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
  NETWORK_ERROR: 503,
};

export function loginUrl(returnTo: string): string {
  return `/login?returnTo=${encodeURIComponent(returnTo)}`;
}

/** Turns a failed request inside a `load` into a redirect to sign in, or a SvelteKit error with its code. */
export function failLoad(cause: unknown, returnTo: string, override?: Partial<Record<ClientErrorCode, ClientErrorCode>>): never {
  const raw = errorCodeOf(cause);
  const code = override?.[raw] ?? raw;
  if (code === 'UNAUTHENTICATED') redirect(307, loginUrl(returnTo));
  error(STATUS[code] ?? 500, { message: code, code });
}
