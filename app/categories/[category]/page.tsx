import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { QuestionList } from '@/components/question-list';
import { categoryTrail } from '@/lib/breadcrumbs';
import { getCategories, getCategory, getQuestions } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { questionsInCategory } from '@/lib/questions';
import { breadcrumbListJsonLd, collectionPageJsonLd } from '@/lib/structured-data';

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
  return category ? pageMetadata({ title: category.title, description: category.description, path: category.url }) : {};
}

export default async function CategoryPage({ params }: CategoryPageProps) {
  const category = getCategory((await params).category);
  if (!category) notFound();
  const questions = questionsInCategory(getQuestions(), category.slug);
  return (
    <>
      <JsonLd
        data={collectionPageJsonLd({
          name: category.title,
          description: category.description,
          path: category.url,
          questions,
        })}
      />
      <JsonLd data={breadcrumbListJsonLd(categoryTrail(category))} />
      <h1 className="text-3xl font-bold tracking-tight">{category.title}</h1>
      <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">{category.description}</p>
      <h2 className="sr-only">Questions</h2>
      <QuestionList questions={questions} />
    </>
  );
}
