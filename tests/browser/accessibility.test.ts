// Accessibility gate: axe-core finds no violations on every kind of page, in the light and the dark
// theme, and each page has the landmarks, language, single h1 and ordered headings readers rely on.
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowserForFile } from '../helpers/browser';
import { ONE_PAGE_OF_EACH_KIND } from '../helpers/page-kinds';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const PAGES_TO_AUDIT = ONE_PAGE_OF_EACH_KIND;

const THEMES = ['light', 'dark'] as const;

const browser = launchBrowserForFile();

async function open(path: string, colorScheme: (typeof THEMES)[number]): Promise<Page> {
  // bypassCSP: axe is injected as a script the site's Content Security Policy rightly refuses.
  const context = await browser.newContext({ colorScheme, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl()).toString(), { waitUntil: 'networkidle' });
  return page;
}

function describeViolations(results: AxeResults): string {
  return results.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`)
    .join('\n');
}

describe.each(PAGES_TO_AUDIT)('the $name page', ({ path }) => {
  // Each theme's page is opened once and shared by the tests that read it (axe only reads the page).
  const opened = new Map<(typeof THEMES)[number], Promise<Page>>();
  const pageIn = (theme: (typeof THEMES)[number]) => {
    if (!opened.has(theme)) opened.set(theme, open(path, theme));
    return opened.get(theme)!;
  };
  afterAll(async () => {
    for (const page of opened.values()) await (await page).context().close();
  });

  it.each(THEMES)('has no axe violations in the %s theme', async (theme) => {
    const page = await pageIn(theme);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/[\d.]+/g)!.map(Number);
    expect(r + g + b < 150 ? 'dark' : 'light', 'the page shows the theme under test').toBe(theme);
    await page.addScriptTag({ path: AXE_PATH });
    const results = await page.evaluate(() =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { resultTypes: ['violations'] }),
    );
    expect(results.violations, describeViolations(results)).toEqual([]);
  });

  it('has its language, landmarks, one h1 and headings that never skip a level', async () => {
    const page = await pageIn('light');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    for (const landmark of ['header[role="banner"]', 'main#main', 'footer[role="contentinfo"]', 'nav'])
      expect(await page.locator(landmark).count(), landmark).toBeGreaterThanOrEqual(1);
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level - levels[index - 1], `heading ${index} jumps a level`).toBeLessThanOrEqual(1);
    });
  });
});
