/**
 * Set by scripts/next-build.ts when the previous successful build type-checked exactly this code:
 * next.config.ts then lets `next build` skip its own check.
 */
export const TYPES_CHECKED_ENV = 'HEALTH_ANSWERS_TYPES_CHECKED';

export function typesAlreadyChecked(env: Record<string, string | undefined>): boolean {
  return env[TYPES_CHECKED_ENV] === '1';
}
