// Reads the shipped content's frontmatter into the slim index, without a Contentlayer build, so unit
// tests can check search and lists against the questions the site really publishes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildContentIndex, type GeneratedCategory, type GeneratedQuestion } from '@/lib/build/content-index';
import { categoryPath, CONTENT_DIR, questionPath } from '@/lib/content/paths';
import type { ContentIndex } from '@/lib/content/types';

function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter`);
  return parse(match[1]) as Record<string, unknown>;
}

function filesIn(dir: string, extension: string): string[] {
  return readdirSync(path.join(CONTENT_DIR, dir))
    .filter((name) => name.endsWith(extension))
    .sort();
}

export function shippedContentIndex(): ContentIndex {
  const categories = filesIn('categories', '.yaml').map((name): GeneratedCategory => {
    const slug = name.replace(/\.yaml$/, '');
    const data = parse(readFileSync(path.join(CONTENT_DIR, 'categories', name), 'utf8')) as GeneratedCategory;
    return { ...data, slug, url: categoryPath(slug), _raw: { sourceFilePath: `categories/${name}` } };
  });
  const questions = filesIn('questions', '.mdx').map((name): GeneratedQuestion => {
    const slug = name.replace(/\.mdx$/, '');
    const data = frontmatter(path.join(CONTENT_DIR, 'questions', name)) as unknown as GeneratedQuestion;
    return {
      ...data,
      published: String(data.published),
      updated: String(data.updated),
      slug,
      url: questionPath(slug),
      readerWords: 0, // no body is read here: the unit tests using this index never look at reading time
      _raw: { sourceFilePath: `questions/${name}`, flattenedPath: `questions/${slug}` },
    };
  });
  return buildContentIndex(questions, categories);
}
