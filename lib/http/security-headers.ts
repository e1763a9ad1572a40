// The HTTP security and caching headers every response carries, in one place: next.config.ts applies
// them and the tests read the same values. Pure data and string building, no Next or React imports.

export interface HeaderEntry {
  key: string;
  value: string;
}

export interface CspOptions {
  /** Add 'unsafe-eval' for React's development tooling; never in production. */
  dev: boolean;
  /** Ask browsers to fetch every subresource over HTTPS (only when the site is served over HTTPS). */
  upgradeInsecureRequests: boolean;
}

/**
 * Pages are prerendered and served from the ISR cache, so no request-time nonce can reach them, and
 * Next.js hydrates from inline `<script>` tags whose content (the RSC payload) differs per page and
 * per regeneration. Next's own guide for CSP without nonces therefore allows inline scripts with
 * 'unsafe-inline'. A hash or nonce source must NOT be added next to it: browsers then ignore
 * 'unsafe-inline' and block the hydration scripts. 'unsafe-eval' is never allowed in production.
 */
export function contentSecurityPolicyDirectives({ dev, upgradeInsecureRequests }: CspOptions): string[][] {
  const directives: string[][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...(dev ? ['ws:'] : [])],
    ['manifest-src', "'self'"],
    ['media-src', "'self'"],
    ['frame-src', "'none'"],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  if (upgradeInsecureRequests) directives.push(['upgrade-insecure-requests']);
  return directives;
}

export function contentSecurityPolicy(options: CspOptions): string {
  return contentSecurityPolicyDirectives(options)
    .map((parts) => parts.join(' '))
    .join('; ');
}

/** Powerful browser features the site never uses, switched off for it and anything it embeds. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

export function securityHeaders(options: CspOptions): HeaderEntry[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    // For browsers that predate frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/** Seconds a CDN may keep serving a page after it went stale while it fetches a fresh copy. */
export const CDN_STALE_SECONDS = 24 * 60 * 60;
