// The browser editor in real Chromium, run in the dev-loop test's `npm run dev` (one dev server for
// both, to keep CI short): a question created at /keystatic with every section filled through the
// editor's form. A save with a content problem is refused with the field and the message; once fixed,
// the file is written in content/, `npm run check` passes, and the question shows on its page, the home
// page and in search. A question kept in a sub-folder of content/questions is listed and opens.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayUtc } from '@/lib/content/dates';
import { launchChromium } from '../../scripts/lib/chromium';

const TITLE = 'Why do my knees click when I squat?';
const SLUG = 'why-do-my-knees-click-when-i-squat';

/** Polls until `check` passes (bounded by the test's timeout). */
async function until(check: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await Promise.resolve(check()).catch(() => false))) await new Promise((resolve) => setTimeout(resolve, 250));
}

const textbox = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });

/** Adds an item to the list field `group` through its dialog, filled by `fill`. */
async function addItem(scope: Page | Locator, page: Page, group: string, fill: (dialog: Locator) => Promise<void>) {
  // Dialogs stack (a key point's sources open over the key point): this one is the next in the stack,
  // and it is gone (its closing animation over) before the caller goes on.
  const open = await page.getByRole('dialog').count();
  await scope
    .getByRole('group', { name: group, exact: true })
    .getByRole('button', { name: 'Add', exact: true })
    .first()
    .click();
  const dialog = page.getByRole('dialog').nth(open);
  await fill(dialog);
  // The dialog's own Add button comes after the Add buttons of the lists inside it.
  await dialog.getByRole('button', { name: 'Add', exact: true }).last().click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(open);
}

const addText = (scope: Page | Locator, page: Page, group: string, value: string, label = group) =>
  addItem(scope, page, group, (dialog) => textbox(dialog, label).fill(value));

/** Picks `option` in a choice field (Keystatic's picker). */
async function choose(scope: Page | Locator, page: Page, label: RegExp, option: string) {
  await scope.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Picks an existing entry in a relationship field (a combobox whose suggestions load from the collection). */
async function pickEntry(combobox: Locator, page: Page, slug: string) {
  await combobox.fill(slug);
  const option = page.getByRole('option', { name: slug, exact: true });
  await until(async () => {
    if (await option.isVisible()) return true;
    await combobox.press('ArrowDown');
    await new Promise((resolve) => setTimeout(resolve, 500));
    return false;
  });
  await option.click();
}

/** The tests, against the dev server `server()` names once it runs (the project folder and its address). */
export function describeBrowserEditor(server: () => { dir: string; base: string }): void {
  let browser: Browser | undefined;
  const base = () => server().base;
  const text = async (url: string) => (await fetch(base() + url)).text();

  describe('the browser editor, in npm run dev', () => {
    beforeAll(async () => {
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('creates a question with every section, refusing a save the check fails', async () => {
      const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
      page.setDefaultTimeout(60_000);
      // next dev compiles the editor on its first request.
      await page.goto(`${base()}/keystatic/collection/questions/create`, { timeout: 240_000 });
      await page.getByRole('button', { name: 'Create' }).waitFor({ timeout: 240_000 });
      const today = todayUtc();
      const file = path.join(server().dir, 'content/questions', `${SLUG}.mdx`);

      await textbox(page, 'Title').fill(TITLE);
      await expect.poll(() => textbox(page, 'File name (the page address)').inputValue()).toBe(SLUG);
      await textbox(page, 'Subject').fill('Knee clicking');
      await textbox(page, 'Summary').fill(
        'Clicking or popping knees are common and usually harmless when there is no pain or swelling.',
      );
      // A placeholder left in a page that is not a draft: the check refuses it.
      await textbox(page, 'Short answer').fill('TODO');
      await choose(page, page, /Verdict$/, 'usually-harmless');
      await textbox(page, 'Verdict note').fill('Painless clicking is common and rarely a sign of damage.');
      await pickEntry(page.getByRole('combobox', { name: 'Category' }), page, 'fitness-and-exercise');
      await addText(page, page, 'Tags', 'knee clicking');
      await addText(page, page, 'Tags', 'squats');
      await addText(page, page, 'Aliases', 'knee popping when squatting');
      await addItem(page, page, 'Related', (dialog) =>
        pickEntry(dialog.getByRole('combobox'), page, 'does-stretching-prevent-injury'),
      );
      await textbox(page, 'Published').fill(today);
      await textbox(page, 'Updated').fill(today);
      await addItem(page, page, 'When to get help', async (dialog) => {
        await choose(dialog, page, /Action$/, 'See a GP if: (routine-gp)');
        await addText(
          dialog,
          page,
          'Signs',
          'the clicking comes with knee pain that does not settle within a few weeks',
        );
      });
      await addItem(page, page, 'Sources', async (dialog) => {
        await textbox(dialog, 'Id').fill('nhs-knee-pain');
        await textbox(dialog, 'Title').fill('Knee pain');
        await textbox(dialog, 'Publisher').fill('NHS');
        await textbox(dialog, 'Url').fill('https://www.nhs.uk/conditions/knee-pain/');
        await dialog.getByRole('textbox', { name: 'Year' }).fill('2023');
        await choose(dialog, page, /Type$/, 'health-information');
      });
      await addItem(page, page, 'Key points', async (dialog) => {
        await textbox(dialog, 'Text').fill(
          'Knee noises without pain are common and are not usually a sign of a problem.',
        );
        await addText(dialog, page, 'Sources', 'nhs-knee-pain', 'Source id');
      });
      await addItem(page, page, 'Tips', async (dialog) => {
        await textbox(dialog, 'Title').fill('Warm up first');
        await textbox(dialog, 'Text').fill('A few minutes of gentle movement before squats can make them feel easier.');
      });
      await addItem(page, page, 'Myths', async (dialog) => {
        await choose(dialog, page, /Kind$/, 'myth');
        await textbox(dialog, 'Claim').fill('Clicking knees always mean arthritis.');
        await textbox(dialog, 'Correction').fill(
          'Painless clicking is common at every age and is not on its own a sign of arthritis.',
        );
      });
      await addItem(page, page, 'Faqs', async (dialog) => {
        await textbox(dialog, 'Question').fill('Should I stop squatting if my knees click?');
        await textbox(dialog, 'Answer').fill(
          'Not if it does not hurt. Stop and get advice if squatting causes pain or swelling.',
        );
      });
      await textbox(page, 'Body (MDX)').fill(
        '\n## Why knees click\n\nSmall gas bubbles and tendons moving over bone can make a click. See [[Does stretching prevent injury?]] for warming up.\n',
      );

      await page.getByRole('button', { name: 'Create' }).click();
      const refusal = page.getByText(/Not saved: the content check found/);
      await refusal.waitFor({ timeout: 60_000 });
      expect(
        await page
          .getByText(/shortAnswer: /)
          .first()
          .textContent(),
      ).toMatch(/TODO/);
      expect(existsSync(file)).toBe(false);

      await textbox(page, 'Short answer').fill(
        'Painless knee clicks are usually nothing to worry about. See a GP if the knee is painful, swollen or locks.',
      );
      await page.getByRole('button', { name: 'Create' }).click();
      await until(() => existsSync(file));
      const saved = readFileSync(file, 'utf8');
      expect(saved).toContain('[[Does stretching prevent injury?]]');
      expect(saved).not.toMatch(/^draft:/m);
      for (const field of [
        'whenToGetHelp:',
        'sources:',
        'keyPoints:',
        'tips:',
        'myths:',
        'faqs:',
        'related:',
        'aliases:',
      ])
        expect(saved).toContain(field);

      const check = spawnSync('npm', ['run', '-s', 'check'], { cwd: server().dir, encoding: 'utf8' });
      expect(check.status, check.stdout + check.stderr).toBe(0);

      await until(async () => (await text(`/questions/${SLUG}`)).includes(TITLE));
      await until(async () => (await text('/')).includes(`/questions/${SLUG}"`));
      await until(async () => (await text('/search?q=knees%20click%20squat')).includes(`/questions/${SLUG}"`));
      await page.close();
    }, 400_000);

    it('lists and opens a question kept in a sub-folder, as the site publishes it', async () => {
      const { dir } = server();
      const name = 'should-i-use-ice-or-heat-on-an-injury.mdx';
      const from = readFileSync(path.join(dir, 'content/questions', name), 'utf8');
      mkdirSync(path.join(dir, 'content/questions/injuries'), { recursive: true });
      renameSync(path.join(dir, 'content/questions', name), path.join(dir, 'content/questions/injuries', name));
      const title = /^title: (.*)$/m.exec(from)![1]!.replace(/^"|"$/g, '');
      await until(async () => (await text('/questions/should-i-use-ice-or-heat-on-an-injury')).includes(title));

      const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
      page.setDefaultTimeout(60_000);
      await page.goto(`${base()}/keystatic/collection/questions`, { timeout: 240_000 });
      // Listed by its path under content/questions, and opened from the list (rows open with Enter).
      const row = page.getByRole('row', { name: /^injuries\/should-i-use-ice-or-heat-on-an-injury / });
      await row.waitFor();
      await row.focus();
      await row.press('Enter');
      await expect
        .poll(() => page.url(), { timeout: 60_000 })
        .toContain('/item/injuries%2Fshould-i-use-ice-or-heat-on-an-injury');
      await textbox(page, 'Title').waitFor();
      expect(await textbox(page, 'Title').inputValue()).toBe(title);
      await page.close();
    }, 300_000);
  });
}
