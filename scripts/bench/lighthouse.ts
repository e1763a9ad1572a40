// npm run bench:lighthouse [-- --runs 5 --form mobile,desktop --page /questions/<slug> ... --base-url URL --reports DIR]
// Serves the production build (`npm run build` first) and runs Lighthouse (performance only) several
// times per page type and preset, then prints the medians: score, FCP, LCP, TBT, bytes transferred by
// resource type, and the largest-contentful-paint element with its phases (TTFB, load delay, load
// time, render delay) from the median run. Lighthouse 12.2.3's own LCP-element audit failed with this
// Chromium ("RootCauses … frame_sequence"; Lighthouse 13 replaced it with an insight), so the element
// comes from the browser's own PerformanceObserver on a phone-sized viewport, and the phases from
// Lighthouse's simulated TTFB and LCP (a text element has no load phases: all after TTFB is render
// delay). Prints the load average beside the figures: the machine is shared, and the simulation
// starts from the observed trace.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../lib/chromium';
import { LighthouseRuntimeError, runLighthouseReport, type FormFactor, type LighthouseReport } from '../lib/lighthouse';
import { startBuiltSite } from '../lib/built-site';
import { isScript } from '../lib/is-script';

const DEFAULT_PAGES = [
  { name: 'question', path: '/questions/why-do-my-muscles-twitch-after-a-workout' },
  { name: 'home', path: '/' },
  { name: 'category', path: '/categories/fitness-and-exercise' },
];

interface RunFigures {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  bytes: number;
  /** Simulated time to the document's first byte. */
  ttfb: number;
  byType: Record<string, { count: number; bytes: number }>;
}

function table(report: LighthouseReport, audit: string): Record<string, unknown>[] {
  const details = report.audits[audit]?.details;
  return (details?.items as Record<string, unknown>[] | undefined) ?? [];
}

export function figuresOf(report: LighthouseReport): RunFigures {
  const numeric = (audit: string) => report.audits[audit]?.numericValue ?? NaN;
  const byType: RunFigures['byType'] = {};
  for (const row of table(report, 'resource-summary')) {
    byType[String(row.resourceType)] = { count: Number(row.requestCount), bytes: Number(row.transferSize) };
  }
  return {
    score: Math.round((report.categories.performance?.score ?? NaN) * 100),
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    bytes: numeric('total-byte-weight'),
    ttfb: Number((table(report, 'metrics')[0] ?? {}).timeToFirstByte ?? NaN),
    byType,
  };
}

/** Under heavy load Lighthouse sometimes fails to record the trace (NO_NAVSTART): try such a run again. */
async function lighthouseWithRetry(url: string, form: FormFactor, attempts = 3): Promise<LighthouseReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouseReport(url, form, ['performance']);
    } catch (error) {
      if (!(error instanceof LighthouseRuntimeError) || attempt >= attempts) throw error;
      console.warn(`  (run failed, retrying: ${String(error).slice(0, 120)})`);
    }
  }
}

/** The page's largest-contentful-paint element as Chromium reports it on a phone-sized screen. */
async function lcpElement(url: string): Promise<string> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
    await page.goto(url, { waitUntil: 'load' });
    // The last candidate once painting has settled: a page without scripts fires `load` before its
    // first paint, so the first entries the observer hands over are only the header's.
    return await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          let last: (PerformanceEntry & { element?: Element; size?: number }) | undefined;
          new PerformanceObserver((list) => {
            last = list.getEntries().at(-1) as typeof last;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => {
            const element = last?.element;
            if (!element) return resolve('unknown');
            const id = element.id ? `#${element.id}` : '';
            const section = element.closest('[data-section]')?.getAttribute('data-section');
            const text = (element.textContent ?? '').trim().slice(0, 50);
            resolve(
              `<${element.tagName.toLowerCase()}${id}>${section ? ` in [data-section=${section}]` : ''} "${text}…" (${last?.size} px²)`,
            );
          }, 1_000);
        }),
    );
  } finally {
    await browser.close();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      form: { type: 'string', default: 'mobile,desktop' },
      page: { type: 'string', multiple: true },
      // Measure a site that is already running (another build, a deployment) instead of this build.
      'base-url': { type: 'string' },
      // Keep every run's JSON report there (for its audits: LCP element, bootup time, requests).
      reports: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  const forms = values.form.split(',') as FormFactor[];
  const pages = values.page?.map((path) => ({ name: path, path })) ?? DEFAULT_PAGES;
  const site = values['base-url']
    ? { baseUrl: values['base-url'], stop: async () => {} }
    : // What `npm start` runs: the standalone server behind its page cache.
      await startBuiltSite({ output: 'ignore', readyPath: '/api/health' });
  const started = process.cpuUsage();
  const wallStart = Date.now();
  const { version } = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string };
  console.log(`Lighthouse ${version} (simulated throttling), ${runs} runs per page and preset; load average ${load()}`);
  try {
    for (const form of forms) {
      for (const page of pages) {
        const url = new URL(page.path, site.baseUrl).toString();
        await fetch(url); // the first request may render the page (ISR); measure what readers get after
        const figures: RunFigures[] = [];
        for (let run = 0; run < runs; run++) {
          const report = await lighthouseWithRetry(url, form);
          figures.push(figuresOf(report));
          if (values.reports) {
            mkdirSync(values.reports, { recursive: true });
            const name = `${form}-${page.name.replace(/[^a-z0-9-]+/gi, '_')}-${run + 1}.json`;
            writeFileSync(path.join(values.reports, name), JSON.stringify(report));
          }
        }
        const scores = figures.map((f) => f.score);
        // The run whose score is the median stands for the page: its element, phases and bytes.
        const typical = figures[scores.indexOf(median(scores))] ?? figures[0];
        console.log(
          `\n${form} ${page.name} (${page.path}): performance ${median(scores)} [${scores.join(' ')}], ` +
            `FCP ${ms(median(figures.map((f) => f.fcp)))}, LCP ${ms(median(figures.map((f) => f.lcp)))}, ` +
            `TBT ${ms(median(figures.map((f) => f.tbt)))}, transferred ${kb(median(figures.map((f) => f.bytes)))}; load ${load()}`,
        );
        console.log(
          '  bytes: ' +
            Object.entries(typical.byType)
              .filter(([type]) => type !== 'total')
              .map(([type, { count, bytes }]) => `${type} ${kb(bytes)} (${count})`)
              .join(', '),
        );
        if (form === 'mobile') {
          console.log(
            `  LCP element: ${await lcpElement(url)}; phases (simulated, median run): TTFB ${ms(typical.ttfb)}, ` +
              `load delay and load time 0 ms (text), render delay ${ms(typical.lcp - typical.ttfb)}`,
          );
        }
      }
    }
  } finally {
    await site.stop();
  }
  const cpu = process.cpuUsage(started);
  console.log(
    `\nwall ${((Date.now() - wallStart) / 1000).toFixed(0)} s, this process's CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s ` +
      `(Lighthouse and Chromium run in child processes); load average ${load()}`,
  );
}

if (isScript(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
