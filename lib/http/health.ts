// The /api/health body: only what a load balancer or an operator needs to tell builds apart, and
// whether the Redis servers answer. A Redis that is down does not fail the check: the site serves
// without it (pages from its own cache, feedback forms saying they could not be sent).

export type RedisStatus = 'up' | 'down' | 'not configured';

export interface HealthReport {
  commit: string;
  questions: number;
  redis: { cache: RedisStatus; feedback: RedisStatus };
}

/** A full or short git SHA, or `unknown` when the build was made outside a checkout. */
export function healthReport(
  commit: string | undefined,
  questionCount: number,
  redis: HealthReport['redis'] = { cache: 'not configured', feedback: 'not configured' },
): HealthReport {
  return {
    commit: commit && /^[0-9a-f]{7,40}$/.test(commit) ? commit : 'unknown',
    questions: questionCount,
    redis,
  };
}
