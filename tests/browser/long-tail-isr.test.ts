// A question beyond the prerender limit is rendered on its first request and then served from the cache.
// This file runs first (tests/helpers/long-tail-first.ts): other tests request every page, and the
// test server starts without the runtime renders of earlier runs (tests/helpers/serve-built-site.ts).
import { describe, expect, it } from 'vitest';
import { onDemandQuestions } from '../../scripts/lib/built-site';
import { baseUrl } from '../helpers/browser';

function notPrerenderedQuestion(): string | undefined {
  // The oldest such question: the one other browser tests are least likely to have visited first.
  return onDemandQuestions('.').at(-1)?.url;
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
