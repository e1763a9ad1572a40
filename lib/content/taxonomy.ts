// Tags and categories with their counts, computed from the slim index.
import type { QuestionEntry, TagRef } from './types';

export interface TagCount extends TagRef {
  count: number;
}

/** Every tag with the number of questions carrying it, most used first, then by name. */
export function allTags(entries: readonly QuestionEntry[]): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const entry of entries) {
    for (const tag of entry.tags) {
      const existing = counts.get(tag.slug);
      if (existing) existing.count += 1;
      else counts.set(tag.slug, { ...tag, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The display name of a tag slug, or undefined when no question carries it. */
export function tagName(entries: readonly QuestionEntry[], slug: string): string | undefined {
  for (const entry of entries) {
    const tag = entry.tags.find((candidate) => candidate.slug === slug);
    if (tag) return tag.name;
  }
  return undefined;
}

export function categoryCounts(entries: readonly QuestionEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
  return counts;
}
