import type { Metadata } from 'next';
import { CategoryList } from '@/components/category-list';
import { JsonLd } from '@/components/json-ld';
import { QuestionList } from '@/components/question-list';
import { getCategories, getQuestions } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { latestQuestions } from '@/lib/questions';
import { site } from '@/lib/site';
import { webSiteJsonLd } from '@/lib/structured-data';
import { categoryCounts } from '@/lib/taxonomy';

const HOME_QUESTION_COUNT = 10;

export const metadata: Metadata = pageMetadata({ description: site.description, path: '/' });

export default function HomePage() {
  const latest = latestQuestions(getQuestions(), HOME_QUESTION_COUNT);
  return (
    <>
      <JsonLd data={webSiteJsonLd()} />
      <section className="py-6">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{site.name}</h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">{site.description}</p>
      </section>
      <section aria-labelledby="latest-heading" className="mt-6">
        <h2 id="latest-heading" className="text-2xl font-semibold">
          Latest questions
        </h2>
        <QuestionList questions={latest} />
      </section>
      <section aria-labelledby="categories-heading" className="mt-10">
        <h2 id="categories-heading" className="text-2xl font-semibold">
          Browse by category
        </h2>
        <CategoryList categories={getCategories()} counts={categoryCounts(getQuestions())} />
      </section>
    </>
  );
}
