// The serialised search index as a static file, fetched by the header search box only when a reader
// focuses it, so no page pays for search up front.
import { getSearchIndexJson } from '@/lib/content/store';

export const dynamic = 'force-static';

export function GET() {
  return new Response(getSearchIndexJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
