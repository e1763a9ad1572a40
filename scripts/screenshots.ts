// Saves screenshots of the main kinds of page (question, home, A to Z, category, the privacy notice,
// the accessibility statement, a feedback confirmation) on a phone and a desktop viewport, in the light
// and dark themes, to screenshots/<name>-<device>-<theme>.png, so the design can be reviewed without
// starting the site. A page with the feedback forms also gets feedback-form-<device>-<theme>.png: the
// forms alone, the report form opened.
// Usage: npm run build && npm run screenshots [-- name=/path …]   e.g. -- question=/questions/<slug>
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/chromium';
import { compressPng } from './lib/png';
import { startBuiltSite } from './lib/built-site';

const DEFAULT_PAGES: Record<string, string> = {
  question: '/questions/why-do-my-muscles-twitch-after-a-workout',
  home: '/',
  'a-z': '/a-z',
  category: '/categories/fitness-and-exercise',
  privacy: '/privacy',
  accessibility: '/accessibility',
  'feedback-sent': '/feedback?result=report&page=why-do-my-muscles-twitch-after-a-workout',
};

/** `name=/path` arguments, or every default page. */
function pagesToShoot(args: readonly string[]): [string, string][] {
  if (args.length === 0) return Object.entries(DEFAULT_PAGES);
  return args.map((arg) => {
    const [name, pagePath] = arg.split('=');
    if (!name || !pagePath?.startsWith('/')) throw new Error(`Expected name=/path, got "${arg}"`);
    return [name, pagePath];
  });
}
const OUT_DIR = 'screenshots';

const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 } },
} as const;
const SCHEMES = ['light', 'dark'] as const;

const compress = compressPng;

async function main() {
  const pages = pagesToShoot(process.argv.slice(2));
  mkdirSync(OUT_DIR, { recursive: true });
  const site = await startBuiltSite();
  const browser = await launchChromium();
  try {
    for (const [name, pagePath] of pages) {
      for (const [device, options] of Object.entries(VIEWPORTS)) {
        for (const colorScheme of SCHEMES) {
          // Device scale 1 keeps the committed PNGs small; they are for reviewing layout, not pixels.
          const context = await browser.newContext({ ...options, colorScheme, deviceScaleFactor: 1 });
          const page = await context.newPage();
          await page.goto(new URL(pagePath, site.baseUrl).toString(), { waitUntil: 'networkidle' });
          const file = path.join(OUT_DIR, `${name}-${device}-${colorScheme}.png`);
          const png = await compress(await page.screenshot({ fullPage: true }));
          writeFileSync(file, png);
          console.log(`saved ${file} (${Math.round(png.length / 1024)} kB)`);
          const forms = page.locator('[data-section="page-feedback"]');
          if (name === 'question' && (await forms.count()) === 1) {
            await forms.locator('details').evaluate((details) => details.setAttribute('open', ''));
            const formFile = path.join(OUT_DIR, `feedback-form-${device}-${colorScheme}.png`);
            writeFileSync(formFile, await compress(await forms.screenshot()));
            console.log(`saved ${formFile}`);
          }
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
