// A hostile question title, rendered by the real <JsonLd> and parsed by Chromium's HTML parser, stays
// text inside its one script element and runs nothing.
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/json-ld';
import { faqPageJsonLd, medicalWebPageJsonLd } from '@/lib/seo/structured-data';
import { launchBrowserForFile } from '../helpers/browser';

const EVIL = '</script><script>alert(1)</script>';

const browser = launchBrowserForFile();

describe('<JsonLd> in a browser', () => {
  it('keeps a title containing a closing script tag inside its script element, as text', async () => {
    const question = {
      url: '/questions/x',
      title: `Is ${EVIL} safe?`,
      summary: `<!-- ${EVIL}`,
      published: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
      tags: [{ name: EVIL }],
      faqs: [{ question: EVIL, answer: `<img src=x onerror=alert(2)>` }],
      sources: [],
    };
    const markup = renderToStaticMarkup(
      createElement(
        Fragment,
        null,
        createElement(JsonLd, { data: medicalWebPageJsonLd(question) }),
        createElement(JsonLd, { data: faqPageJsonLd(question) }),
      ),
    );
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.setContent(`<!doctype html><html><head>${markup}</head><body><p>after</p></body></html>`);
    const scripts = await page
      .locator('script')
      .evaluateAll((nodes) => nodes.map((node) => ({ type: node.getAttribute('type'), text: node.textContent ?? '' })));
    expect(scripts.map((script) => script.type)).toEqual(['application/ld+json', 'application/ld+json']);
    const [medical, faq] = scripts.map((script) => JSON.parse(script.text));
    expect(medical.headline).toBe(`Is ${EVIL} safe?`);
    expect(medical.description).toBe(`<!-- ${EVIL}`);
    expect(faq.mainEntity[0].name).toBe(EVIL);
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.locator('body').innerText()).resolves.toBe('after');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
