import type { CookieOptions, Request } from 'express';
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
