// A question beyond the prerender limit is rendered on its first request and then served from the cache.
// This file runs first (tests/helpers/long-tail-first.ts): other tests request every page, and the
// test server starts without the runtime renders of earlier runs (tests/helpers/serve-built-site.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/types';
import { CONTENT_INDEX_PATH } from '@/lib/content/paths';
import { baseUrl } from '../helpers/browser';

function notPrerenderedQuestion(): string | undefined {
  const manifest = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as {
    routes: Record<string, unknown>;
  };
  const index = JSON.parse(readFileSync(CONTENT_INDEX_PATH, 'utf8')) as ContentIndex;
  // The oldest such question: the one other browser tests are least likely to have visited first.
  return index.questions.findLast((question) => !question.draft && !(question.url in manifest.routes))?.url;
}

describe('the long tail of questions (ISR)', () => {
  it('is built with a prerender limit below the number of questions', () => {
    expect(notPrerenderedQuestion(), 'the test build (PRERENDER_LIMIT) leaves some questions to ISR').toBeDefined();
  });

  it('renders a question that was not prerendered on its first request, then serves it from the cache', async () => {
    const url = new URL(notPrerenderedQuestion()!, baseUrl());

    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-nextjs-cache')).not.toBe('HIT');
    const firstHtml = await first.text();
    expect(firstHtml).toContain('Short answer');

    const second = await fetch(url);
    expect(second.status).toBe(200);
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(await second.text()).toBe(firstHtml);
  });
});
