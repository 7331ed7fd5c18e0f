import type { CookieOptions } from '../../../core/auth/session-cookie';
import type { AppConfig } from '../../../config/config';

/** How long a sign-in started here may take at the IdP (MFA included) before its request expires. */
export const SAML_REQUEST_TTL_MS = 15 * 60_000;
export const NONCE_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/**
 * Sign-ins one browser may have under way at once (tabs). Every login issues a fresh nonce and keeps
 * the browser's earlier ones whose requests are still pending, newest first, up to this many; a sign-in
 * pushed off the end fails with `binding_mismatch` instead of being accepted unbound.
 */
export const MAX_PENDING_NONCES = 5;
const SEPARATOR = '.';

/**
 * The IdP posts the response back cross-site, so the nonce cookie must be SameSite=None, which
 * browsers only accept with Secure: over HTTPS, or on localhost/127.0.0.1 (secure contexts).
 */
export function nonceCookieSecure(config: AppConfig): boolean {
  const host = new URL(config.publicUrl).hostname;
  return config.secureCookies || host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** `__Host-` over HTTPS: only this exact origin can set or overwrite it (no sibling subdomain, no path). */
export function nonceCookieName(config: AppConfig): string {
  return config.secureCookies ? '__Host-ruche_saml' : 'ruche_saml';
}

export function nonceCookieOptions(config: AppConfig): CookieOptions {
  const secure = nonceCookieSecure(config);
  return { httpOnly: true, path: '/', secure, sameSite: secure ? 'none' : 'lax', maxAge: SAML_REQUEST_TTL_MS };
}

/** The nonces in the cookie, newest first; anything malformed is dropped, never an error. */
export function parseNonceCookie(value: string | undefined): string[] {
  if (!value || value.length > (43 + 1) * MAX_PENDING_NONCES * 2) return [];
  const nonces = value.split(SEPARATOR).filter((n) => NONCE_PATTERN.test(n));
  return [...new Set(nonces)].slice(0, MAX_PENDING_NONCES);
}

export function formatNonceCookie(nonces: readonly string[]): string {
  return nonces.slice(0, MAX_PENDING_NONCES).join(SEPARATOR);
}
