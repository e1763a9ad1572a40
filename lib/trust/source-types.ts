// The kinds of evidence a source may be, each with the label the source list shows beside it, so
// readers see what backs a point: a guideline weighs more than a single study. `strong` marks the
// kinds that can carry a verdict of "works" or "myth" on their own: a guideline, a systematic review
// or a trial. A narrative or critical review (`review`) sums up others' work without a systematic
// search, so it is not one of them.

export const SOURCE_TYPES = {
  guideline: { label: 'Guideline', strong: true },
  'systematic-review': { label: 'Systematic review', strong: true },
  trial: { label: 'Trial', strong: true },
  review: { label: 'Review', strong: false },
  study: { label: 'Study', strong: false },
  'health-information': { label: 'Health information', strong: false },
} as const satisfies Record<string, { label: string; strong: boolean }>;

export type SourceTypeId = keyof typeof SOURCE_TYPES;

export const SOURCE_TYPE_IDS = Object.keys(SOURCE_TYPES) as SourceTypeId[];

export function isSourceTypeId(value: string): value is SourceTypeId {
  return Object.hasOwn(SOURCE_TYPES, value);
}

export function sourceTypeLabel(id: string | undefined): string | undefined {
  return id !== undefined && isSourceTypeId(id) ? SOURCE_TYPES[id].label : undefined;
}

/** The kinds that can carry a verdict of "works" or "myth": guideline, systematic-review, trial. */
export const STRONG_SOURCE_TYPE_IDS = SOURCE_TYPE_IDS.filter((id) => SOURCE_TYPES[id].strong);
