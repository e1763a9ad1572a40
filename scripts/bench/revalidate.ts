// npm run bench:revalidate (after `npm run build`)
// What regenerating pages costs the server: every question the build left to ISR is rendered once
// (what a regeneration does: render, then write the ISR cache) and then served from the cache, with
// the server's CPU time and the bytes written to the cache per page. It then prints what an hourly
// `revalidate` would cost a library whose pages are all read within each hour, at several sizes: the
// figure behind `revalidate = false` (pages change only with a deploy; docs/runtime.md).
import { readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onDemandQuestions, startBuiltSite } from '../lib/built-site';
import { cpuSeconds } from './process-tree';

const STANDALONE = '.next/standalone';
const ROUTE_CACHE = path.join(STANDALONE, '.next/server/route-cache');

function bytesUnder(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(path.join(dir, name), { throwIfNoEntry: false });
    if (stats?.isFile()) total += stats.size;
  }
  return total;
}

const longTail = onDemandQuestions(STANDALONE).map((question) => question.url);
if (longTail.length === 0) throw new Error('Every question was prerendered: build with PRERENDER_LIMIT=0 to measure.');

rmSync(ROUTE_CACHE, { recursive: true, force: true });
// The page cache off: every request reaches Next, as a regeneration does.
const site = await startBuiltSite({
  output: 'ignore',
  readyPath: '/api/health',
  env: { PAGE_CACHE_MB: '0', LOG_LEVEL: 'silent' },
});
const pid = site.child.pid!;
async function pass(): Promise<{ cpuMs: number; wallMs: number; statuses: Set<string> }> {
  const cpu = cpuSeconds(pid);
  const wall = performance.now();
  const statuses = new Set<string>();
  for (const url of longTail) {
    const response = await fetch(site.baseUrl + url);
    await response.arrayBuffer();
    statuses.add(`${response.status} ${response.headers.get('x-nextjs-cache') ?? '-'}`);
  }
  return {
    cpuMs: ((cpuSeconds(pid) - cpu) * 1000) / longTail.length,
    wallMs: (performance.now() - wall) / longTail.length,
    statuses,
  };
}
try {
  await fetch(`${site.baseUrl}/`); // warm the server's code paths
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  const rendered = await pass();
  const cachedBytes = bytesUnder(ROUTE_CACHE) / longTail.length;
  const served = await pass();
  console.log(
    `${longTail.length} questions rendered on demand, then served from the ISR cache (load average ${load}):`,
  );
  console.log(
    `  render + cache write  ${rendered.cpuMs.toFixed(1)} ms CPU, ${rendered.wallMs.toFixed(1)} ms wall per page (${[...rendered.statuses].join(', ')})`,
  );
  console.log(
    `  cache hit             ${served.cpuMs.toFixed(1)} ms CPU, ${served.wallMs.toFixed(1)} ms wall per page (${[...served.statuses].join(', ')})`,
  );
  console.log(`  written to the cache  ${(cachedBytes / 1024).toFixed(1)} KB per page (HTML + RSC payload + metadata)`);
  console.log('An hourly revalidate, every page read at least once an hour, re-renders every page every hour:');
  for (const pages of [40, 10_000, 100_000]) {
    const cpuSecondsPerHour = (pages * rendered.cpuMs) / 1000;
    console.log(
      `  ${String(pages).padStart(7)} pages: ${cpuSecondsPerHour.toFixed(0).padStart(6)} CPU s/hour (${((cpuSecondsPerHour / 3600) * 100).toFixed(1)}% of a core), ` +
        `${((pages * cachedBytes) / 1024 / 1024).toFixed(0)} MB/hour written to the cache (Redis when shared), per instance that regenerates`,
    );
  }
} finally {
  await site.stop();
  rmSync(ROUTE_CACHE, { recursive: true, force: true });
}
