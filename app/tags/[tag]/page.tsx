import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { QuestionList } from '@/components/question-list';
import { tagTrail } from '@/lib/breadcrumbs';
import { getQuestions } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { questionsWithTag } from '@/lib/questions';
import { breadcrumbListJsonLd, collectionPageJsonLd } from '@/lib/structured-data';
import { tagName, allTags } from '@/lib/taxonomy';

interface TagPageProps {
  params: Promise<{ tag: string }>;
}

export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return allTags(getQuestions()).map((tag) => ({ tag: tag.slug }));
}

function tagDescription(name: string): string {
  return `Evidence-based answers to questions about ${name}.`;
}

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  const { tag } = await params;
  const name = tagName(getQuestions(), tag);
  return name
    ? pageMetadata({ title: `Questions about ${name}`, description: tagDescription(name), path: `/tags/${tag}` })
    : {};
}

export default async function TagPage({ params }: TagPageProps) {
  const { tag } = await params;
  const name = tagName(getQuestions(), tag);
  if (!name) notFound();
  const questions = questionsWithTag(getQuestions(), tag);
  return (
    <>
      <JsonLd
        data={collectionPageJsonLd({
          name: `Questions about ${name}`,
          description: tagDescription(name),
          path: `/tags/${tag}`,
          questions,
        })}
      />
      <JsonLd data={breadcrumbListJsonLd(tagTrail({ name, slug: tag }))} />
      <h1 className="text-3xl font-bold tracking-tight">Questions about {name}</h1>
      <h2 className="sr-only">Questions</h2>
      <QuestionList questions={questions} />
    </>
  );
}
