// Prints what a question page of the built site costs to load: its HTML, CSS and JavaScript, raw and
// gzip-compressed, as a browser fetching the page for the first time would download them.
// Usage: npm run build && npm run bench:weight [-- /questions/<slug>]
import { gzipSync } from 'node:zlib';
import { startBuiltSite } from '../tests/helpers/start-built-site';

const DEFAULT_PAGE = '/questions/why-do-my-muscles-twitch-after-a-workout';

interface Asset {
  kind: 'html' | 'css' | 'js';
  url: string;
  raw: number;
  gzip: number;
}

async function measure(url: string, kind: Asset['kind']): Promise<Asset & { text: string }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { kind, url, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, text: body.toString('utf8') };
}

function assetUrls(html: string, base: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  // noModule scripts are legacy polyfills that modern browsers never download.
  const js = [...html.matchAll(/<script([^>]+)>/g)]
    .filter((m) => !/\snoModule/i.test(m[1]))
    .flatMap((m) => /\ssrc="([^"]+)"/.exec(m[1])?.[1] ?? []);
  const absolute = (urls: string[]) =>
    [...new Set(urls)].map((url) => new URL(url.replaceAll('&amp;', '&'), base).toString());
  return { css: absolute(css), js: absolute(js) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main() {
  const site = await startBuiltSite();
  try {
    const pageUrl = new URL(process.argv[2] ?? DEFAULT_PAGE, site.baseUrl).toString();
    const html = await measure(pageUrl, 'html');
    const { css, js } = assetUrls(html.text, pageUrl);
    const assets: Asset[] = [
      html,
      ...(await Promise.all(css.map((url) => measure(url, 'css')))),
      ...(await Promise.all(js.map((url) => measure(url, 'js')))),
    ];
    console.log(`Page weight of ${pageUrl}`);
    for (const kind of ['html', 'css', 'js'] as const) {
      const ofKind = assets.filter((asset) => asset.kind === kind);
      const raw = ofKind.reduce((sum, asset) => sum + asset.raw, 0);
      const gzip = ofKind.reduce((sum, asset) => sum + asset.gzip, 0);
      console.log(
        `  ${kind.toUpperCase().padEnd(5)} ${String(ofKind.length).padStart(2)} file(s)  ${kb(raw).padStart(9)} raw  ${kb(gzip).padStart(8)} gzip`,
      );
    }
    const total = assets.reduce((sum, asset) => sum + asset.gzip, 0);
    console.log(`  total                  ${kb(total).padStart(8)} gzip`);
  } finally {
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
