// Runs before routing: answers malformed or oversized paths with a plain 4xx (see lib/http/request-guard.ts),
// and addresses no content backs with the static 404 page before anything renders, so a request for a
// made-up slug never writes to the ISR cache (see lib/http/content-addresses.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { addressTable, isBackedByContent, type AddressTable } from '@/lib/http/content-addresses';
import { CONTENT_INDEX_PATH } from '@/lib/content/paths';
import type { ContentIndex } from '@/lib/content/types';
import { rawPathOf, rejectPath } from '@/lib/http/request-guard';

/** The 404 page Next prerendered at build time (the server's pipeline removes its client runtime, as from every page). */
const NOT_FOUND_HTML = '.next/server/app/_not-found.html';

// In development pages render on every request and nothing is cached, so every address goes through.
const guardAddresses = process.env.NODE_ENV === 'production';
let table: AddressTable | undefined;

function addresses(): AddressTable {
  table ??= addressTable(
    JSON.parse(
      readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), CONTENT_INDEX_PATH), 'utf8'),
    ) as ContentIndex,
    { includeDrafts: false },
  );
  return table;
}

let notFoundHtml: string | undefined;

/**
 * The helpful 404 page, answered by the proxy itself. (A rewrite to a path no route answers did the
 * same, but Next's standalone server took the rewrite for another origin and proxied it over HTTP to
 * localhost, which failed now and then under load with a 500.)
 */
function notFound(): NextResponse {
  if (notFoundHtml === undefined) {
    notFoundHtml = readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), NOT_FOUND_HTML), 'utf8');
  }
  return new NextResponse(notFoundHtml, {
    status: 404,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    },
  });
}

export function proxy(request: NextRequest) {
  const rawPath = rawPathOf(request.url);
  const rejection = rejectPath(rawPath);
  if (rejection) {
    return new NextResponse(rejection.message, {
      status: rejection.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  if (guardAddresses && !isBackedByContent(rawPath, addresses())) {
    return notFound();
  }
  return NextResponse.next();
}

export const config = {
  // Hashed build assets never reach a page, so they skip the check.
  matcher: '/((?!_next/static/).*)',
};
