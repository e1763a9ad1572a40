import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyDirectives, securityHeaders } from '@/lib/http/security-headers';

const production = { dev: false, upgradeInsecureRequests: false };

function directive(policy: string[][], name: string): string[] | undefined {
  return policy.find(([key]) => key === name)?.slice(1);
}

describe('the content security policy', () => {
  it('forbids framing, plugins, foreign scripts and eval in production', () => {
    const policy = contentSecurityPolicyDirectives(production);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy(production)).not.toContain('unsafe-eval');
    expect(directive(policy, 'script-src')?.filter((source) => !source.startsWith("'"))).toEqual([]);
  });

  it('never pairs unsafe-inline with a hash or nonce, which would make browsers ignore it', () => {
    for (const dev of [false, true]) {
      const scripts = directive(contentSecurityPolicyDirectives({ dev, upgradeInsecureRequests: false }), 'script-src');
      expect(scripts).toContain("'unsafe-inline'");
      expect(scripts?.some((source) => /^'(sha256|sha384|sha512|nonce)-/.test(source))).toBe(false);
    }
  });

  it('allows eval only for development tooling, and upgrades requests only when asked', () => {
    expect(contentSecurityPolicy({ dev: true, upgradeInsecureRequests: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy(production)).not.toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy({ dev: false, upgradeInsecureRequests: true })).toMatch(
      /; upgrade-insecure-requests$/,
    );
  });

  it('is one header among the security headers, each named once', () => {
    const headers = securityHeaders(production);
    const keys = headers.map((header) => header.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        'content-security-policy',
        'x-content-type-options',
        'referrer-policy',
        'permissions-policy',
      ]),
    );
  });
});
