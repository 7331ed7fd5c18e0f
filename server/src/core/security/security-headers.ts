import type { ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import { fixedHeaders, type NodeMiddleware } from './fixed-headers';

export interface SecurityHeaderSettings {
  /** Served over HTTPS: HSTS and upgrade-insecure-requests. */
  secureCookies: boolean;
}

/** Helmet's settings: the CSP depends only on configuration and the web build's inline script hashes. */
export function helmetOptions(config: SecurityHeaderSettings, scriptHashes: readonly string[]): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", ...scriptHashes],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'upgrade-insecure-requests': config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: config.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  };
}

/**
 * Helmet's headers, computed once at start-up (fixedHeaders) rather than by helmet on every request:
 * the returned function sets them on a response.
 */
export function securityHeaders(config: SecurityHeaderSettings, scriptHashes: readonly string[]): (res: ServerResponse) => void {
  return fixedHeaders(helmet(helmetOptions(config, scriptHashes)) as NodeMiddleware);
}
