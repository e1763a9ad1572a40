// What editors look up while writing (`npm run list -- tags`): the tags in use, the question slugs
// with their titles, the aliases, the categories, the trusted publishers and the reviewers, read
// from the same files and data the check reads. Pure: files and data go in, lines come out.
import { CATEGORY_FILE, QUESTION_FILE } from '../content/files';
import type { Reviewer } from '../trust/reviewers';
import type { TrustedPublishers } from '../trust/source-policy';
import { asList, asRecord } from './frontmatter-values';
import { parseMdxFile, parseYaml, type SourceFile } from './parse';

export const CATALOG_KINDS = ['tags', 'slugs', 'aliases', 'categories', 'publishers', 'reviewers'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export interface CatalogData {
  files: readonly SourceFile[];
  publishers: TrustedPublishers;
  reviewers: readonly Reviewer[];
}

const byText = (a: string, b: string) => a.localeCompare(b);

/** One line per name, sorted, with what an editor needs beside it (a tag's count, a slug's title…). */
export function catalog(kind: CatalogKind, { files, publishers, reviewers }: CatalogData): string[] {
  const questions = files.flatMap((file) => {
    const slug = QUESTION_FILE.exec(file.contentPath)?.[1];
    if (slug === undefined || file.encoding) return [];
    return [{ slug, data: asRecord(parseMdxFile(file.text).yaml.data) }];
  });
  switch (kind) {
    case 'tags': {
      const counts = new Map<string, number>();
      for (const { data } of questions)
        for (const tag of asList(data.tags)) if (typeof tag === 'string') counts.set(tag, (counts.get(tag) ?? 0) + 1);
      return [...counts].sort(([a], [b]) => byText(a, b)).map(([tag, count]) => `${tag}  (${count})`);
    }
    case 'slugs':
      return questions
        .map(({ slug, data }) => `${slug}  ${typeof data.title === 'string' ? data.title : ''}`.trimEnd())
        .sort(byText);
    case 'aliases':
      return questions
        .flatMap(({ slug, data }) =>
          asList(data.aliases).flatMap((alias) => (typeof alias === 'string' ? [`${alias}  -> ${slug}`] : [])),
        )
        .sort(byText);
    case 'categories':
      return files
        .flatMap((file) => {
          const slug = CATEGORY_FILE.exec(file.contentPath)?.[1];
          if (slug === undefined || file.encoding) return [];
          const title = asRecord(parseYaml(file.text).data).title;
          return [`${slug}  ${typeof title === 'string' ? title : ''}`.trimEnd()];
        })
        .sort(byText);
    case 'publishers':
      return publishers.publishers
        .map((publisher) => `${publisher.name}  (${[publisher.kind, ...publisher.domains].join(', ')})`)
        .sort(byText);
    case 'reviewers':
      return reviewers.map((reviewer) => `${reviewer.id}  ${reviewer.name}, ${reviewer.credentials}`).sort(byText);
  }
}
