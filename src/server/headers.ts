import type { MiddlewareHandler } from 'hono';

// Scripts, styles, data and the map all come from this server: nothing may load from elsewhere,
// and no inline script can run even if some text were ever parsed as HTML.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers on every answer. */
export function securityHeaders(): MiddlewareHandler {
  return async function securityHeadersHandler(c, next) {
    await next();
    c.header('content-security-policy', CSP);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-frame-options', 'DENY');
    c.header('cross-origin-opener-policy', 'same-origin');
  };
}
