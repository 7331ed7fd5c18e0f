/** Longest returnTo kept; anything longer is refused rather than cut (a cut path is a different page). */
const MAX_RETURN_TO = 512;

/**
 * Accepts only a same-site relative path ("/ideas?tab=new#top") and returns it normalised; anything
 * else (absolute URLs, protocol-relative "//host", backslash tricks, control characters) gives
 * undefined. Open redirects through the sign-in flow are a classic phishing aid.
 */
export function safeReturnTo(value: unknown, origin: string): string | undefined {
  if (value === undefined || value === '') return '/';
  if (typeof value !== 'string' || value.length > MAX_RETURN_TO) return undefined;
  // Browsers treat "\" like "/" and drop tabs/newlines inside URLs: "/\evil.com" and "/\t/evil.com" are off-site.
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Never bounce back into the SAML endpoints themselves.
  if (url.pathname.startsWith('/auth/saml')) return '/';
  return path.startsWith('//') ? undefined : path;
}
