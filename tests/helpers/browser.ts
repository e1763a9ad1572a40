// Shared Chromium for browser tests (scripts/lib/chromium.ts), one per test file, and the built site's address.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';

export function baseUrl(): string {
  return inject('baseUrl');
}

export const launchBrowser = launchChromium;

/**
 * The test file's Chromium: launched before its first test and closed after its last. Call it at
 * the top of a test file; the browser it returns may be used inside hooks and tests.
 */
export function launchBrowserForFile(): Browser {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
  });
  // Stands in for the browser until it is launched, then forwards every call to it.
  return new Proxy({} as Browser, {
    get(_target, property) {
      if (!launched) throw new Error('The browser is launched in beforeAll: use it inside a hook or a test');
      const value: unknown = Reflect.get(launched, property, launched);
      return typeof value === 'function' ? value.bind(launched) : value;
    },
  });
}

export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl()).toString());
  return page;
}
