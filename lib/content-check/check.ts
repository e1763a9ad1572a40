// The editor's content check: every rule a question or category file must pass before merge, each
// problem with the file, line and column at fault. Pure: files and today's date go in, problems come out.
import type { Root } from 'mdast';
import { formatProblem, type ContentProblem } from '../content-errors';
import { MIN_FAQS, SHORT_ANSWER_MAX_CHARS, SUMMARY_MAX_CHARS } from '../content-rules';
import {
  buildLinkIndex,
  describeUnresolved,
  findInternalLinks,
  linkableFields,
  resolveLink,
  type LinkableQuestion,
} from '../internal-links';
import { findUnsafeMdx } from '../mdx/safe-mdx';
import { PLACEHOLDER_MARKER } from '../question-template';
import { toSlug } from '../slug';
import { parseMdxFile, parseYaml, type ParsedYaml, type Position, type SourceFile } from './parse';
import { checkObject, isDateValue, type FieldPath, type FieldSpecs, type SchemaProblem } from './schema';

export type RuleId =
  | 'unknown-file'
  | 'yaml'
  | 'mdx-syntax'
  | 'schema'
  | 'slug'
  | 'category'
  | 'tag-variant'
  | 'duplicate-slug'
  | 'duplicate-title'
  | 'duplicate-source'
  | 'unknown-source'
  | 'uncited-source'
  | 'source-url'
  | 'future-date'
  | 'date-order'
  | 'no-faq'
  | 'internal-link'
  | 'related'
  | 'summary-length'
  | 'short-answer-length'
  | 'placeholder'
  | 'unsafe-mdx';

export interface CheckProblem extends ContentProblem {
  rule: RuleId;
  line: number;
  column: number;
}

export interface CheckOptions {
  /** `Question.def().fields` and `Category.def().fields` from contentlayer.config.ts. */
  questionFields: FieldSpecs;
  categoryFields: FieldSpecs;
  /** Today as YYYY-MM-DD (UTC): nothing may be published after it. */
  today: string;
}

// The same patterns as the document types in contentlayer.config.ts; the slug is the file name.
export const QUESTION_FILE = /^questions\/(?:.+\/)?([^/]+)\.mdx$/;
export const CATEGORY_FILE = /^categories\/(?:.+\/)?([^/]+)\.yaml$/;

interface Located {
  value: string;
  at: Position;
}

interface LinkFact extends Located {
  raw: string;
  field: string;
}

/** What the cross-file rules need from one question, gathered during its own pass. */
interface QuestionFacts {
  file: string;
  slug: string;
  draft: boolean;
  title?: Located;
  category?: Located;
  tags: Located[];
  aliases: string[];
  related: Located[];
  links: LinkFact[];
}

type Report = (rule: RuleId, at: Position, field: string, message: string) => void;

export function checkContent(files: readonly SourceFile[], options: CheckOptions): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const reporter =
    (file: string): Report =>
    (rule, at, field, message) =>
      problems.push({ rule, file, field, message, line: at.line, column: at.column });

  const categories = new Set<string>();
  const questions: QuestionFacts[] = [];
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const file of sorted) {
    const report = reporter(file.path);
    const category = CATEGORY_FILE.exec(file.contentPath);
    const question = QUESTION_FILE.exec(file.contentPath);
    if (category) {
      categories.add(category[1]);
      checkCategory(file, options, report);
    } else if (question) {
      questions.push(checkQuestion(file, question[1], options, report));
    } else {
      report(
        'unknown-file',
        { line: 1, column: 1 },
        'file',
        'not a content file: questions are questions/<slug>.mdx, categories categories/<slug>.yaml',
      );
    }
  }
  checkAcrossQuestions(questions, categories, reporter);
  return problems.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

/** `keyPoints[0].text` -> ['keyPoints', 0, 'text'] */
function pathOf(field: string): FieldPath {
  return field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function fieldName(path: FieldPath): string {
  return path.reduce<string>(
    (name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment),
    '',
  );
}

function reportSchema(problems: SchemaProblem[], yaml: ParsedYaml, report: Report) {
  for (const problem of problems) {
    report('schema', yaml.locate(problem.path), fieldName(problem.path), problem.message);
  }
}

function checkCategory(file: SourceFile, options: CheckOptions, report: Report) {
  const yaml = parseYaml(file.text);
  for (const problem of yaml.problems) report('yaml', problem, 'yaml', problem.message);
  if (yaml.problems.length > 0) return;
  const schema: SchemaProblem[] = [];
  checkObject(options.categoryFields, yaml.data, [], schema);
  reportSchema(schema, yaml, report);
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asDay(value: unknown): string | undefined {
  if (!isDateValue(value)) return undefined;
  return (value instanceof Date ? value : new Date(value as string)).toISOString().slice(0, 10);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function checkQuestion(file: SourceFile, slug: string, options: CheckOptions, report: Report): QuestionFacts {
  const facts: QuestionFacts = { file: file.path, slug, draft: false, tags: [], aliases: [], related: [], links: [] };
  const parsed = parseMdxFile(file.text);
  const { yaml } = parsed;
  for (const problem of yaml.problems) report('yaml', problem, 'yaml', problem.message);
  for (const problem of parsed.problems) report('mdx-syntax', problem, 'body', problem.message);

  if (toSlug(slug) !== slug) {
    report(
      'slug',
      { line: 1, column: 1 },
      'file',
      `file name "${slug}.mdx" is not a slug; rename it to "${toSlug(slug)}.mdx"`,
    );
  }

  if (parsed.body) checkBody(parsed.body, parsed.bodyLineOffset, report, facts);

  if (yaml.data === undefined) return facts;
  const schema: SchemaProblem[] = [];
  checkObject(options.questionFields, yaml.data, [], schema);
  reportSchema(schema, yaml, report);

  const data = asRecord(yaml.data);
  const str = (name: string) => (typeof data[name] === 'string' ? (data[name] as string) : undefined);
  const at = (...path: FieldPath) => yaml.locate(path);

  facts.draft = data.draft === true;
  // The fields the page renders with links (lib/internal-links.ts), read once the shape is known good.
  if (schema.length === 0) {
    for (const { field, text } of linkableFields(data as unknown as LinkableQuestion)) {
      for (const link of findInternalLinks(text)) {
        facts.links.push({ value: link.target, raw: link.raw, field, at: yaml.locateText(pathOf(field), link.raw) });
      }
    }
  }
  const title = str('title');
  if (title !== undefined) facts.title = { value: title, at: at('title') };
  const category = str('category');
  if (category !== undefined) facts.category = { value: category, at: at('category') };
  asList(data.tags).forEach((tag, index) => {
    if (typeof tag === 'string') facts.tags.push({ value: tag, at: at('tags', index) });
  });
  facts.aliases = asList(data.aliases).filter((alias): alias is string => typeof alias === 'string');
  asList(data.related).forEach((related, index) => {
    if (typeof related === 'string') facts.related.push({ value: related, at: at('related', index) });
  });

  checkLengths(str('summary'), SUMMARY_MAX_CHARS, 'summary', 'summary-length', at('summary'), report);
  checkLengths(
    str('shortAnswer'),
    SHORT_ANSWER_MAX_CHARS,
    'shortAnswer',
    'short-answer-length',
    at('shortAnswer'),
    report,
  );
  checkSources(data, at, report);
  checkDates(data, options.today, at, report);

  if (Array.isArray(data.faqs) && data.faqs.length < MIN_FAQS) {
    report('no-faq', at('faqs'), 'faqs', `add at least ${MIN_FAQS} FAQ (a question readers also ask, with its answer)`);
  }

  if (data.draft !== true) checkPlaceholders(data, [], at, parsed.bodyText, parsed.bodyLineOffset, report);
  return facts;
}

function checkLengths(
  text: string | undefined,
  max: number,
  field: string,
  rule: RuleId,
  at: Position,
  report: Report,
) {
  if (text === undefined) return;
  const length = text.trim().length;
  if (length > max) report(rule, at, field, `is ${length} characters; keep it to ${max} at most`);
}

function checkSources(data: Record<string, unknown>, at: (...path: FieldPath) => Position, report: Report) {
  const sources = asList(data.sources).map(asRecord);
  const ids = new Map<string, number>();
  sources.forEach((source, index) => {
    if (typeof source.id === 'string') {
      if (ids.has(source.id)) {
        report(
          'duplicate-source',
          at('sources', index, 'id'),
          `sources[${index}].id`,
          `source id "${source.id}" is used twice`,
        );
      } else ids.set(source.id, index);
    }
    if (typeof source.url === 'string' && !isHttpUrl(source.url)) {
      report(
        'source-url',
        at('sources', index, 'url'),
        `sources[${index}].url`,
        `"${source.url}" is not a web address; use the full http(s):// URL of the source`,
      );
    }
  });

  const cited = new Set<string>();
  asList(data.keyPoints)
    .map(asRecord)
    .forEach((point, pointIndex) => {
      asList(point.sources).forEach((id, index) => {
        if (typeof id !== 'string') return;
        cited.add(id);
        if (!ids.has(id)) {
          const known = [...ids.keys()].join(', ') || 'none';
          report(
            'unknown-source',
            at('keyPoints', pointIndex, 'sources', index),
            `keyPoints[${pointIndex}].sources`,
            `cites "${id}", which is not a source id in this file (sources: ${known})`,
          );
        }
      });
    });
  for (const [id, index] of ids) {
    if (!cited.has(id)) {
      report(
        'uncited-source',
        at('sources', index, 'id'),
        `sources[${index}].id`,
        `source "${id}" is never cited; cite it from a key point or remove it`,
      );
    }
  }
}

function checkDates(
  data: Record<string, unknown>,
  today: string,
  at: (...path: FieldPath) => Position,
  report: Report,
) {
  const published = asDay(data.published);
  const updated = asDay(data.updated);
  if (published && published > today) {
    report('future-date', at('published'), 'published', `${published} is in the future (today is ${today})`);
  }
  if (published && updated && published > updated) {
    report('date-order', at('published'), 'published', `${published} is after the updated date ${updated}`);
  }
}

function checkPlaceholders(
  value: unknown,
  path: FieldPath,
  at: (...path: FieldPath) => Position,
  bodyText: string,
  bodyLineOffset: number,
  report: Report,
) {
  const message = `still has template text (${PLACEHOLDER_MARKER}); replace it, or keep "draft: true" until it is done`;
  const walk = (node: unknown, nodePath: FieldPath) => {
    if (typeof node === 'string') {
      if (node.includes(PLACEHOLDER_MARKER)) report('placeholder', at(...nodePath), fieldName(nodePath), message);
    } else if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...nodePath, index]));
    else if (typeof node === 'object' && node !== null && !(node instanceof Date))
      for (const [key, child] of Object.entries(node)) walk(child, [...nodePath, key]);
  };
  walk(value, path);
  bodyText.split('\n').forEach((line, index) => {
    const column = line.indexOf(PLACEHOLDER_MARKER);
    if (column !== -1) report('placeholder', { line: index + 1 + bodyLineOffset, column: column + 1 }, 'body', message);
  });
}

interface TextNode {
  type: string;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: TextNode[];
}

function checkBody(body: Root, lineOffset: number, report: Report, facts: QuestionFacts) {
  for (const problem of findUnsafeMdx(body, lineOffset)) report('unsafe-mdx', problem, 'body', problem.message);
  const walk = (node: TextNode, parent?: TextNode) => {
    // Text already inside a Markdown link is not turned into an internal link by the build either.
    if (node.type === 'text' && node.value && node.position && parent?.type !== 'link') {
      const { value } = node;
      const start = node.position.start;
      for (const link of findInternalLinks(value)) {
        const before = value.slice(0, link.start);
        const newlines = before.split('\n').length - 1;
        const column = newlines === 0 ? start.column + link.start : link.start - before.lastIndexOf('\n');
        facts.links.push({
          value: link.target,
          raw: link.raw,
          field: 'body',
          at: { line: start.line + newlines + lineOffset, column },
        });
      }
    }
    for (const child of node.children ?? []) walk(child, node);
  };
  walk(body as TextNode);
}

function checkAcrossQuestions(
  questions: QuestionFacts[],
  categories: ReadonlySet<string>,
  reporter: (file: string) => Report,
) {
  const categoryList = [...categories].sort().join(', ');
  const firstBySlug = new Map<string, QuestionFacts>();
  const firstByTitle = new Map<string, QuestionFacts>();
  const tagSpellings = new Map<string, Map<string, number>>();
  for (const question of questions) {
    for (const tag of question.tags) {
      const spellings = tagSpellings.get(toSlug(tag.value)) ?? new Map<string, number>();
      spellings.set(tag.value, (spellings.get(tag.value) ?? 0) + 1);
      tagSpellings.set(toSlug(tag.value), spellings);
    }
  }
  // The most used spelling of a tag is the existing one; on a tie, the first met in file order.
  const canonicalTag = new Map<string, string>();
  for (const [slug, spellings] of tagSpellings) {
    let best = '';
    let bestCount = 0;
    for (const [spelling, count] of spellings) if (count > bestCount) [best, bestCount] = [spelling, count];
    canonicalTag.set(slug, best);
  }
  // The same index and resolver the build uses, so the check and the build agree on every link.
  const linkIndex = buildLinkIndex(
    questions.map((question) => ({
      slug: question.slug,
      url: `/questions/${question.slug}`,
      title: question.title?.value ?? question.slug,
      aliases: question.aliases,
      draft: question.draft,
    })),
  );
  const slugs = new Set(questions.map((question) => question.slug));

  for (const question of questions) {
    const report = reporter(question.file);
    const sameSlug = firstBySlug.get(question.slug);
    if (sameSlug) {
      report(
        'duplicate-slug',
        { line: 1, column: 1 },
        'file',
        `slug "${question.slug}" is also used by ${sameSlug.file}`,
      );
    } else firstBySlug.set(question.slug, question);

    if (question.title) {
      const key = toSlug(question.title.value);
      const sameTitle = firstByTitle.get(key);
      if (sameTitle) {
        report(
          'duplicate-title',
          question.title.at,
          'title',
          `"${question.title.value}" duplicates the title of ${sameTitle.file}`,
        );
      } else firstByTitle.set(key, question);
    }

    if (question.category && !categories.has(question.category.value)) {
      report(
        'category',
        question.category.at,
        'category',
        `"${question.category.value}" is not a category; use one of: ${categoryList}`,
      );
    }

    const seenTags = new Set<string>();
    for (const tag of question.tags) {
      const slug = toSlug(tag.value);
      const canonical = canonicalTag.get(slug);
      if (seenTags.has(slug))
        report('tag-variant', tag.at, 'tags', `"${tag.value}" repeats a tag already in this list`);
      else if (canonical !== undefined && canonical !== tag.value) {
        report(
          'tag-variant',
          tag.at,
          'tags',
          `"${tag.value}" differs from the existing tag "${canonical}" only by case, spacing or punctuation; write "${canonical}"`,
        );
      }
      seenTags.add(slug);
    }

    for (const related of question.related) {
      if (!slugs.has(related.value)) {
        report('related', related.at, 'related', `"${related.value}" is not the slug of a question`);
      }
    }
    for (const link of question.links) {
      // A draft may link to another draft: neither is published.
      const resolution = resolveLink(linkIndex, link.value, { includeDrafts: question.draft });
      if (!resolution.ok) {
        report(
          'internal-link',
          link.at,
          link.field,
          describeUnresolved({ raw: link.raw, message: resolution.message }),
        );
      }
    }
  }
}

export { formatProblem };

/** A problem as a GitHub Actions annotation, shown on the file and line in a pull request. */
export function formatGithubAnnotation(problem: CheckProblem): string {
  const property = (value: string) =>
    value
      .replaceAll('%', '%25')
      .replaceAll('\r', '%0D')
      .replaceAll('\n', '%0A')
      .replaceAll(':', '%3A')
      .replaceAll(',', '%2C');
  const data = (value: string) => value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  return `::error file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${property(
    `${problem.field} (${problem.rule})`,
  )}::${data(problem.message)}`;
}
