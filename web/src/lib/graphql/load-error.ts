import { error, redirect } from '@sveltejs/kit';
import { httpStatusOf } from '@ruche/shared';
import { errorCodeOf, type ClientErrorCode } from './client';

/** The page's status: the server's own for the code (the one shared table), 503 when it could not be reached. */
const statusOf = (code: ClientErrorCode): number => (code === 'NETWORK_ERROR' ? 503 : httpStatusOf(code));

export function loginUrl(returnTo: string): string {
  return `/login?returnTo=${encodeURIComponent(returnTo)}`;
}

/** Turns a failed request inside a `load` into a redirect to sign in, or a SvelteKit error with its code. */
export function failLoad(cause: unknown, returnTo: string, override?: Partial<Record<ClientErrorCode, ClientErrorCode>>): never {
  const raw = errorCodeOf(cause);
  const code = override?.[raw] ?? raw;
  if (code === 'UNAUTHENTICATED') redirect(307, loginUrl(returnTo));
  error(statusOf(code), { message: code, code });
}
