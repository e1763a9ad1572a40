/**
 * Set by scripts/next-build.ts when exactly this code was already type-checked (by
 * scripts/type-check.ts, or by the previous successful build): next.config.ts then lets `next build`
 * skip its own check.
 */
export const TYPES_CHECKED_ENV = 'HEALTH_ANSWERS_TYPES_CHECKED';

export function typesAlreadyChecked(env: Record<string, string | undefined>): boolean {
  return env[TYPES_CHECKED_ENV] === '1';
}
