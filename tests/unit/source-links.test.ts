// The dead-link check on a local server: a page that is gone is dead, with its file and line; one that
// moved (a redirect), refuses HEAD, or only turns robots away is not.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceFile } from '@/lib/content-check/parse';
import { collectSourceLinks, findDeadLinks, formatDeadLink, formatDeadLinksMarkdown } from '@/lib/trust/source-links';

let server: Server;
let base = '';
/** A port nothing listens on. */
let closedPort = 0;
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    asked.push(`${request.method} ${request.url}`);
    const routes: Record<string, () => void> = {
      '/ok': () => response.writeHead(200).end('ok'),
      '/gone': () => response.writeHead(404).end(),
      '/moved': () => response.writeHead(301, { location: '/ok' }).end(),
      '/no-head': () => response.writeHead(request.method === 'HEAD' ? 405 : 200).end(),
      '/robots-unwelcome': () => response.writeHead(403).end(),
      '/slow': () => setTimeout(() => response.writeHead(200).end(), 2_000),
    };
    (routes[request.url ?? ''] ?? (() => response.writeHead(500).end()))();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const spare = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => spare.once('listening', resolve));
  closedPort = (spare.address() as AddressInfo).port;
  await new Promise((resolve) => spare.close(resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function question(slug: string, urls: string[]): SourceFile {
  const sources = urls.map((url, index) => `  - id: s${index}\n    url: ${url}\n    year: 2024`).join('\n');
  return {
    path: `content/questions/${slug}.mdx`,
    contentPath: `questions/${slug}.mdx`,
    text: `---\ntitle: ${slug}?\nsources:\n${sources}\n---\n\nBody.\n`,
  };
}

describe('source links', () => {
  it('collects every source address with the line and column it is written on', () => {
    const links = collectSourceLinks([question('a', ['https://example.org/1', 'https://example.org/2'])]);
    expect(links).toEqual([
      { file: 'content/questions/a.mdx', line: 5, column: 5, field: 'sources[0].url', url: 'https://example.org/1' },
      { file: 'content/questions/a.mdx', line: 8, column: 5, field: 'sources[1].url', url: 'https://example.org/2' },
    ]);
  });

  it('reports the dead ones only, each citation with its file and line, asking each address once', async () => {
    const files = [
      question('a', [`${base}/ok`, `${base}/gone`, `${base}/moved`]),
      question('b', [`${base}/no-head`, `${base}/robots-unwelcome`, `${base}/gone`, `${base}/slow`]),
      question('c', [`http://127.0.0.1:${closedPort}/refused`]),
    ];
    asked.length = 0;
    const dead = await findDeadLinks(collectSourceLinks(files), { timeoutMs: 500 });
    expect(dead.map(formatDeadLink)).toEqual([
      `content/questions/a.mdx:8:5  sources[1].url: ${base}/gone is dead (HTTP 404); find where the publisher moved it, or cite another source`,
      `content/questions/b.mdx:11:5  sources[2].url: ${base}/gone is dead (HTTP 404); find where the publisher moved it, or cite another source`,
      `content/questions/b.mdx:14:5  sources[3].url: ${base}/slow is dead (no answer in 1 s); find where the publisher moved it, or cite another source`,
      `content/questions/c.mdx:5:5  sources[0].url: http://127.0.0.1:${closedPort}/refused is dead (ECONNREFUSED); find where the publisher moved it, or cite another source`,
    ]);
    expect(asked.filter((request) => request.endsWith('/gone'))).toEqual(['HEAD /gone', 'GET /gone']);
  });

  it('writes Markdown for the issue, and says plainly when nothing is dead', () => {
    const link = { file: 'content/questions/a.mdx', line: 8, column: 5, field: 'sources[1].url', url: 'https://x/|y' };
    expect(formatDeadLinksMarkdown([{ ...link, reason: 'HTTP 404' }], 12)).toContain(
      '| `content/questions/a.mdx:8` | sources[1].url | https://x/\\|y | HTTP 404 |',
    );
    expect(formatDeadLinksMarkdown([], 12).split('\n')[2]).toBe(
      'No dead source links: all 12 source address(es) answer.',
    );
  });
});
