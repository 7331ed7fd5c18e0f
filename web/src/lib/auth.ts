import { ApiError, toErrorCode } from './graphql/client';

/** Session as the server's GET /auth/session reports it. */
export interface SessionSummary {
  authenticated: boolean;
  userId?: string;
  displayName?: string;
  locale?: string;
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('NETWORK_ERROR', 'The server could not be reached.');
  }
  const json = (await res.json().catch(() => ({}))) as { code?: unknown; message?: unknown };
  if (!res.ok) throw new ApiError(toErrorCode(json.code), typeof json.message === 'string' ? json.message : `HTTP ${res.status}`, res.status);
  return json as T;
}

export const getSession = () => call<SessionSummary>('GET', '/auth/session');

/** Demo sign-in (AUTH_MODE=local): the server sets the httpOnly session cookie. */
export const signInLocal = (userId: string) => call<{ ok: boolean; userId: string }>('POST', '/auth/local/login', { userId });

/** Ends the session. `redirect` is where to go next (the IdP's logout in SAML mode), else the sign-in page. */
export const signOutRequest = () => call<{ ok: boolean; redirect: string | null }>('POST', '/auth/logout', {});

/** Only same-origin paths may be a return target: never `//host` or `https://…` (open redirect). */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) return '/';
  return value;
}
