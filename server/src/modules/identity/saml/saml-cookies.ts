import type { CookieOptions } from 'express';
import type { AppConfig } from '../../../config/config';

/** How long a sign-in started here may take at the IdP (MFA included) before its request expires. */
export const SAML_REQUEST_TTL_MS = 15 * 60_000;
export const NONCE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The IdP posts the response back cross-site, so the nonce cookie must be SameSite=None, which
 * browsers only accept with Secure: over HTTPS, or on localhost/127.0.0.1 (secure contexts).
 */
export function nonceCookieSecure(config: AppConfig): boolean {
  const host = new URL(config.publicUrl).hostname;
  return config.secureCookies || host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

export function nonceCookieName(config: AppConfig): string {
  return config.secureCookies ? '__Secure-ruche_saml' : 'ruche_saml';
}

export function nonceCookieOptions(config: AppConfig): CookieOptions {
  const secure = nonceCookieSecure(config);
  return { httpOnly: true, path: '/auth/saml', secure, sameSite: secure ? 'none' : 'lax', maxAge: SAML_REQUEST_TTL_MS };
}
