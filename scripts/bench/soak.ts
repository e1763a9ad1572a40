// The mixed soak of `npm run bench:serve`: many connections for a while over every kind of address a
// public site gets (question pages, lists, searches with random queries, made-up addresses, feeds),
// with the status each kind must answer, the server's memory over time and its cache on disk.
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import type { ContentIndex } from '../../lib/content/types';
import { pageCount } from '../../lib/pages/pagination';
import { allTags } from '../../lib/content/taxonomy';
import { visibleQuestions } from '../../lib/content/questions';
import { categoryPath, questionPath, tagPath } from '../../lib/content/paths';
import { cpuSeconds, rssBytes } from './process-tree';

type Kind = 'question' | 'list' | 'search' | 'unknown' | 'feed';

interface Target {
  kind: Kind;
  path: string;
  /** The status a healthy site answers. */
  expected: number;
}

/** How often each kind of address is requested, out of 20. */
const MIX: [Kind, number][] = [
  ['question', 8],
  ['list', 4],
  ['search', 3],
  ['unknown', 3],
  ['feed', 2],
];

const WORDS = ['sleep', 'muscle', 'vitamin', 'heart', 'stretch', 'caffeine', 'sunscreen', 'stress', 'run', 'water'];

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

function randomWord(): string {
  return Math.random()
    .toString(36)
    .slice(2, 2 + 3 + Math.floor(Math.random() * 6));
}

/** A generator of random addresses, in the proportions of MIX, from the site's own index. */
export function soakTargets(index: ContentIndex): () => Target {
  const questions = visibleQuestions(index.questions, { includeDrafts: false });
  const lists = ['/', '/categories', '/tags'];
  for (const category of index.categories) {
    const count = questions.filter((question) => question.category === category.slug).length;
    lists.push(category.url, ...(pageCount(count) > 1 ? [`${category.url}/page/2`] : []));
  }
  for (const tag of allTags(questions)) lists.push(tagPath(tag.slug));
  const unknown = [
    () => questionPath(`${randomWord()}-${randomWord()}`),
    () => `${questionPath(randomWord())}/opengraph-image`,
    () => tagPath(randomWord()),
    () => `${categoryPath(randomWord())}/page/2`,
    () => `/${randomWord()}/${randomWord()}`,
  ];
  const byKind: Record<Kind, () => Target> = {
    question: () => ({ kind: 'question', path: pick(questions).url, expected: 200 }),
    list: () => ({ kind: 'list', path: pick(lists), expected: 200 }),
    search: () => {
      const query = Math.random() < 0.5 ? pick(WORDS) : `${pick(WORDS)} ${randomWord()}`;
      return { kind: 'search', path: `/search?q=${encodeURIComponent(query)}`, expected: 200 };
    },
    unknown: () => ({ kind: 'unknown', path: pick(unknown)(), expected: 404 }),
    feed: () => ({ kind: 'feed', path: pick(['/feed.xml', '/atom.xml', '/sitemap.xml']), expected: 200 }),
  };
  const wheel = MIX.flatMap(([kind, weight]) => Array<Kind>(weight).fill(kind));
  return () => byKind[pick(wheel)]();
}

interface Histogram {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  average: number;
}

interface SoakResult {
  requests: { total: number; average: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}

interface SoakRequest {
  setupRequest: (request: { path: string }, context: { target?: Target }) => { path: string };
  onResponse: (status: number, body: string, context: { target?: Target }) => void;
}

type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: SoakRequest[];
}) => Promise<SoakResult>;

export interface SoakOptions {
  url: string;
  index: ContentIndex;
  connections: number;
  seconds: number;
  /** Process id of the server, for its memory. */
  serverPid: number;
  /** Measures the server's cache (bytes on disk). */
  cacheBytes: () => Promise<number>;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Runs the soak and prints its figures; returns the number of failures (errors, timeouts, wrong statuses). */
export async function runSoak({
  url,
  index,
  connections,
  seconds,
  serverPid,
  cacheBytes,
}: SoakOptions): Promise<number> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const next = soakTargets(index);
  const byKind = new Map<Kind, { count: number; unexpected: Map<number, number> }>();
  const cacheBefore = await cacheBytes();
  const rssBefore = rssBytes(serverPid);
  const samples: string[] = [];
  const sampler = setInterval(() => samples.push(mb(rssBytes(serverPid))), 10_000);
  const started = process.cpuUsage();
  const serverCpuBefore = cpuSeconds(serverPid);
  const wallStart = performance.now();
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request, context) => {
          context.target = next();
          return { ...request, path: context.target.path };
        },
        onResponse: (status, _body, context) => {
          const target = context.target!;
          const stats = byKind.get(target.kind) ?? { count: 0, unexpected: new Map() };
          stats.count += 1;
          if (status !== target.expected) stats.unexpected.set(status, (stats.unexpected.get(status) ?? 0) + 1);
          byKind.set(target.kind, stats);
        },
      },
    ],
  });
  clearInterval(sampler);
  const wall = (performance.now() - wallStart) / 1000;
  const rssAfter = rssBytes(serverPid);
  const cacheAfter = await cacheBytes();
  const serverErrors = Object.entries(result.statusCodeStats)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, { count }]) => sum + Number(count), 0);
  let unexpected = 0;

  console.log(`\nMixed soak: ${connections} connections for ${seconds} s (wall ${wall.toFixed(1)} s)`);
  for (const [kind, stats] of [...byKind].sort()) {
    const wrong = [...stats.unexpected].map(([status, count]) => `${count}× ${status}`).join(', ');
    unexpected += [...stats.unexpected.values()].reduce((sum, count) => sum + count, 0);
    console.log(
      `  ${kind.padEnd(9)} ${String(stats.count).padStart(7)} requests  ${wrong ? `unexpected: ${wrong}` : 'all as expected'}`,
    );
  }
  const statuses = Object.entries(result.statusCodeStats)
    .map(([status, { count }]) => `${status}: ${count}`)
    .join(', ');
  console.log(`  requests  ${result.requests.total} (${result.requests.average.toFixed(0)}/s); statuses ${statuses}`);
  console.log(
    `  errors ${result.errors}, timeouts ${result.timeouts}, 5xx ${serverErrors}, unexpected statuses ${unexpected}`,
  );
  const { p50, p90, p99, max, average } = result.latency;
  console.log(`  latency ms: p50 ${p50}, p90 ${p90}, p99 ${p99}, max ${max}, mean ${average.toFixed(1)}`);
  console.log(`  server RSS: start ${mb(rssBefore)}, every 10 s ${samples.join(' → ')}, end ${mb(rssAfter)}`);
  console.log(`  disk cache: start ${mb(cacheBefore)}, end ${mb(cacheAfter)}`);
  const cpu = process.cpuUsage(started);
  console.log(
    `  CPU: server ${(cpuSeconds(serverPid) - serverCpuBefore).toFixed(1)} s, load generator ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s;` +
      ` load average ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')}`,
  );
  return result.errors + result.timeouts + serverErrors + unexpected;
}
