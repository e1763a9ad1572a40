import type { Metadata } from 'next';
import { CategoryList } from '@/components/category-list';
import { JsonLd } from '@/components/json-ld';
import { QuestionList } from '@/components/question-list';
import { getCategories, getQuestions } from '@/lib/content/store';
import { pageMetadata } from '@/lib/seo/metadata';
import { latestQuestions } from '@/lib/content/questions';
import { site } from '@/lib/site';
import { webSiteJsonLd } from '@/lib/seo/structured-data';
import { categoryCounts } from '@/lib/content/taxonomy';

const HOME_QUESTION_COUNT = 10;

export const metadata: Metadata = pageMetadata({ description: site.description, path: '/' });

export default function HomePage() {
  const latest = latestQuestions(getQuestions(), HOME_QUESTION_COUNT);
  return (
    <>
      <JsonLd data={webSiteJsonLd()} />
      <section className="mx-auto max-w-3xl border-b border-slate-200 pb-8 dark:border-slate-800">
        <h1 className="text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">
          {site.name}
        </h1>
        <p className="mt-3 text-lg leading-relaxed text-slate-700 dark:text-slate-300">{site.description}</p>
      </section>
      <section aria-labelledby="latest-heading" className="mx-auto mt-8 max-w-3xl">
        <h2 id="latest-heading" className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">
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
