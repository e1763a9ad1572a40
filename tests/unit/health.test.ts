import { describe, expect, it } from 'vitest';
import { healthReport } from '@/lib/http/health';

describe('healthReport', () => {
  it('reports the commit, the question count and the Redis servers, and nothing else', () => {
    const sha = 'a'.repeat(40);
    expect(healthReport(sha, 12)).toEqual({
      commit: sha,
      questions: 12,
      redis: { cache: 'not configured', feedback: 'not configured' },
    });
    expect(healthReport(sha, 12, { cache: 'down', feedback: 'up' }).redis).toEqual({ cache: 'down', feedback: 'up' });
  });

  it('says unknown when the build had no usable commit', () => {
    expect(healthReport(undefined, 3).commit).toBe('unknown');
    expect(healthReport('', 3).commit).toBe('unknown');
    expect(healthReport('not a sha; rm -rf', 3).commit).toBe('unknown');
  });
});
