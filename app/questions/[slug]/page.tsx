import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { MedicalDisclaimer } from '@/components/medical-disclaimer';
import { CategoryNeighbours } from '@/components/question/category-neighbours';
import { CrisisContacts } from '@/components/question/crisis-contacts';
import { DraftBanner } from '@/components/question/draft-banner';
import { EditorialLinks } from '@/components/question/editorial-links';
import { Faqs } from '@/components/question/faqs';
import { KeyPoints } from '@/components/question/key-points';
import { MythsAndMistakes } from '@/components/question/myths-and-mistakes';
import { PracticalTips } from '@/components/question/practical-tips';
import { QuestionBody } from '@/components/question/question-body';
import { QuestionByline } from '@/components/question/question-byline';
import { QuestionMeta } from '@/components/question/question-meta';
import { RelatedQuestions } from '@/components/question/related-questions';
import { ShortAnswer } from '@/components/question/short-answer';
import { Sources } from '@/components/question/sources';
import { Summary } from '@/components/question/summary';
import { TocDisclosure, TocSidebar } from '@/components/question/table-of-contents';
import { WhenToGetHelp } from '@/components/question/when-to-get-help';
import { REVIEWERS } from '@/data/reviewers';
import { questionTrail } from '@/lib/pages/breadcrumbs';
import {
  getCategory,
  getQuestion,
  getQuestionEntries,
  getQuestionEntry,
  prerenderedQuestionParams,
} from '@/lib/content/store';
import { stripInternalLinks } from '@/lib/content/internal-links';
import type { Heading } from '@/lib/mdx/headings';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, site } from '@/lib/site';
import { breadcrumbListJsonLd, faqPageJsonLd, medicalWebPageJsonLd } from '@/lib/seo/structured-data';
import { isLongEnoughForToc, tableOfContents } from '@/lib/pages/toc';
import { findReviewer, reviewerRegistry } from '@/lib/trust/reviewers';
import { isVerdictId } from '@/lib/content/verdicts';
import { slugFromParam } from '@/lib/content/slug';

interface QuestionPageProps {
  params: Promise<{ slug: string }>;
}

export const revalidate = 3600;
// Questions beyond the prerender limit are rendered on their first request, then cached (ISR).
export const dynamicParams = true;

export const generateStaticParams = prerenderedQuestionParams;

const reviewers = reviewerRegistry(REVIEWERS);

export async function generateMetadata({ params }: QuestionPageProps): Promise<Metadata> {
  const question = await getQuestion(slugFromParam((await params).slug));
  if (!question) return {};
  const { doc, entry } = question;
  return pageMetadata({
    title: doc.title,
    description: entry.summary,
    path: entry.url,
    article: {
      publishedTime: doc.published,
      modifiedTime: doc.updated,
      section: getCategory(doc.category)?.title ?? doc.category,
      tags: entry.tags.map((tag) => tag.name),
    },
    hasImage: true,
  });
}

export default async function QuestionPage({ params }: QuestionPageProps) {
  const question = await getQuestion(slugFromParam((await params).slug));
  if (!question) notFound();
  const { doc, entry } = question;
  const category = getCategory(doc.category);
  if (!category) notFound();
  // The check guarantees the id is in the registry; a review is named only with its date.
  const reviewer = doc.reviewed ? findReviewer(reviewers, doc.reviewer) : undefined;
  // Structured data carries plain text: internal links keep only the words a reader sees.
  const structured = {
    ...doc,
    summary: entry.summary,
    faqs: doc.faqs.map((faq) => ({ ...faq, answer: stripInternalLinks(faq.answer) })),
    url: entry.url,
    tags: entry.tags,
    reviewer,
  };

  const toc = tableOfContents(doc.headings as Heading[], {
    keyPoints: doc.keyPoints.length > 0,
    tips: doc.tips.length > 0,
    myths: doc.myths.length > 0,
    faqs: doc.faqs.length > 0,
    sources: doc.sources.length > 0,
  });
  const showToc = isLongEnoughForToc(toc);

  return (
    <div
      className={
        showToc
          ? 'mx-auto max-w-2xl lg:grid lg:max-w-none lg:grid-cols-[minmax(0,42rem)_13rem] lg:gap-14'
          : 'mx-auto max-w-2xl'
      }
    >
      <article className="min-w-0" data-question={entry.slug}>
        {entry.draft ? <DraftBanner /> : null}
        <JsonLd data={medicalWebPageJsonLd(structured)} />
        <JsonLd data={faqPageJsonLd(structured)} />
        <JsonLd data={breadcrumbListJsonLd(questionTrail(category, entry))} />
        <Breadcrumbs trail={questionTrail(category, entry)} />
        <header>
          <h1 className="text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">
            {doc.title}
          </h1>
          <QuestionByline
            readingMinutes={entry.readingMinutes}
            published={doc.published}
            updated={doc.updated}
            review={reviewer && doc.reviewed ? { reviewer, date: doc.reviewed } : undefined}
          />
        </header>
        <ShortAnswer
          text={doc.shortAnswer}
          verdict={doc.verdict && isVerdictId(doc.verdict) ? doc.verdict : undefined}
          verdictNote={doc.verdictNote}
        />
        <WhenToGetHelp urgent={doc.whenToGetHelp?.urgent ?? []} soon={doc.whenToGetHelp?.soon ?? []} />
        {category.crisisSupport ? <CrisisContacts /> : null}
        <Summary text={doc.summary} />
        {showToc ? <TocDisclosure entries={toc} /> : null}
        <QuestionBody code={doc.body.code} />
        <KeyPoints points={doc.keyPoints} sources={doc.sources} />
        <PracticalTips tips={doc.tips} />
        <MythsAndMistakes items={doc.myths} />
        <Faqs faqs={doc.faqs} />
        <Sources sources={doc.sources} />
        <RelatedQuestions questions={getQuestionEntries(entry.related)} />
        <QuestionMeta
          category={category}
          tags={entry.tags}
          published={doc.published}
          updated={doc.updated}
          reviewed={doc.reviewed}
          reviewer={reviewer?.name}
        />
        <CategoryNeighbours
          category={category}
          previous={entry.previous ? getQuestionEntry(entry.previous) : undefined}
          next={entry.next ? getQuestionEntry(entry.next) : undefined}
        />
        <EditorialLinks title={doc.title} url={absoluteUrl(entry.url)} />
        <MedicalDisclaimer />
        <p className="sr-only">Published by {site.name}.</p>
      </article>
      {showToc ? <TocSidebar entries={toc} /> : null}
    </div>
  );
}
