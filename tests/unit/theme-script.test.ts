import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyDirectives } from '@/lib/http/security-headers';
import { THEME_SCRIPT } from '@/lib/pages/theme-script';

describe('the inline theme script', () => {
  it('is allowed to run by the Content Security Policy', () => {
    const scriptSrc = contentSecurityPolicyDirectives({ dev: false, upgradeInsecureRequests: true }).find(
      ([name]) => name === 'script-src',
    )!;
    const hash = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;
    // With any hash or nonce listed, browsers ignore 'unsafe-inline', so then the script's own hash must be there.
    const hashesOrNonces = scriptSrc.filter((source) => /^'(sha\d+|nonce)-/.test(source));
    if (hashesOrNonces.length > 0) expect(scriptSrc).toContain(hash);
    else expect(scriptSrc).toContain("'unsafe-inline'");
  });

  it('is plain script text that cannot close its own tag', () => {
    expect(THEME_SCRIPT).not.toMatch(/<\/script/i);
  });
});
