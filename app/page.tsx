import type { Metadata } from 'next';
import Link from 'next/link';
import { CategoryList } from '@/components/category-list';
import { JsonLd } from '@/components/json-ld';
import { LetterBar } from '@/components/letter-bar';
import { QuestionList } from '@/components/question-list';
import { SearchForm } from '@/components/search-form';
import { getCategories, getQuestions } from '@/lib/content/store';
import { pageMetadata } from '@/lib/seo/metadata';
import { featuredAndLatest } from '@/lib/content/questions';
import { letterBar } from '@/lib/pages/a-z';
import { azIndex } from '@/lib/pages/listings';
import { site } from '@/lib/site';
import { webSiteJsonLd } from '@/lib/seo/structured-data';
import { categoryCounts } from '@/lib/content/taxonomy';

const LATEST_COUNT = 5;

export const metadata: Metadata = pageMetadata({ description: site.description, path: '/' });

const SECTION_HEADING = 'text-xl font-semibold tracking-tight text-slate-900 sm:text-2xl dark:text-slate-50';

export default function HomePage() {
  const questions = getQuestions();
  const { featured, latest } = featuredAndLatest(questions, LATEST_COUNT);
  const az = azIndex();
  return (
    <>
      <JsonLd data={webSiteJsonLd()} />
      <section aria-labelledby="home-heading" className="mx-auto max-w-3xl">
        <h1
          id="home-heading"
          className="text-2xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white"
        >
          {site.name}
        </h1>
        <p className="mt-2 text-base leading-relaxed text-slate-700 sm:text-lg dark:text-slate-300">
          {site.description}
        </p>
        <div className="mt-5">
          <SearchForm
            id="home-search"
            label="Search for a symptom, condition or question"
            showLabel
            placeholder="e.g. muscle twitches, headaches"
            size="large"
          />
        </div>
      </section>

      <section aria-labelledby="a-z-heading" className="mx-auto mt-8 max-w-3xl">
        <h2 id="a-z-heading" className={SECTION_HEADING}>
          Health A to Z
        </h2>
        <div className="mt-3">
          <LetterBar
            items={letterBar(az.groups, { singlePage: az.singlePage })}
            label="Health A to Z letters"
            compact
          />
        </div>
        <p className="mt-3">
          <Link href="/a-z" className="font-medium text-teal-800 underline-offset-2 hover:underline dark:text-teal-300">
            Every question from A to Z
          </Link>
        </p>
      </section>

      <section aria-labelledby="categories-heading" className="mx-auto mt-8 max-w-3xl">
        <h2 id="categories-heading" className={SECTION_HEADING}>
          Browse by category
        </h2>
        <CategoryList categories={getCategories()} counts={categoryCounts(questions)} />
      </section>

      {featured.length > 0 ? (
        <section aria-labelledby="featured-heading" className="mx-auto mt-8 max-w-3xl">
          <h2 id="featured-heading" className={SECTION_HEADING}>
            Featured questions
          </h2>
          <QuestionList questions={featured} compact />
        </section>
      ) : null}

      <section aria-labelledby="latest-heading" className="mx-auto mt-8 max-w-3xl">
        <h2 id="latest-heading" className={SECTION_HEADING}>
          Latest questions
        </h2>
        <QuestionList questions={latest} compact />
      </section>
    </>
  );
}
