// The fixed set of verdicts a question may carry, each with the label and one-line meaning shown on its badge.

export const VERDICTS = {
  works: {
    label: 'Works',
    meaning: 'Good-quality evidence shows this helps for most people.',
    tone: 'positive',
  },
  'doesnt-work': {
    label: "Doesn't work",
    meaning: 'Good-quality evidence shows this does not do what is claimed.',
    tone: 'negative',
  },
  'mixed-evidence': {
    label: 'Mixed evidence',
    meaning: 'Studies disagree or are small: it may help some people, but it is not proven.',
    tone: 'neutral',
  },
  myth: {
    label: 'Myth',
    meaning: 'A popular belief that the evidence does not support.',
    tone: 'negative',
  },
  'usually-harmless': {
    label: 'Usually harmless',
    meaning: 'Common and rarely a sign of anything serious, but know the warning signs.',
    tone: 'positive',
  },
} as const satisfies Record<string, { label: string; meaning: string; tone: 'positive' | 'negative' | 'neutral' }>;

export type VerdictId = keyof typeof VERDICTS;

export const VERDICT_IDS = Object.keys(VERDICTS) as VerdictId[];

export function isVerdictId(value: string): value is VerdictId {
  return Object.hasOwn(VERDICTS, value);
}
