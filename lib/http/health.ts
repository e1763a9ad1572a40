// The /api/health body: only what a load balancer or an operator needs to tell builds apart.

export interface HealthReport {
  commit: string;
  questions: number;
}

/** A full or short git SHA, or `unknown` when the build was made outside a checkout. */
export function healthReport(commit: string | undefined, questionCount: number): HealthReport {
  return { commit: commit && /^[0-9a-f]{7,40}$/.test(commit) ? commit : 'unknown', questions: questionCount };
}
