// Dark mode: follows the system setting from the first paint (no flash of the light theme), can be
// switched with the toggle, remembers the choice, and still follows the system without JavaScript.
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { baseUrl, launchBrowserForFile } from '../helpers/browser';
import { THEME_SCRIPT } from '@/lib/pages/theme-script';

const QUESTION = '/questions/why-do-my-muscles-twitch-after-a-workout';

const browser = launchBrowserForFile();

async function open(options: BrowserContextOptions, blockBundles = false): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  // Without the app's bundles nothing hydrates, so any theme seen then was set before the first paint.
  if (blockBundles) await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto(new URL(QUESTION, baseUrl()).toString());
  return page;
}

function isDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body)
      .backgroundColor.match(/[\d.]+/g)!
      .map(Number);
    return r + g + b < 150;
  });
}

describe('the theme', () => {
  it('puts the theme script in <head>, before any stylesheet or content', async () => {
    const html = await (await fetch(new URL(QUESTION, baseUrl()))).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(`<script>${THEME_SCRIPT}</script>`);
  });

  it.each([
    ['dark', true],
    ['light', false],
  ] as const)('follows a %s system setting before any app script runs', async (colorScheme, dark) => {
    const page = await open({ colorScheme }, true);
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(colorScheme);
    await expect(isDark(page)).resolves.toBe(dark);
    await page.context().close();
  });

  it('follows the system setting with JavaScript turned off', async () => {
    const page = await open({ colorScheme: 'dark', javaScriptEnabled: false });
    await expect(isDark(page)).resolves.toBe(true);
    await page.context().close();
  });

  it('switches with the toggle before any app script has loaded (no island to hydrate)', async () => {
    const page = await open({ colorScheme: 'light' }, true);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect.poll(() => isDark(page)).toBe(true);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.context().close();
  });

  it('switches with the toggle, remembers the choice, and follows the system again when switched back', async () => {
    const page = await open({ colorScheme: 'light' });
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => isDark(page)).toBe(true);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');

    await page.reload();
    await expect(isDark(page)).resolves.toBe(true);

    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await expect.poll(() => isDark(page)).toBe(false);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => isDark(page)).toBe(true);
    await page.context().close();
  });
});
