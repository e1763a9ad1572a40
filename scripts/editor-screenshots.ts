// Screenshots of the browser editor (Keystatic at /keystatic in `npm run dev`) for review without
// starting it: the dashboard, the list of questions, a question open for editing, a key point's
// dialog, and a save refused by the content check. Runs dev in a scratch copy (nothing is saved).
// Usage: npm run screenshots:editor   -> screenshots/editor-<name>.png
import { mkdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium';
import { compressPng } from './lib/png';
import { startDevServer } from './lib/dev-server';
import { copyProject } from './lib/scratch-project';

const OUT_DIR = 'screenshots';
const QUESTION = 'why-do-my-muscles-twitch-after-a-workout';

const compress = compressPng;

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(500);
  const file = path.join(OUT_DIR, `editor-${name}.png`);
  writeFileSync(file, await compress(await page.screenshot()));
  console.log(`Wrote ${file}`);
}

const dir = path.join(os.tmpdir(), `editor-screenshots-${process.pid}`);
await copyProject(process.cwd(), dir, { skip: ['screenshots/'] });
const dev = await startDevServer(dir);
const browser = await launchChromium();
try {
  mkdirSync(OUT_DIR, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(60_000);
  // next dev compiles the editor on its first request.
  await page.goto(`${dev.baseUrl}/keystatic`, { timeout: 300_000 });
  await page.getByRole('link', { name: 'Questions', exact: true }).first().waitFor({ timeout: 240_000 });
  await shoot(page, 'dashboard');
  await page.goto(`${dev.baseUrl}/keystatic/collection/questions`);
  await page.getByText('Are naps good or bad for you?').first().waitFor();
  await shoot(page, 'questions');
  await page.goto(`${dev.baseUrl}/keystatic/collection/questions/item/${QUESTION}`);
  const shortAnswer = page.getByRole('textbox', { name: 'Short answer', exact: true });
  await shortAnswer.waitFor();
  await shoot(page, 'question');
  await page.getByRole('grid', { name: 'Key points' }).getByRole('row').first().click();
  await page.getByRole('dialog').waitFor();
  await shoot(page, 'key-point');
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
  await shortAnswer.fill('TODO');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/Not saved: the content check found/).waitFor();
  await shoot(page, 'save-refused');
} finally {
  await browser.close();
  await dev.stop();
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
}
