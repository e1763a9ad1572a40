// The rules one question file must pass on its own (file name, YAML, MDX, schema, lengths, sources,
// date order, FAQs, template text); it returns the facts the cross-file rules need (and the date
// to compare with today, which is one of them so that a file's own result never depends on the day).
import { MIN_FAQS, SHORT_ANSWER_MAX_CHARS, SUMMARY_MAX_CHARS, TITLE_MAX_CHARS } from '../content/limits';
import { PLACEHOLDER_MARKER } from '../content/question-template';
import { toSlug } from '../content/slug';
import { findUnsafeMdx } from '../mdx/safe-mdx';
import { fieldName } from './field-path';
import { checkFields, reportYamlProblems } from './field-rules';
import type { FieldSpecs } from './field-specs';
import { asDay, asList, asRecord, forEachString, type Locate } from './frontmatter-values';
import {
  collectBodyLinks,
  collectBodyUnclosed,
  collectFieldLinks,
  collectFieldUnclosed,
  misplacedLinkFields,
  type UnclosedLink,
} from './link-collection';
import { parseMdxFile, type Position, type SourceFile } from './parse';
import { FILE_START, type Report, type RuleId } from './problems';
import { emptyFacts, type QuestionFacts } from './question-facts';
import { checkSources } from './source-rules';
import { checkReviewer, checkSourcePolicies, type EditorialData } from './editorial-rules';
import { checkHandWrittenFigures } from './figure-rules';
import {
  checkHelpBoxes,
  checkRepeatedSigns,
  checkTriageSentences,
  checkVerdictEvidence,
  pageTexts,
} from './triage-rules';

export interface QuestionRuleOptions {
  questionFields: FieldSpecs;
  editorial: EditorialData;
}

export function checkQuestion(
  file: SourceFile,
  slug: string,
  options: QuestionRuleOptions,
  report: Report,
): QuestionFacts {
  const facts = emptyFacts(file.path, slug);
  const parsed = parseMdxFile(file.text);
  const { yaml } = parsed;
  reportYamlProblems(yaml, report);
  for (const problem of parsed.problems) report('mdx-syntax', problem, 'body', problem.message);
  const fileNameIsSlug = checkFileName(slug, report);

  if (parsed.body) {
    for (const problem of findUnsafeMdx(parsed.body, parsed.bodyLineOffset)) {
      report('unsafe-mdx', problem, 'body', problem.message);
    }
    facts.links.push(...collectBodyLinks(parsed.body, parsed.bodyLineOffset));
    reportUnclosedLinks(collectBodyUnclosed(parsed.body, parsed.bodyLineOffset), report);
  }

  if (yaml.data === undefined) return facts;
  const schemaProblems = checkFields(options.questionFields, yaml, report);

  const data = asRecord(yaml.data);
  const str = (name: string) => (typeof data[name] === 'string' ? (data[name] as string) : undefined);
  const at: Locate = (...path) => yaml.locate(path);

  facts.draft = data.draft === true;
  // Field links are read only once the shape is known good (linkableFields expects every list).
  if (schemaProblems === 0) {
    facts.links.push(...collectFieldLinks(data, yaml));
    reportUnclosedLinks(collectFieldUnclosed(data, yaml), report);
    for (const path of misplacedLinkFields(data)) {
      report(
        'internal-link',
        yaml.locateText(path, '[['),
        fieldName(path),
        "shows [[…]] as written: links and figures work only in the summary, short answer, verdict note, key points, tips' text, myth corrections, FAQ answers, help box signs and the body; write the words here",
      );
    }
  }
  const title = str('title');
  if (title !== undefined && title.trim() !== '' && !toSlug(title)) {
    report('blank-text', at('title'), 'title', `"${title.trim()}" has no words: write the question`);
  } else if (title !== undefined && title.trim() !== '') {
    facts.title = { value: title, at: at('title') };
    facts.fileNameIsSlug = fileNameIsSlug;
    checkTitle(title, at('title'), report);
    checkFaqQuestions(title, data, at, report);
  }
  const category = str('category');
  if (category !== undefined) facts.category = { value: category, at: at('category') };
  asList(data.tags).forEach((tag, index) => {
    if (typeof tag === 'string') facts.tags.push({ value: tag, at: at('tags', index) });
  });
  facts.aliases = [];
  facts.aliasAt = [];
  asList(data.aliases).forEach((alias, index) => {
    if (typeof alias !== 'string') return;
    facts.aliases.push(alias);
    facts.aliasAt!.push(at('aliases', index));
  });
  asList(data.related).forEach((related, index) => {
    if (typeof related === 'string') facts.related.push({ value: related, at: at('related', index) });
  });

  checkLength(str('summary'), SUMMARY_MAX_CHARS, 'summary', 'summary-length', at('summary'), report);
  checkLength(
    str('shortAnswer'),
    SHORT_ANSWER_MAX_CHARS,
    'shortAnswer',
    'short-answer-length',
    at('shortAnswer'),
    report,
  );
  checkSources(data, at, report);
  checkSourcePolicies(data, options.editorial.sourcePolicy, at, report);
  checkReviewer(data, options.editorial.reviewers, at, report);
  const triage = checkHelpBoxes(data, yaml, report);
  facts.hasWhenToGetHelp = triage.hasHelp;
  facts.hasUrgentBox = triage.hasUrgentBox;
  facts.hasNoUrgentReason = triage.hasNoUrgentReason;
  facts.helpSigns = triage.signs;
  const texts = pageTexts(data, yaml, parsed.body, parsed.bodyLineOffset);
  checkTriageSentences(texts, report);
  checkRepeatedSigns(data, triage.signs, yaml, report);
  checkVerdictEvidence(data, yaml, report);
  checkHandWrittenFigures(texts, report);
  asList(data.sources)
    .map(asRecord)
    .forEach((source, index) => {
      const day = asDay(source.stillCurrent);
      if (day)
        facts.checkedOn.push({
          value: day,
          at: at('sources', index, 'stillCurrent'),
          field: `sources[${index}].stillCurrent`,
        });
    });
  const published = asDay(data.published);
  if (published) facts.published = { value: published, at: at('published') };
  checkDateOrder(published, asDay(data.updated), at, report);

  if (Array.isArray(data.faqs) && data.faqs.length < MIN_FAQS) {
    report('no-faq', at('faqs'), 'faqs', `add at least ${MIN_FAQS} FAQ (a question readers also ask, with its answer)`);
  }

  if (data.draft !== true) checkPlaceholders(data, at, parsed.bodyText, parsed.bodyLineOffset, report);
  return facts;
}

/** The file name is the page's address: it must already be a slug (whether it matches the title is a cross-file rule). */
function checkFileName(slug: string, report: Report): boolean {
  if (toSlug(slug) !== slug) {
    report('slug', FILE_START, 'file', `file name "${slug}.mdx" is not a slug; rename it to "${toSlug(slug)}.mdx"`);
    return false;
  }
  return true;
}

/** A title is one question, as a reader would ask it. */
function checkTitle(title: string, at: Position, report: Report) {
  const length = title.trim().length;
  if (length > TITLE_MAX_CHARS) {
    report(
      'title-length',
      at,
      'title',
      `is ${length} characters; keep it to ${TITLE_MAX_CHARS} at most (one question, as a reader would type it: the detail goes in the summary)`,
    );
  }
  if (!title.trim().endsWith('?')) {
    report('title-question', at, 'title', `"${title.trim()}" is not a question: end it with "?"`);
  }
}

/** No FAQ asks the page's own question, and no two FAQs ask the same one (compared as slugs: case and punctuation aside). */
function checkFaqQuestions(title: string, data: Record<string, unknown>, at: Locate, report: Report) {
  const seen = new Map<string, number>();
  asList(data.faqs)
    .map(asRecord)
    .forEach((faq, index) => {
      if (typeof faq.question !== 'string' || !toSlug(faq.question)) return;
      const key = toSlug(faq.question);
      const field = `faqs[${index}].question`;
      const first = seen.get(key);
      if (key === toSlug(title)) {
        report(
          'duplicate-faq',
          at('faqs', index, 'question'),
          field,
          `repeats the page's title; the page already answers it: ask another question readers have, or remove this FAQ`,
        );
      } else if (first !== undefined) {
        report(
          'duplicate-faq',
          at('faqs', index, 'question'),
          field,
          `asks the same question as faqs[${first}]; merge the two answers into one FAQ`,
        );
      } else seen.set(key, index);
    });
}

function reportUnclosedLinks(unclosed: readonly UnclosedLink[], report: Report) {
  for (const link of unclosed) {
    report(
      'unclosed-link',
      link.at,
      link.field,
      `internal link "${link.text}" is never closed: end it with "]]", as in [[why-do-my-knees-crack]]`,
    );
  }
}

function checkLength(text: string | undefined, max: number, field: string, rule: RuleId, at: Position, report: Report) {
  if (text === undefined) return;
  const length = text.trim().length;
  if (length > max) report(rule, at, field, `is ${length} characters; keep it to ${max} at most`);
}

function checkDateOrder(published: string | undefined, updated: string | undefined, at: Locate, report: Report) {
  if (published && updated && published > updated) {
    report('date-order', at('published'), 'published', `${published} is after the updated date ${updated}`);
  }
}

/** Template text left in any field or in the body of a question that is not a draft. */
function checkPlaceholders(
  data: Record<string, unknown>,
  at: Locate,
  bodyText: string,
  bodyLineOffset: number,
  report: Report,
) {
  const message = `still has template text (${PLACEHOLDER_MARKER}); replace it, or keep "draft: true" until it is done`;
  forEachString(data, (text, path) => {
    if (text.includes(PLACEHOLDER_MARKER)) report('placeholder', at(...path), fieldName(path), message);
  });
  bodyText.split('\n').forEach((line, index) => {
    const column = line.indexOf(PLACEHOLDER_MARKER);
    if (column !== -1) report('placeholder', { line: index + 1 + bodyLineOffset, column: column + 1 }, 'body', message);
  });
}
