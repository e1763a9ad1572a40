// Search suggestions from the server's engine: GET /api/suggest?q=… returns up to six questions as
// JSON. Used by the header box once the library is too large to ship its index (lib/search/suggest.ts).
// Bounded on every axis a request controls: the query is cut to MAX_SUGGEST_QUERY_LENGTH, answers are
// kept in a fixed-size in-memory LRU, and the route is dynamic so no query ever writes an ISR entry;
// CDNs may cache each answer for a day (they evict on their own), browsers for five minutes.
import type { NextRequest } from 'next/server';
import { getSearchEngine } from '@/lib/content/store';
import { suggestQuestions } from '@/lib/search/engine';
import { BoundedCache, SUGGEST_CACHE_CONTROL, SUGGESTION_COUNT, suggestionKey } from '@/lib/search/suggest';

export const dynamic = 'force-dynamic';

const answers = new BoundedCache<string>(2_000);

export function GET(request: NextRequest) {
  const key = suggestionKey(request.nextUrl.searchParams.get('q'));
  let body = answers.get(key);
  if (body === undefined) {
    body = JSON.stringify(key ? suggestQuestions(getSearchEngine(), key, SUGGESTION_COUNT) : []);
    answers.set(key, body);
  }
  return new Response(body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': SUGGEST_CACHE_CONTROL },
  });
}
