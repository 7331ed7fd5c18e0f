import type { FastifyReply, FastifyRequest } from 'fastify';
import { parse, serialize } from 'cookie';
import type { AppConfig } from '../../config/config';

export interface CookieOptions {
  httpOnly: boolean;
  sameSite: 'lax' | 'strict' | 'none';
  secure: boolean;
  path: string;
  /** Lifetime in milliseconds (sent as Max-Age, and as Expires for older clients). */
  maxAge?: number;
}

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

/** Adds a Set-Cookie header (several may be set on one response). */
export function setCookie(reply: FastifyReply, name: string, value: string, options: CookieOptions): void {
  const { maxAge, ...attributes } = options;
  reply.header(
    'set-cookie',
    serialize(name, value, {
      ...attributes,
      ...(maxAge !== undefined ? { maxAge: Math.floor(maxAge / 1000), expires: new Date(Date.now() + maxAge) } : {}),
    }),
  );
}

/**
 * Clears a cookie with the attributes it was set with: browsers ignore a clearing Set-Cookie for a
 * `__Host-`/`__Secure-` cookie that lacks Secure, and match the path exactly.
 */
export function clearCookie(reply: FastifyReply, name: string, options: CookieOptions): void {
  const { maxAge: _maxAge, ...attributes } = options;
  reply.header('set-cookie', serialize(name, '', { ...attributes, expires: new Date(0) }));
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  clearCookie(reply, sessionCookieName(config), sessionCookieOptions(config));
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header || header.length > 8192) return undefined;
  try {
    return parse(header)[name] ?? undefined;
  } catch {
    return undefined;
  }
}

export function requestCookie(req: FastifyRequest, name: string): string | undefined {
  return readCookie(req.headers.cookie, name);
}
