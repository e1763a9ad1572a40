import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuestionList } from '@/components/question-list';
import { getCategories, getCategory, getQuestions } from '@/lib/content';
import { questionsInCategory } from '@/lib/questions';

interface CategoryPageProps {
  params: Promise<{ category: string }>;
}

export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return getCategories().map((category) => ({ category: category.slug }));
}

export async function generateMetadata({ params }: CategoryPageProps): Promise<Metadata> {
  const category = getCategory((await params).category);
  return category ? { title: category.title, description: category.description } : {};
}

export default async function CategoryPage({ params }: CategoryPageProps) {
  const category = getCategory((await params).category);
  if (!category) notFound();
  const questions = questionsInCategory(getQuestions(), category.slug);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{category.title}</h1>
      <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">{category.description}</p>
      <h2 className="sr-only">Questions</h2>
      <QuestionList questions={questions} />
    </>
  );
}
