// The security headers, checked as Mozilla Observatory's rules score them (its tests for CSP, HSTS,
// X-Content-Type-Options, X-Frame-Options and Referrer-Policy): a production policy with no inline
// script or style allowed by 'unsafe-inline', no eval, nothing framed, no plugins, base and forms to
// the site; HSTS for six months or more whenever the site is served over HTTPS.
import { describe, expect, it } from 'vitest';
import {
  HSTS_MAX_AGE_SECONDS,
  contentSecurityPolicy,
  contentSecurityPolicyDirectives,
  securityHeaders,
} from '@/lib/http/security-headers';

const production = { dev: false, https: true };

function directive(policy: string[][], name: string): string[] | undefined {
  return policy.find(([key]) => key === name)?.slice(1);
}

function header(headers: { key: string; value: string }[], name: string): string | undefined {
  return headers.find((entry) => entry.key.toLowerCase() === name)?.value;
}

describe('the content security policy in production', () => {
  const policy = contentSecurityPolicyDirectives(production);

  it('runs no inline script or style unless its hash is listed, and never eval', () => {
    for (const name of ['script-src', 'style-src']) {
      expect(directive(policy, name), name).toEqual(["'self'"]);
    }
    expect(contentSecurityPolicy(production)).not.toMatch(/unsafe-(inline|eval|hashes)|\bdata:[^;]*script|\*/);
  });

  it('forbids framing, plugins, foreign bases and foreign form targets', () => {
    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'base-uri')).toEqual(["'self'"]);
    expect(directive(policy, 'form-action')).toEqual(["'self'"]);
  });

  it('upgrades requests only for a site served over HTTPS', () => {
    expect(contentSecurityPolicy(production)).toMatch(/; upgrade-insecure-requests$/);
    expect(contentSecurityPolicy({ dev: false, https: false })).not.toContain('upgrade-insecure-requests');
  });
});

describe('the policy in development', () => {
  it('lets Next’s runtime and React’s tooling run (inline scripts and styles, eval, the reload socket)', () => {
    const policy = contentSecurityPolicyDirectives({ dev: true, https: false });
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
    expect(directive(policy, 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(policy, 'connect-src')).toContain('ws:');
  });
});

describe('the other security headers', () => {
  it('are each named once, with the values Observatory scores best', () => {
    const headers = securityHeaders(production);
    const keys = headers.map((entry) => entry.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(header(headers, 'x-content-type-options')).toBe('nosniff');
    expect(header(headers, 'x-frame-options')).toBe('DENY');
    expect(header(headers, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(header(headers, 'permissions-policy')).toMatch(/camera=\(\)/);
  });

  it('tell browsers to keep to HTTPS for at least six months, only when the site is served over it', () => {
    const hsts = header(securityHeaders(production), 'strict-transport-security');
    expect(hsts).toBe(`max-age=${HSTS_MAX_AGE_SECONDS}`);
    expect(HSTS_MAX_AGE_SECONDS).toBeGreaterThanOrEqual(15_768_000);
    expect(header(securityHeaders({ dev: false, https: false }), 'strict-transport-security')).toBeUndefined();
    expect(header(securityHeaders({ dev: true, https: true }), 'strict-transport-security')).toBeUndefined();
  });
});
