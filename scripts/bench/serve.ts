// `npm run bench:serve`: load-tests the built site (the standalone server `npm start` runs, behind its
// page cache; PAGE_CACHE_MB=0 measures Next alone) with autocannon on the question, a category and the
// home page at several connection counts, plain and gzipped, with the server's CPU per request, and the
// same HTML served as static files by Node's own http server as a yardstick, then a mixed soak over every
// kind of address (scripts/bench/soak.ts). Run `npm run build` first. `-- --soak` runs the soak alone.
// Env: BENCH_SECONDS (default 8 per run), BENCH_CONNECTIONS (default "10,50"),
// BENCH_SOAK_SECONDS (default 60), BENCH_SOAK_CONNECTIONS (default 64), BENCH_SOAK_ROUNDS (default 2).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ContentIndex } from '../../lib/content/types';
import { CONTENT_INDEX_PATH } from '../../lib/content/paths';
import { freePort, startBuiltSite, stopProcess, waitForServer } from '../lib/built-site';
import { diskUse } from '../lib/disk-use';
import { cpuSeconds } from './process-tree';
import { runSoak } from './soak';

interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const SOAK_CONNECTIONS = Number(process.env.BENCH_SOAK_CONNECTIONS ?? 64);
// Two rounds back to back by default: the first fills the server's caches and grows its heap to its
// working size, the second shows whether memory and the cache stay flat once they are warm.
const SOAK_ROUNDS = Number(process.env.BENCH_SOAK_ROUNDS ?? 2);
const SOAK_ONLY = process.argv.includes('--soak');

// The yardstick: Node's http server streaming a file from disk, nothing else.
const STATIC_SERVER = `
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
const [dir, port] = process.argv.slice(1);
createServer((req, res) => {
  const name = req.url.slice(1);
  if (!/^[a-z-]+\\.html$/.test(name)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  createReadStream(join(dir, name)).on('error', () => res.destroy()).pipe(res);
}).listen(Number(port), '127.0.0.1');
`;

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

async function pageTable(siteUrl: string, serverPid: number, dir: string, children: ChildProcess[]): Promise<number> {
  // Pick real pages from the site itself: the newest question and its category.
  const home = await (await fetch(siteUrl)).text();
  const question = home.match(/href="(\/questions\/[^"]+)"/)?.[1];
  if (!question) throw new Error('No question linked from the home page');
  const questionHtml = await (await fetch(siteUrl + question)).text();
  const category = questionHtml.match(/href="(\/categories\/[^"/]+)"/)?.[1];
  if (!category) throw new Error(`No category linked from ${question}`);
  const targets = [
    { name: 'question', path: question, file: 'question.html' },
    { name: 'category', path: category, file: 'category.html' },
    { name: 'home', path: '/', file: 'home.html' },
  ];
  for (const target of targets)
    await writeFile(path.join(dir, target.file), await (await fetch(siteUrl + target.path)).text());

  const staticPort = await freePort();
  const yardstick = spawn(process.execPath, ['--input-type=module', '-e', STATIC_SERVER, dir, String(staticPort)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(yardstick);
  const staticUrl = `http://127.0.0.1:${staticPort}`;
  await waitForServer(`${staticUrl}/home.html`, yardstick, 30_000);

  console.log(`Load test: ${SECONDS} s per run, connections ${CONNECTIONS.join(' and ')}, bound to 127.0.0.1`);
  console.log(`Question ${question}, category ${category}\n`);
  // Each page is loaded twice on the site, as clients without and with gzip ask for it; the
  // yardstick sends the file as it is. "CPU ms/req" is the site server's own user + system time per
  // request answered (from /proc), which does not depend on how fast the load generator is.
  console.log(
    `${'page'.padEnd(9)}${pad('conns', 6)}${pad('encoding', 9)} | ${'site req/s'.padStart(11)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('errors', 8)}${pad('CPU ms/req', 11)}` +
      ` | ${'static req/s'.padStart(13)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('errors', 8)} | site/static`,
  );
  let failures = 0;
  const errors = (run: AutocannonResult) => run.errors + run.timeouts + run.non2xx;
  for (const target of targets) {
    for (const connections of CONNECTIONS) {
      const staticRun = await autocannon({ url: `${staticUrl}/${target.file}`, connections, duration: SECONDS });
      failures += errors(staticRun);
      for (const encoding of ['identity', 'gzip']) {
        const cpuBefore = cpuSeconds(serverPid);
        const siteRun = await autocannon({
          url: siteUrl + target.path,
          connections,
          duration: SECONDS,
          headers: { 'accept-encoding': encoding },
        });
        const cpuPerRequest = ((cpuSeconds(serverPid) - cpuBefore) * 1000) / Math.max(1, siteRun.requests.total);
        failures += errors(siteRun);
        console.log(
          `${target.name.padEnd(9)}${pad(connections, 6)}${pad(encoding, 9)} | ${pad(siteRun.requests.average.toFixed(0), 11)}${pad(siteRun.latency.p50, 8)}${pad(siteRun.latency.p99, 8)}${pad(errors(siteRun), 8)}${pad(cpuPerRequest.toFixed(2), 11)}` +
            ` | ${pad(staticRun.requests.average.toFixed(0), 13)}${pad(staticRun.latency.p50, 8)}${pad(staticRun.latency.p99, 8)}${pad(errors(staticRun), 8)}` +
            ` | ${pad((siteRun.requests.average / staticRun.requests.average).toFixed(2), 11)}`,
        );
      }
    }
  }
  console.log(failures === 0 ? '\nNo errors under load.' : `\n${failures} failed requests under load.`);
  return failures;
}

async function main() {
  const children: ChildProcess[] = [];
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-serve-'));
  try {
    const site = await startBuiltSite({
      output: 'errors',
      readyPath: '/api/health',
      readyTimeoutMs: 30_000,
    });
    children.push(site.child);
    const siteUrl = site.baseUrl;

    let failures = SOAK_ONLY ? 0 : await pageTable(siteUrl, site.child.pid!, dir, children);
    const index = JSON.parse(readFileSync(CONTENT_INDEX_PATH, 'utf8')) as ContentIndex;
    for (let round = 1; round <= SOAK_ROUNDS; round += 1) {
      console.log(`\nSoak round ${round} of ${SOAK_ROUNDS}`);
      failures += await runSoak({
        url: siteUrl,
        index,
        connections: SOAK_CONNECTIONS,
        seconds: SOAK_SECONDS,
        serverPid: site.child.pid!,
        cacheBytes: async () => (await diskUse('.next/standalone/.next')).bytes,
      });
    }
    if (failures > 0) process.exitCode = 1;
  } finally {
    await Promise.all(children.map((child) => stopProcess(child)));
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
