import type { CookieOptions, Request, Response } from 'express';
import { parse } from 'cookie';
import type { AppConfig } from '../../config/config';

export function sessionCookieName(config: AppConfig): string {
  // The __Host- prefix pins the cookie to this exact origin, but browsers only accept it over HTTPS.
  return config.secureCookies ? '__Host-ruche_session' : 'ruche_session';
}

export function sessionCookieOptions(config: AppConfig): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: config.auth.absoluteTimeoutMs,
  };
}

/**
 * Clears a cookie with the attributes it was set with: browsers ignore a clearing Set-Cookie for a
 * `__Host-`/`__Secure-` cookie that lacks Secure, and match the path exactly.
 */
export function clearCookie(res: Response, name: string, options: CookieOptions): void {
  const { maxAge: _maxAge, expires: _expires, ...attributes } = options;
  res.clearCookie(name, attributes);
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  clearCookie(res, sessionCookieName(config), sessionCookieOptions(config));
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header || header.length > 8192) return undefined;
  try {
    return parse(header)[name] ?? undefined;
  } catch {
    return undefined;
  }
}

export function requestCookie(req: Request, name: string): string | undefined {
  return readCookie(req.headers.cookie, name);
}
