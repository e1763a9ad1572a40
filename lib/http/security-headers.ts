// The HTTP security and caching headers every response carries, in one place: next.config.ts applies
// them and the tests read the same values. Pure data and string building, no Next or React imports.

export interface HeaderEntry {
  key: string;
  value: string;
}

export interface CspOptions {
  /** Development: React's tooling needs eval and Next's runtime inline scripts and styles. */
  dev: boolean;
  /** Served over HTTPS (SITE_URL): fetch every subresource over HTTPS and tell browsers to stay on it. */
  https: boolean;
}

/** How long browsers keep to HTTPS once told (Strict-Transport-Security): two years, as hstspreload.org asks. */
export const HSTS_MAX_AGE_SECONDS = 2 * 365 * 24 * 60 * 60;

/**
 * The policy, directive by directive. In production no inline script or style runs unless listed:
 * readers' pages carry no framework runtime, only the layout's few fixed inline scripts, whose hashes
 * the production server adds to script-src of every page (runtime/html-response.mjs, from the hashes
 * scripts/prepare-standalone.ts takes from the built 404 page). 'unsafe-eval' is never allowed in production.
 */
export function contentSecurityPolicyDirectives({ dev, https }: CspOptions): string[][] {
  const directives: string[][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(dev ? ["'unsafe-inline'", "'unsafe-eval'"] : [])],
    ['style-src', "'self'", ...(dev ? ["'unsafe-inline'"] : [])],
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
  if (https) directives.push(['upgrade-insecure-requests']);
  return directives;
}

/** The header's text for a list of directives. */
function policyText(directives: string[][]): string {
  return directives.map((parts) => parts.join(' ')).join('; ');
}

export function contentSecurityPolicy(options: CspOptions): string {
  return policyText(contentSecurityPolicyDirectives(options));
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

/**
 * The browser editor (/keystatic, in builds configured for GitHub): Keystatic's interface styles itself
 * with inline styles, talks to GitHub's API from the browser and shows GitHub avatars. Scripts stay
 * as strict as on pages (the server lists the hashes of the runtime's inline scripts there).
 */
export function editorContentSecurityPolicy(options: CspOptions): string {
  return policyText(
    contentSecurityPolicyDirectives(options).map(([name = '', ...sources]) => {
      if (name === 'style-src' && !sources.includes("'unsafe-inline'")) return [name, ...sources, "'unsafe-inline'"];
      if (name === 'connect-src') return [name, ...sources, 'https://api.github.com'];
      if (name === 'img-src') return [name, ...sources, 'https://avatars.githubusercontent.com'];
      return [name, ...sources];
    }),
  );
}

export function securityHeaders(options: CspOptions): HeaderEntry[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    // For browsers that predate frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(options.https && !options.dev
      ? [{ key: 'Strict-Transport-Security', value: `max-age=${HSTS_MAX_AGE_SECONDS}` }]
      : []),
  ];
}
