import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuestionList } from '@/components/question-list';
import { getQuestions } from '@/lib/content';
import { questionsWithTag } from '@/lib/questions';
import { tagName, allTags } from '@/lib/taxonomy';

interface TagPageProps {
  params: Promise<{ tag: string }>;
}

export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return allTags(getQuestions()).map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  const name = tagName(getQuestions(), (await params).tag);
  return name ? { title: `Questions about ${name}` } : {};
}

export default async function TagPage({ params }: TagPageProps) {
  const { tag } = await params;
  const name = tagName(getQuestions(), tag);
  if (!name) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Questions about {name}</h1>
      <h2 className="sr-only">Questions</h2>
      <QuestionList questions={questionsWithTag(getQuestions(), tag)} />
    </>
  );
}
