// Search suggestions from the server's engine: GET /api/suggest?q=… returns up to six questions as
// JSON (lib/search/suggest.ts), for the header box's type-ahead.
// Bounded on every axis a request controls: the query is cut to MAX_SUGGEST_QUERY_LENGTH, answers are
// kept in a fixed-size in-memory LRU, and the route is dynamic so no query ever writes an ISR entry;
// CDNs may cache each answer for a day (they evict on their own), browsers for five minutes.
import type { NextRequest } from 'next/server';
import { getSearchEngine } from '@/lib/content/store';
import { suggestQuestions, type SearchEngine } from '@/lib/search/engine';
import {
  BoundedCache,
  SUGGEST_CACHE_CONTROL,
  SUGGESTION_COUNT,
  suggestionKey,
  toSuggestion,
} from '@/lib/search/suggest';

export const dynamic = 'force-dynamic';

// Answers of the current engine; `next dev` loads a new one when content changes, which starts afresh.
let answers = new BoundedCache<string>(2_000);
let answersEngine: SearchEngine | undefined;

export function GET(request: NextRequest) {
  const key = suggestionKey(request.nextUrl.searchParams.get('q'));
  const engine = getSearchEngine();
  if (engine !== answersEngine) {
    answers = new BoundedCache<string>(2_000);
    answersEngine = engine;
  }
  let body = answers.get(key);
  if (body === undefined) {
    body = JSON.stringify(key ? suggestQuestions(engine, key, SUGGESTION_COUNT).map(toSuggestion) : []);
    answers.set(key, body);
  }
  return new Response(body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': SUGGEST_CACHE_CONTROL },
  });
}
