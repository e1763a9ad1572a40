import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MedicalDisclaimer } from '@/components/medical-disclaimer';
import { Faqs } from '@/components/question/faqs';
import { KeyPoints } from '@/components/question/key-points';
import { MythsAndMistakes } from '@/components/question/myths-and-mistakes';
import { PracticalTips } from '@/components/question/practical-tips';
import { QuestionBody } from '@/components/question/question-body';
import { QuestionMeta } from '@/components/question/question-meta';
import { ShortAnswer } from '@/components/question/short-answer';
import { Sources } from '@/components/question/sources';
import { Summary } from '@/components/question/summary';
import { getCategory, getQuestion, getQuestions } from '@/lib/content';
import { questionsToPrerender } from '@/lib/questions';
import { site } from '@/lib/site';
import { isVerdictId } from '@/lib/verdicts';

interface QuestionPageProps {
  params: Promise<{ slug: string }>;
}

export const revalidate = 3600;
// Questions beyond the prerender limit are rendered on their first request, then cached (ISR).
export const dynamicParams = true;

export function generateStaticParams() {
  return questionsToPrerender(getQuestions(), site.prerenderLimit).map((question) => ({ slug: question.slug }));
}

export async function generateMetadata({ params }: QuestionPageProps): Promise<Metadata> {
  const question = await getQuestion((await params).slug);
  if (!question) return {};
  return {
    title: question.doc.title,
    description: question.doc.summary,
    alternates: { canonical: question.entry.url },
  };
}

export default async function QuestionPage({ params }: QuestionPageProps) {
  const question = await getQuestion((await params).slug);
  if (!question) notFound();
  const { doc, entry } = question;
  const category = getCategory(doc.category);
  if (!category) notFound();

  return (
    <article className="mx-auto max-w-3xl" data-question={entry.slug}>
      <header>
        <h1 className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">{doc.title}</h1>
        <Summary text={doc.summary} />
      </header>
      <ShortAnswer
        text={doc.shortAnswer}
        verdict={doc.verdict && isVerdictId(doc.verdict) ? doc.verdict : undefined}
        verdictNote={doc.verdictNote}
      />
      <QuestionBody code={doc.body.code} />
      <KeyPoints points={doc.keyPoints} sources={doc.sources} />
      <PracticalTips tips={doc.tips} />
      <MythsAndMistakes items={doc.myths} />
      <Faqs faqs={doc.faqs} />
      <Sources sources={doc.sources} />
      <QuestionMeta
        category={category}
        tags={entry.tags}
        published={doc.published}
        updated={doc.updated}
        reviewed={doc.reviewed}
        reviewer={doc.reviewer}
      />
      <MedicalDisclaimer />
      <p className="sr-only">Published by {site.name}.</p>
    </article>
  );
}
