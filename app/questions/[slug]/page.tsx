import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { MedicalDisclaimer } from '@/components/medical-disclaimer';
import { CategoryNeighbours } from '@/components/question/category-neighbours';
import { CrisisContacts } from '@/components/question/crisis-contacts';
import { DraftBanner } from '@/components/question/draft-banner';
import { PageFeedback } from '@/components/question/page-feedback';
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
import { TableOfContents } from '@/components/question/table-of-contents';
import { WhenToGetHelp } from '@/components/question/when-to-get-help';
import { prerenderedQuestionParams } from '@/lib/content/store';
import { getQuestionPage } from '@/lib/pages/question-page';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, site } from '@/lib/site';
import { breadcrumbListJsonLd, faqPageJsonLd, medicalWebPageJsonLd } from '@/lib/seo/structured-data';

interface QuestionPageProps {
  params: Promise<{ slug: string }>;
}

export const revalidate = false;
// Questions beyond the prerender limit are rendered on their first request, then cached (ISR).
export const dynamicParams = true;

export const generateStaticParams = prerenderedQuestionParams;

export async function generateMetadata({ params }: QuestionPageProps): Promise<Metadata> {
  const page = await getQuestionPage((await params).slug);
  if (!page) return {};
  const { doc, entry, category } = page;
  return pageMetadata({
    title: doc.title,
    description: entry.summary,
    path: entry.url,
    article: {
      publishedTime: doc.published,
      modifiedTime: doc.updated,
      section: category.title,
      tags: entry.tags.map((tag) => tag.name),
    },
    hasImage: true,
  });
}

export default async function QuestionPage({ params }: QuestionPageProps) {
  const page = await getQuestionPage((await params).slug);
  if (!page) notFound();
  const { doc, entry, category, toc, showToc } = page;

  return (
    <div
      className={
        showToc
          ? // On wide screens the table of contents (rendered once, inside the article) is laid out in the
            // 13rem column this padding keeps free beside the 42rem answer.
            'relative mx-auto max-w-2xl lg:max-w-none lg:pr-[19rem]'
          : 'mx-auto max-w-2xl'
      }
    >
      <article className="min-w-0" data-question={entry.slug}>
        {entry.draft ? <DraftBanner /> : null}
        <JsonLd data={medicalWebPageJsonLd(page.structuredData)} />
        <JsonLd data={faqPageJsonLd(page.structuredData)} />
        <JsonLd data={breadcrumbListJsonLd(page.trail)} />
        <Breadcrumbs trail={page.trail} />
        <header>
          <h1 className="text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">
            {doc.title}
          </h1>
          <QuestionByline
            readingMinutes={entry.readingMinutes}
            published={doc.published}
            updated={doc.updated}
            review={page.review}
          />
        </header>
        <ShortAnswer text={doc.shortAnswer} verdict={page.verdict} verdictNote={doc.verdictNote} />
        <WhenToGetHelp boxes={page.help} />
        {category.crisisSupport ? <CrisisContacts /> : null}
        <Summary text={doc.summary} />
        {showToc ? <TableOfContents entries={toc} /> : null}
        <QuestionBody code={doc.body.code} />
        <KeyPoints points={doc.keyPoints} sources={doc.sources} />
        <PracticalTips tips={doc.tips} />
        <MythsAndMistakes items={doc.myths} />
        <Faqs faqs={doc.faqs} />
        <Sources sources={doc.sources} />
        <RelatedQuestions questions={page.related} />
        <QuestionMeta
          category={category}
          tags={entry.tags}
          published={doc.published}
          updated={doc.updated}
          reviewed={doc.reviewed}
          reviewer={page.review?.reviewer.name}
          reviewDates={page.reviewDates}
        />
        <CategoryNeighbours category={category} previous={page.previous} next={page.next} />
        <EditorialLinks title={doc.title} url={absoluteUrl(entry.url)} />
        {entry.draft ? null : <PageFeedback slug={entry.slug} />}
        <MedicalDisclaimer />
        <p className="sr-only">Published by {site.name}.</p>
      </article>
    </div>
  );
}
