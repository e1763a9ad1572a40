// The kinds of evidence a source may be, each with the label the source list shows beside it, so
// readers see what backs a point: a guideline weighs more than a single study.

export const SOURCE_TYPES = {
  guideline: { label: 'Guideline' },
  'systematic-review': { label: 'Systematic review' },
  trial: { label: 'Trial' },
  study: { label: 'Study' },
  'health-information': { label: 'Health information' },
} as const satisfies Record<string, { label: string }>;

export type SourceTypeId = keyof typeof SOURCE_TYPES;

export const SOURCE_TYPE_IDS = Object.keys(SOURCE_TYPES) as SourceTypeId[];

export function isSourceTypeId(value: string): value is SourceTypeId {
  return Object.hasOwn(SOURCE_TYPES, value);
}

export function sourceTypeLabel(id: string | undefined): string | undefined {
  return id !== undefined && isSourceTypeId(id) ? SOURCE_TYPES[id].label : undefined;
}
