// A question whose compiled document is corrupt at run time (a bad deploy, a disk error): its page
// answers the error page with a reference and nothing else, the failure is not cached, every other
// page still answers 200 and the server stays up.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionEntry } from '@/lib/content/types';
import { onDemandQuestions } from '../../scripts/lib/built-site';
import { launchBrowser } from '../helpers/browser';
import { stop, type Started } from '../helpers/ops-processes';
import { copyStandalone, startStandalone, type SiteCopy } from '../helpers/standalone-copy';

let copy: SiteCopy | undefined;
let site: Started | undefined;
let broken: QuestionEntry;
let others: QuestionEntry[];
let original: string;

beforeAll(async () => {
  copy = await copyStandalone();
  // Questions that were not prerendered read their document when first requested.
  const onDemand = onDemandQuestions(copy.dir);
  if (onDemand.length < 2) throw new Error('The build (PRERENDER_LIMIT) must leave at least two questions to ISR');
  [broken, ...others] = onDemand as [QuestionEntry, ...QuestionEntry[]];
  const document = path.join(copy.dir, broken.documentPath);
  original = readFileSync(document, 'utf8');
  writeFileSync(document, original.slice(0, original.length / 2));
  site = await startStandalone(copy.dir);
});

afterAll(async () => {
  await stop(site);
  await copy?.remove();
});

async function get(address: string) {
  const response = await fetch(new URL(address, site!.url));
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control') ?? '',
    text: await response.text(),
  };
}

describe('a question whose compiled document is corrupt', () => {
  it('answers 500 with the error page and a reference, never the error itself', async () => {
    const page = await get(broken.url);
    expect(page.status).toBe(500);
    // Next sends the error boundary's digest, never the message or the stack...
    const reference = /digest\\?":\\?"(\d+)/.exec(page.text)?.[1];
    expect(reference).toBeDefined();
    // (`.json(` is the search box's own inline script calling response.json(), not a file name.)
    expect(page.text).not.toMatch(/SyntaxError|Unexpected|JSON\.parse|at [\w.<>]+ \(|\.json(?!\()|node_modules/);
    // ...neither a CDN nor a browser may keep the failure...
    expect(page.cacheControl).toMatch(/no-store|no-cache|max-age=0/);
    expect(page.cacheControl).not.toMatch(/s-maxage=[1-9]/);
    // ...the log carries the same reference, so a reader's report can be matched to the error...
    expect(site!.output()).toMatch(new RegExp(`"event":"request-error","reference":"${reference}"`));
    // ...and the reader sees app/error.tsx with that reference.
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.goto(site!.url + broken.url);
      await tab.getByRole('heading', { name: 'Something went wrong' }).waitFor();
      expect(await tab.textContent('body')).toContain(`Reference: ${reference}`);
    } finally {
      await browser.close();
    }
  });

  it('leaves every other page answering 200 and the server up', async () => {
    for (const address of [
      '/',
      '/categories',
      '/tags',
      '/search?q=sleep',
      '/feed.xml',
      others[0]!.url,
      others[1]?.url,
    ]) {
      if (address) expect((await get(address)).status, address).toBe(200);
    }
    expect((await get('/api/health')).status).toBe(200);
    expect(site!.child.exitCode).toBeNull();
  });

  it('does not cache the failure: once the document is mended, the page answers 200', async () => {
    expect((await get(broken.url)).status).toBe(500);
    writeFileSync(path.join(copy!.dir, broken.documentPath), original);
    const mended = await get(broken.url);
    expect(mended.status).toBe(200);
    expect(mended.text).toContain(broken.title.replaceAll("'", '&#x27;'));
  });
});
