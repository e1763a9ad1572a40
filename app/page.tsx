import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
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

/** One section of the home page below the search form, headed and labelled by its heading. */
function HomeSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mx-auto mt-8 max-w-3xl">
      <h2
        id={`${id}-heading`}
        className="text-xl font-semibold tracking-tight text-slate-900 sm:text-2xl dark:text-slate-50"
      >
        {heading}
      </h2>
      {children}
    </section>
  );
}

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

      <HomeSection id="a-z" heading="Health A to Z">
        <div className="mt-3">
          <LetterBar
            items={letterBar(az.groups, { singlePage: az.singlePage })}
            label="Health A to Z letters"
            compact
          />
        </div>
        <p className="mt-3">
          <Link
            href="/a-z"
            prefetch={false}
            className="font-medium text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
          >
            Every question from A to Z
          </Link>
        </p>
      </HomeSection>

      <HomeSection id="categories" heading="Browse by category">
        <CategoryList categories={getCategories()} counts={categoryCounts(questions)} />
      </HomeSection>

      {featured.length > 0 ? (
        <HomeSection id="featured" heading="Featured questions">
          <QuestionList questions={featured} compact />
        </HomeSection>
      ) : null}

      <HomeSection id="latest" heading="Latest questions">
        <QuestionList questions={latest} compact />
      </HomeSection>
    </>
  );
}
