// patches/next+16.4.6.patch: production HTML pages are sent without Next's client runtime (its
// scripts, their preloads, the inline React Flight data and Turbopack's bootstrap), keeping every
// script the page renders itself. These tests fail when the patch is missing.
import { createRequire } from 'node:module';
// Added by the patch: without it this import fails and so does every test here.
import { stripClientRuntime } from 'next/dist/server/client-runtime.js';
import { afterEach, describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);

interface FakeResponse {
  statusCode: number;
  headers: Record<string, string | number>;
  body?: string | null;
  finished: boolean;
  headersSent: boolean;
  setHeader(name: string, value: string | number): void;
  getHeader(name: string): string | number | undefined;
  end(body?: string | null): void;
}

interface SendPayload {
  sendRenderResult(options: {
    req: { method: string; headers: Record<string, string> };
    res: FakeResponse;
    result: unknown;
    generateEtags: boolean;
    poweredByHeader: boolean;
  }): Promise<void>;
}
const sendPayload = require('next/dist/server/send-payload.js') as SendPayload;

const RenderResult = (
  require('next/dist/server/render-result.js') as { default: { fromStatic(v: string, t: string): unknown } }
).default;

const HTML_TYPE = 'text/html; charset=utf-8';

// The shapes Next 16 and React 19 write, as in a built question page.
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/415ul8mxbce1a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/2n315od6fys-n.js"/>',
  '<script src="/_next/static/chunks/44pt7poav6hvh.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>',
  '<link rel="canonical" href="https://example.org/questions/a"/>',
  '<script>(function(){document.documentElement.dataset.theme="light"})()</script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '</head><body><h1>Why?</h1>',
  '<form action="/search"><input name="q"/></form><script>(function(f){f.dataset.enhanced="1"})(document.forms[0])</script>',
  '<script type="application/ld+json">{"@type":"FAQPage","text":"self.__next_f"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[22016,[],\\"\\"]\\n<\\/script>"])</script>',
  '<script>$RC=function(b,c){};$RC("B:0","S:0")</script>',
  '</body></html>',
].join('');

function fakeResponse(statusCode: number): FakeResponse {
  return {
    statusCode,
    headers: {},
    finished: false,
    headersSent: false,
    setHeader(name, value) {
      this.headers[name.toLowerCase()] = value;
    },
    getHeader(name) {
      return this.headers[name.toLowerCase()];
    },
    end(body) {
      this.body = body;
      this.finished = true;
    },
  };
}

async function send(statusCode: number, html = PAGE): Promise<FakeResponse> {
  const res = fakeResponse(statusCode);
  await sendPayload.sendRenderResult({
    req: { method: 'GET', headers: {} },
    res,
    result: RenderResult.fromStatic(html, HTML_TYPE),
    generateEtags: true,
    poweredByHeader: false,
  });
  return res;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('pages without the client runtime (Next patch)', () => {
  it('removes the runtime and keeps the page, its styles and its own scripts', () => {
    const html = stripClientRuntime(PAGE);
    expect(html).not.toMatch(/\/_next\/static\/[^"]*\.js/);
    expect(html).not.toContain('.push([');
    expect(html).not.toContain('TURBOPACK');
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/415ul8mxbce1a.css" data-precedence="next"/>',
      '<link rel="canonical" href="https://example.org/questions/a"/>',
      'document.documentElement.dataset.theme="light"',
      'f.dataset.enhanced="1"',
      '{"@type":"FAQPage","text":"self.__next_f"}',
      '$RC("B:0","S:0")',
      '<h1>Why?</h1>',
    ])
      expect(html).toContain(kept);
    expect(stripClientRuntime(html)).toBe(html);
  });

  it('sends production pages without it, with the length and ETag of what is sent', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const res = await send(200);
    expect(res.body).toBe(stripClientRuntime(PAGE));
    expect(res.headers['content-length']).toBe(Buffer.byteLength(res.body!));
    const again = await send(200);
    expect(again.headers.etag).toBe(res.headers.etag);
    expect((await send(200, `${PAGE}<p>changed</p>`)).headers.etag).not.toBe(res.headers.etag);
  });

  it('leaves error responses, development and an operator who opts out with the runtime', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect((await send(500)).body).toBe(PAGE);
    vi.stubEnv('NEXT_CLIENT_RUNTIME', '1');
    expect((await send(200)).body).toBe(PAGE);
    vi.stubEnv('NEXT_CLIENT_RUNTIME', undefined);
    vi.stubEnv('NODE_ENV', 'development');
    expect((await send(200)).body).toBe(PAGE);
  });
});
