// Runs before routing: answers malformed or oversized paths with a plain 4xx (see lib/http/request-guard.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { rawPathOf, rejectPath } from '@/lib/http/request-guard';

export function proxy(request: NextRequest) {
  const rejection = rejectPath(rawPathOf(request.url));
  if (!rejection) return NextResponse.next();
  return new NextResponse(rejection.message, {
    status: rejection.status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export const config = {
  // Hashed build assets never reach a page, so they skip the check.
  matcher: '/((?!_next/static/).*)',
};
