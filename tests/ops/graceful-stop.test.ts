// SIGTERM under load (docker stop, a rolling deploy): the server stops taking connections, finishes
// every request already in flight, closes Redis and exits 0. Readers whose pages were being rendered
// when the signal came get them whole; none gets an error page.
import { Agent, get as httpGet } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onDemandQuestions } from '../../scripts/lib/built-site';
import { startRedis, stop, type Started } from '../helpers/ops-processes';
import { copyStandalone, startStandalone, type SiteCopy } from '../helpers/standalone-copy';

interface Outcome {
  path: string;
  startedAt: number;
  endedAt: number;
  status?: number;
  complete?: boolean;
  error?: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

function request(base: string, path: string): Promise<Outcome> {
  const startedAt = performance.now();
  return new Promise((resolve) => {
    httpGet(new URL(path, base), { agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({
          path,
          startedAt,
          endedAt: performance.now(),
          status: res.statusCode,
          complete: body.trimEnd().endsWith('</html>'),
        }),
      );
      res.on('error', (error) => resolve({ path, startedAt, endedAt: performance.now(), error: error.message }));
    }).on('error', (error: NodeJS.ErrnoException) =>
      resolve({ path, startedAt, endedAt: performance.now(), error: error.code ?? error.message }),
    );
  });
}

let redis: Started | undefined;
let copy: SiteCopy | undefined;
let site: Started | undefined;
let onDemand: string[] = [];

beforeAll(async () => {
  redis = await startRedis();
  copy = await copyStandalone();
  onDemand = onDemandQuestions(copy.dir).map((question) => question.url);
  if (onDemand.length < 8) throw new Error('The build (PRERENDER_LIMIT) must leave at least 8 questions to ISR');
  site = await startStandalone(copy.dir, { REDIS_URL: redis.url, SHUTDOWN_TIMEOUT_SECONDS: '20' });
});

afterAll(async () => {
  agent.destroy();
  await stop(site);
  await stop(redis);
  await copy?.remove();
});

describe('SIGTERM under load', () => {
  it('finishes every request in flight, refuses new connections, closes Redis and exits 0', async () => {
    const outcomes: Promise<Outcome>[] = [];
    let signalledAt = Infinity;
    // Eight readers on keep-alive connections, asking for cached pages one after another...
    const readers = Array.from({ length: 8 }, async () => {
      while (performance.now() < signalledAt + 300) {
        const outcome = request(site!.url, '/');
        outcomes.push(outcome);
        const { error } = await outcome;
        if (error) break;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    // ...and pages nobody asked for yet, rendered on demand, when the signal comes.
    outcomes.push(...onDemand.slice(0, 8).map((url) => request(site!.url, url)));
    await new Promise((resolve) => setTimeout(resolve, 15));
    const exited = new Promise<number | null>((resolve) => site!.child.once('exit', (code) => resolve(code)));
    signalledAt = performance.now();
    site!.child.kill('SIGTERM');
    await Promise.all(readers);
    const results = await Promise.all(outcomes);

    const before = results.filter((outcome) => outcome.startedAt < signalledAt);
    // The test means something only if requests were still running when the signal came.
    expect(before.filter((outcome) => outcome.endedAt > signalledAt).length).toBeGreaterThan(0);
    // Every request sent before the signal was answered in full.
    expect(before.filter((outcome) => outcome.status !== 200 || !outcome.complete)).toEqual([]);
    // After it, a reader is answered in full or not let in; never a broken or error answer.
    for (const outcome of results.filter((result) => result.startedAt >= signalledAt)) {
      if (outcome.error) expect(outcome.error).toMatch(/ECONNREFUSED|ECONNRESET|socket hang up/);
      else expect(outcome, outcome.path).toMatchObject({ status: 200, complete: true });
    }
    expect(await exited).toBe(0);
    const log = site!.output();
    expect(log).toContain('"event":"shutdown"');
    expect(log).toContain('"msg":"stopped"');
    expect(log).not.toContain('did not close in time');
    expect(log).not.toContain('uncaughtException');
    await expect(request(site!.url, '/')).resolves.toMatchObject({ error: 'ECONNREFUSED' });
  });
});
