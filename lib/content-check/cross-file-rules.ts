// Rules that compare questions with each other and with the categories: unique slugs and titles, a
// file name that follows its title, no title that is another question's alias or asks its question
// again in other words (a warning),
// one spelling per tag, every category, `related` slug and `[[link]]` pointing at something real, and a
// "when to get help" on every question in a symptoms category, and no publication date after today.
import {
  buildLinkIndex,
  describeUnresolved,
  resolveFigure,
  resolveLink,
  type LinkIndex,
} from '../content/internal-links';
import { nearDuplicatePairs } from '../content/near-duplicates';
import { nearestName } from '../content/suggest';
import { toSlug } from '../content/slug';
import { questionPath } from '../content/paths';
import { unknownCategoryProblem, unknownRelatedProblem } from '../content/references';
import { missingHelpMessage, missingUrgentMessage } from './editorial-rules';
import { HELP_LEVEL_WORDS, type HelpLevel } from '../../data/help-actions';
import { FILE_START, type Report } from './problems';
import type { QuestionFacts } from './question-facts';

export function checkAcrossQuestions(
  questions: readonly QuestionFacts[],
  categories: ReadonlySet<string>,
  symptomCategories: ReadonlySet<string>,
  today: string,
  reporter: (file: string) => Report,
): void {
  const bySlug = new Map<string, QuestionFacts[]>();
  for (const question of questions) bySlug.set(question.slug, [...(bySlug.get(question.slug) ?? []), question]);
  const canonicalTag = canonicalTagSpellings(questions);
  const tagUses = new Map<string, number>();
  for (const question of questions) {
    for (const slug of new Set(question.tags.map((tag) => toSlug(tag.value))))
      tagUses.set(slug, (tagUses.get(slug) ?? 0) + 1);
  }
  // The same index and resolver the build uses, so the check and the build agree on every link.
  const linkIndex = buildLinkIndex(
    questions.map((question) => ({
      slug: question.slug,
      url: questionPath(question.slug),
      title: question.title?.value ?? question.slug,
      aliases: question.aliases,
      draft: question.draft,
    })),
  );
  const slugs = new Set(questions.map((question) => question.slug));
  const titles = titleIndex(questions, bySlug);

  for (const question of questions) {
    const report = reporter(question.file);
    // On every file with the slug: the one just added may sort before or after the one that was there.
    for (const other of bySlug.get(question.slug) ?? []) {
      if (other === question) continue;
      report(
        'duplicate-slug',
        FILE_START,
        'file',
        `slug "${question.slug}" is also used by ${other.file}: the file name is the page's address, so one must change`,
      );
    }

    checkTitleAgainstOthers(question, titles, report);

    if (question.category) {
      const problem = unknownCategoryProblem(question.category.value, categories);
      if (problem) report('category', question.category.at, 'category', problem);
    }
    if (question.category && symptomCategories.has(question.category.value)) {
      if (!question.hasWhenToGetHelp) {
        report('when-to-get-help', question.category.at, 'whenToGetHelp', missingHelpMessage(question.category.value));
      } else if (!question.hasUrgentBox && !question.hasNoUrgentReason) {
        report(
          'when-to-get-help',
          question.category.at,
          'whenToGetHelp',
          missingUrgentMessage(question.category.value),
        );
      }
    }

    if (question.published && question.published.value > today) {
      const { value, at } = question.published;
      report('future-date', at, 'published', `${value} is in the future (today is ${today})`);
    }
    for (const { value, at, field } of question.checkedOn) {
      if (value > today) {
        report(
          'future-date',
          at,
          field,
          `${value} is in the future (today is ${today}): write the day you checked the source`,
        );
      }
    }
    checkTagSpellings(question, canonicalTag, tagUses, report);
    checkReferences(question, slugs, linkIndex, report);
  }
  checkSignLevelsAcrossPages(questions, reporter);
}

/** What the title rules look up, built once for all questions. */
interface TitleIndex {
  byTitle: ReadonlyMap<string, QuestionFacts[]>;
  aliasOwners: ReadonlyMap<string, { question: QuestionFacts; alias: string }[]>;
  bySlug: ReadonlyMap<string, QuestionFacts[]>;
  /** For each question, the published questions whose titles ask the same thing in other words. */
  near: ReadonlyMap<QuestionFacts, QuestionFacts[]>;
}

function titleIndex(questions: readonly QuestionFacts[], bySlug: ReadonlyMap<string, QuestionFacts[]>): TitleIndex {
  const byTitle = new Map<string, QuestionFacts[]>();
  const aliasOwners = new Map<string, { question: QuestionFacts; alias: string }[]>();
  for (const question of questions) {
    if (question.title) {
      const key = toSlug(question.title.value);
      byTitle.set(key, [...(byTitle.get(key) ?? []), question]);
    }
    for (const alias of question.aliases) {
      const key = toSlug(alias);
      aliasOwners.set(key, [...(aliasOwners.get(key) ?? []), { question, alias }]);
    }
  }
  const titled = questions.filter((question) => question.title && !question.draft);
  const near = new Map<QuestionFacts, QuestionFacts[]>();
  for (const [a, b] of nearDuplicatePairs(titled.map((question) => question.title!.value))) {
    const [first, second] = [titled[a]!, titled[b]!];
    // Two questions that list each other as related have been told apart by an editor.
    if (first.slug === second.slug) continue;
    if (first.related.some((related) => related.value === second.slug)) continue;
    if (second.related.some((related) => related.value === first.slug)) continue;
    near.set(first, [...(near.get(first) ?? []), second]);
    near.set(second, [...(near.get(second) ?? []), first]);
  }
  return { byTitle, aliasOwners, bySlug, near };
}

/**
 * A title is the page's own: its slug is the file name (or, for a page retitled after it was
 * published, the slug of an alias: the old title kept so the address stays), no other question has
 * it as a title or an alias, and no other question asks the same thing in other words (a warning: a
 * person decides). Each problem is reported on both files, since either may be the one just changed.
 */
function checkTitleAgainstOthers(question: QuestionFacts, index: TitleIndex, report: Report) {
  const { title } = question;
  if (!title) return;
  const key = toSlug(title.value);
  const isOther = (other: QuestionFacts) => other !== question && other.slug !== question.slug;
  const sameTitle = (index.byTitle.get(key) ?? []).filter(isOther);
  for (const other of sameTitle) {
    report(
      'duplicate-title',
      title.at,
      'title',
      `"${title.value}" is also the title of ${other.file}: one question, one page`,
    );
  }
  const keptAddress = question.aliases.some((alias) => toSlug(alias) === question.slug);
  if (question.fileNameIsSlug && key !== question.slug && !keptAddress && sameTitle.length === 0) {
    const wanted = (index.bySlug.get(key) ?? []).find(isOther);
    report(
      'file-name',
      title.at,
      'title',
      wanted
        ? `the title's address "${key}" is the file name of ${wanted.file}: one question, one page`
        : `the title no longer matches the file name "${question.slug}.mdx": rename the file to "${key}.mdx", or if the page is published and its address must stay, keep the old title in aliases`,
    );
  }
  for (const { question: other, alias } of (index.aliasOwners.get(key) ?? []).filter(({ question: owner }) =>
    isOther(owner),
  )) {
    report(
      'title-is-alias',
      title.at,
      'title',
      `"${title.value}" is an alias of ${other.file}, so [[${alias}]] links would go here instead: remove the alias there, or change this title`,
    );
  }
  question.aliases.forEach((alias, position) => {
    const owner = (index.byTitle.get(toSlug(alias)) ?? []).find(isOther);
    if (owner) {
      report(
        'title-is-alias',
        question.aliasAt?.[position] ?? title.at,
        'aliases',
        `"${alias}" is the title of ${owner.file}, so [[${alias}]] links go there, not here: remove this alias`,
      );
    }
  });
  for (const other of index.near.get(question) ?? []) {
    report(
      'near-duplicate',
      title.at,
      'title',
      `may ask the same question as "${other.title!.value}" (${other.file}): merge the two pages, or if they answer different questions, list each in the other's related to say so`,
    );
  }
}

/**
 * The same sign, word for word, sent to different levels of help on two pages; each is told of the
 * first other page (in file order) that gives another level. Signs are grouped by wording and level
 * once, so a sign every page shares costs one look per page, not one per pair of pages.
 */
function checkSignLevelsAcrossPages(questions: readonly QuestionFacts[], reporter: (file: string) => Report) {
  type Use = { question: QuestionFacts; level: HelpLevel; order: number };
  const bySign = new Map<string, Map<HelpLevel, Use[]>>();
  questions.forEach((question, order) => {
    if (question.draft) return;
    for (const sign of question.helpSigns) {
      const levels = bySign.get(sign.key) ?? new Map<HelpLevel, Use[]>();
      const uses = levels.get(sign.level) ?? [];
      uses.push({ question, level: sign.level, order });
      levels.set(sign.level, uses);
      bySign.set(sign.key, levels);
    }
  });
  for (const question of questions) {
    if (question.draft) continue;
    for (const sign of question.helpSigns) {
      const levels = bySign.get(sign.key)!;
      if (levels.size < 2) continue;
      let other: Use | undefined;
      for (const [level, uses] of levels) {
        if (level === sign.level) continue;
        const first = uses.find((use) => use.question !== question);
        if (first && (!other || first.order < other.order)) other = first;
      }
      if (!other) continue;
      reporter(question.file)(
        'triage-conflict',
        sign.at,
        sign.field,
        `"${sign.text}" needs ${HELP_LEVEL_WORDS[sign.level]} here, but ${HELP_LEVEL_WORDS[other.level]} in ${other.question.file}: one sign, one action on every page`,
      );
    }
  }
}

/** The most used spelling of each tag (by slug) is the existing one; on a tie, the first met in file order. */
function canonicalTagSpellings(questions: readonly QuestionFacts[]): Map<string, string> {
  const tagSpellings = new Map<string, Map<string, number>>();
  for (const question of questions) {
    for (const tag of question.tags) {
      const spellings = tagSpellings.get(toSlug(tag.value)) ?? new Map<string, number>();
      spellings.set(tag.value, (spellings.get(tag.value) ?? 0) + 1);
      tagSpellings.set(toSlug(tag.value), spellings);
    }
  }
  const canonicalTag = new Map<string, string>();
  for (const [slug, spellings] of tagSpellings) {
    let best = '';
    let bestCount = 0;
    for (const [spelling, count] of spellings) if (count > bestCount) [best, bestCount] = [spelling, count];
    canonicalTag.set(slug, best);
  }
  return canonicalTag;
}

/**
 * A tag listed twice in one question, or spelled differently from the existing tag; and a warning for
 * a tag no other question uses that is one slip away from one they do ("insomnai" beside "insomnia").
 */
function checkTagSpellings(
  question: QuestionFacts,
  canonicalTag: ReadonlyMap<string, string>,
  tagUses: ReadonlyMap<string, number>,
  report: Report,
) {
  const seenTags = new Set<string>();
  for (const tag of question.tags) {
    const slug = toSlug(tag.value);
    const canonical = canonicalTag.get(slug);
    if ((tagUses.get(slug) ?? 0) === 1) {
      const others = [...canonicalTag].filter(([other]) => other !== slug && (tagUses.get(other) ?? 0) > 1);
      // A slip of a letter or two, not another word: "insomnai", not "posture" for "coffee".
      const slips = Math.min(2, Math.floor(slug.length / 4));
      const spellings = others.map(([, spelling]) => spelling);
      const near = slips > 0 ? nearestName(tag.value, spellings, slips) : undefined;
      if (near !== undefined) {
        report(
          'tag-near',
          tag.at,
          'tags',
          `"${tag.value}" is on no other question; did you mean the existing tag "${near}"? (npm run list -- tags)`,
        );
      }
    }
    if (seenTags.has(slug)) report('tag-variant', tag.at, 'tags', `"${tag.value}" repeats a tag already in this list`);
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
}

/** Every `related` slug names a question and every `[[link]]` resolves. */
function checkReferences(question: QuestionFacts, slugs: ReadonlySet<string>, linkIndex: LinkIndex, report: Report) {
  for (const related of question.related) {
    const problem = unknownRelatedProblem(related.value, slugs);
    if (problem) report('related', related.at, 'related', problem);
  }
  for (const link of question.links) {
    // A draft may link to another draft: neither is published.
    const resolution =
      link.figure !== undefined
        ? resolveFigure(link.figure)
        : resolveLink(linkIndex, link.value, { includeDrafts: question.draft });
    if (!resolution.ok) {
      report('internal-link', link.at, link.field, describeUnresolved({ raw: link.raw, message: resolution.message }));
    }
  }
}
