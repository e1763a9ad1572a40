// Search results for /search?q=…, rendered on the server so search works without JavaScript.
// Results pages are not indexed by search engines and are left out of the sitemap.
import type { Metadata } from 'next';
import { CategoryLinks } from '@/components/category-links';
import { QuestionList } from '@/components/question-list';
import { SearchForm } from '@/components/search-form';
import { SearchResults, type SearchResultItem } from '@/components/search-results';
import {
  getCategories,
  getCategory,
  getFeaturedThenNewest,
  getQuestionEntryByUrl,
  getSearchEngine,
} from '@/lib/content/store';
import { searchQuestions } from '@/lib/search/engine';
import { MAX_QUERY_LENGTH, normalizeQuery } from '@/lib/search/terms';

interface SearchPageProps {
  searchParams: Promise<{ q?: string | string[] }>;
}

const RESULTS_SHOWN = 50;
const SUGGESTED_COUNT = 5;

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const { query } = normalizeQuery((await searchParams).q);
  return {
    title: query ? `Search results for “${query}”` : 'Search',
    robots: { index: false, follow: true },
  };
}

function search(query: string): SearchResultItem[] {
  return searchQuestions(getSearchEngine(), query).flatMap((hit) => {
    const entry = getQuestionEntryByUrl(hit.url);
    return entry ? [{ entry, category: getCategory(entry.category), terms: hit.terms }] : [];
  });
}

function Browse() {
  return (
    <div className="mt-8 grid gap-8 md:grid-cols-2">
      <section aria-labelledby="browse-categories">
        <h2 id="browse-categories" className="text-xl font-semibold">
          Browse by category
        </h2>
        <CategoryLinks categories={getCategories()} />
      </section>
      <section aria-labelledby="browse-popular">
        <h2 id="browse-popular" className="text-xl font-semibold">
          Featured and recent questions
        </h2>
        <QuestionList questions={getFeaturedThenNewest(SUGGESTED_COUNT)} />
      </section>
    </div>
  );
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const { query, truncated } = normalizeQuery((await searchParams).q);
  const results = query ? search(query) : [];

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <div className="mt-4">
        <SearchForm id="search-page-query" label="Search questions" defaultValue={query} />
      </div>
      {truncated ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          Your search was longer than {MAX_QUERY_LENGTH} characters, so only the first {MAX_QUERY_LENGTH} were used.
        </p>
      ) : null}

      {!query ? (
        <>
          <p className="mt-6 text-slate-700 dark:text-slate-300">
            Type a question or a few words, such as “muscle cramps” or “sleep”.
          </p>
          <Browse />
        </>
      ) : results.length === 0 ? (
        <>
          <p role="status" className="mt-6 text-lg">
            No questions match “{query}”.
          </p>
          <p className="mt-1 text-slate-700 dark:text-slate-300">Check the spelling, try fewer words, or browse:</p>
          <Browse />
        </>
      ) : (
        <>
          <p role="status" className="mt-6 text-slate-700 dark:text-slate-300">
            {results.length === 1 ? '1 question matches' : `${results.length} questions match`} “{query}”
            {results.length > RESULTS_SHOWN ? `; showing the ${RESULTS_SHOWN} most relevant` : ''}.
          </p>
          <SearchResults results={results.slice(0, RESULTS_SHOWN)} />
        </>
      )}
    </>
  );
}
