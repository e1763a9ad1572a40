// Two instances behind one password-protected Redis (redis-server --requirepass, as deployed) share the
// ISR cache, and survive Redis going away. Each instance runs from its own copy of the standalone
// build, so it has its own disk cache, as on separate machines: a page one instance rendered can only
// reach the other through Redis. A wrong password is an outage, said by /api/health, never a failure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'redis';
import { onDemandQuestions } from '../../scripts/lib/built-site';
import { startRedis, stop, type Started } from '../helpers/ops-processes';
import { copyStandalone, startStandalone, type SiteCopy } from '../helpers/standalone-copy';

const QUESTION = '/questions/why-do-my-muscles-twitch-after-a-workout';
/** With characters a URL must escape, as generated passwords have. */
const PASSWORD = 'test pass/word:1@2';

/** The render stamp (components/render-stamp.tsx) from the HTML or the RSC payload in it. */
function renderStamp(html: string): string | undefined {
  return html.match(/generated-at.{0,40}?(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)/)?.[1];
}

async function get(base: Started, path: string) {
  const response = await fetch(new URL(path, base.url));
  const html = await response.text();
  return {
    status: response.status,
    cache: response.headers.get('x-nextjs-cache'),
    stamp: renderStamp(html),
    title: /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1],
  };
}

async function redisKeys(url: string, pattern: string): Promise<string[]> {
  const client = createClient({ url, socket: { reconnectStrategy: false } });
  client.on('error', () => {});
  await client.connect();
  try {
    return await client.keys(pattern);
  } finally {
    await client.close();
  }
}

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await probe();
  }
  return value;
}

let redis: Started | undefined;
let copies: SiteCopy[] = [];
let first: Started | undefined;
let second: Started | undefined;
let unrendered: string[] = [];

/** The next real question neither instance has rendered yet. */
function freshQuestion(): string {
  const next = unrendered.shift();
  if (!next) throw new Error('The build (PRERENDER_LIMIT) left too few questions to ISR for this test');
  return next;
}

beforeAll(async () => {
  redis = await startRedis(undefined, { password: PASSWORD });
  copies = await Promise.all([copyStandalone(), copyStandalone()]);
  // Real questions the build did not prerender: each is rendered on its first request, then cached.
  unrendered = onDemandQuestions(copies[0]!.dir).map((question) => question.url);
  [first, second] = await Promise.all(copies.map((copy) => startStandalone(copy.dir, { REDIS_URL: redis!.url })));
});

afterAll(async () => {
  await Promise.all([stop(first), stop(second)]);
  await stop(redis);
  await Promise.all(copies.map((copy) => copy.remove()));
});

describe('two instances sharing Redis', () => {
  it('serve a question rendered by one instance from the shared cache on the other', async () => {
    const path = freshQuestion();
    const fromFirst = await get(first!, path);
    expect(fromFirst.status).toBe(200);
    expect(fromFirst.cache).toBe('MISS');
    expect(fromFirst.stamp).toBeDefined();
    expect(fromFirst.title).toMatch(/\?$/);
    const keys = await eventually(
      () => redisKeys(redis!.url, `*${path}`),
      (found) => found.length > 0,
    );
    expect(keys).toHaveLength(1);

    // The second instance never rendered this question, yet its very first answer is a cache hit
    // carrying the first instance's render.
    const fromSecond = await get(second!, path);
    expect(fromSecond.status).toBe(200);
    expect(fromSecond.cache).toBe('HIT');
    expect(fromSecond.stamp).toBe(fromFirst.stamp);
    expect(fromSecond.title).toBe(fromFirst.title);
  });

  it('keep serving pages while Redis is down, and share again once it is back', async () => {
    const port = redis!.port;
    await stop(redis);

    for (const instance of [first!, second!]) {
      for (const path of ['/', QUESTION, '/categories']) {
        expect((await get(instance, path)).status, `${instance.url}${path}`).toBe(200);
      }
      // A question nobody has rendered yet is rendered locally instead of failing.
      const outage = await get(instance, freshQuestion());
      expect(outage.status).toBe(200);
      expect(outage.stamp).toBeDefined();
    }

    redis = await startRedis(port, { password: PASSWORD });
    // The clients reconnect on their own (backing off to one attempt every 2 s); writes then resume.
    for (const instance of [first!, second!]) {
      await eventually(
        async () => instance.output().split('Redis connected').length - 1,
        (connections) => connections >= 2,
      );
    }
    const path = freshQuestion();
    const fromFirst = await get(first!, path);
    expect(fromFirst.status).toBe(200);
    const keys = await eventually(
      () => redisKeys(redis!.url, `*${path}`),
      (found) => found.length > 0,
    );
    expect(keys).toHaveLength(1);
    const fromSecond = await get(second!, path);
    expect(fromSecond.cache).toBe('HIT');
    expect(fromSecond.stamp).toBe(fromFirst.stamp);
  });

  it('report Redis up on /api/health, and down with a wrong password while pages still answer', async () => {
    const health = await (await fetch(new URL('/api/health', first!.url))).json();
    expect(health.redis).toMatchObject({ cache: 'up' });
    const copy = await copyStandalone();
    const wrong = await startStandalone(copy.dir, {
      REDIS_URL: redis!.url.replace(encodeURIComponent(PASSWORD), 'wrong'),
    });
    try {
      const report = await (await fetch(new URL('/api/health', wrong.url))).json();
      expect(report.redis).toMatchObject({ cache: 'down' });
      expect((await get(wrong, freshQuestion())).status).toBe(200);
    } finally {
      await stop(wrong);
      await copy.remove();
    }
    for (const instance of [first!, second!, wrong]) expect(instance.output()).not.toMatch(/pass\/word|pass%2Fword/);
  });
});
