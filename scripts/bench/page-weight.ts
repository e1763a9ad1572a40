// npm run bench:page-weight [-- --dir PROJECT]
// Prints the weight of a built question page as the server sends it: its HTML (read from .next,
// without Next's client runtime, as runtime/html-response.mjs sends it) and the CSS and JavaScript
// it references, raw and gzip-compressed. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { stripClientRuntime } from '../../runtime/client-runtime.mjs';
import { isScript } from '../lib/is-script';

export interface PageWeight {
  page: string;
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number; files: number };
  js: { raw: number; gzip: number; files: number };
}

function sizes(buffers: Buffer[]) {
  return {
    raw: buffers.reduce((sum, b) => sum + b.length, 0),
    gzip: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    files: buffers.length,
  };
}

export function questionPageWeight(projectDir: string): PageWeight {
  const dir = path.join(projectDir, '.next/server/app/questions');
  const htmlFile = readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()[0];
  if (!htmlFile) throw new Error(`No prerendered question page in ${dir}`);
  const built = readFileSync(path.join(dir, htmlFile), 'utf8');
  const text = stripClientRuntime(built);
  const html = Buffer.from(text);
  const assets = (pattern: RegExp) =>
    [
      ...new Set(
        [...text.matchAll(pattern)]
          // Legacy-browser polyfills (nomodule) are never downloaded by a modern browser.
          .filter((match) => !/\bnomodule\b/i.test(match[0]))
          .map((match) => match[1]),
      ),
    ]
      .filter((href) => href.startsWith('/_next/static/'))
      .map((href) => readFileSync(path.join(projectDir, '.next', href.replace('/_next/', ''))));
  const { raw, gzip } = sizes([html]);
  return {
    page: `/questions/${htmlFile.replace(/\.html$/, '')}`,
    html: { raw, gzip },
    css: sizes(assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"[^>]*>/g)),
    js: sizes(assets(/<script[^>]+src="([^"]+)"[^>]*>/g)),
  };
}

export function formatPageWeight(weight: PageWeight): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    `question page ${weight.page}`,
    `  HTML ${kb(weight.html.raw)} (gzip ${kb(weight.html.gzip)})`,
    `  CSS  ${kb(weight.css.raw)} (gzip ${kb(weight.css.gzip)}) in ${weight.css.files} file(s)`,
    `  JS   ${kb(weight.js.raw)} (gzip ${kb(weight.js.gzip)}) in ${weight.js.files} file(s)`,
  ].join('\n');
}

if (isScript(import.meta.url)) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: process.cwd() } } });
  console.log(formatPageWeight(questionPageWeight(values.dir)));
}
