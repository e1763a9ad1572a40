// The server's pipeline in front of Next (runtime/pipeline.mjs), driven over HTTP with a stand-in for
// Next's listener that answers the shapes Next 16 and React 19 write: pages leave without the client
// runtime, with an ETag of the bytes sent, compressed, and a policy that lets exactly the layout's
// inline scripts run; error pages keep the runtime their error boundary needs.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { requestBytes } from '../helpers/raw-http';
import { shipsClientRuntime, stripClientRuntime } from '@/runtime/client-runtime.mjs';
import { allowScripts, runnableInlineScripts, scriptHashSource } from '@/runtime/csp.mjs';
import { requestPipeline } from '@/runtime/pipeline.mjs';

const THEME = '(function(){document.documentElement.dataset.theme="light"})()';
const ENHANCE = '(function(f){f.dataset.enhanced="1"})(document.forms[0])';
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/415ul8mxbce1a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/2n315od6fys-n.js"/>',
  '<script src="/_next/static/chunks/44pt7poav6hvh.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>',
  '<link rel="canonical" href="https://example.org/questions/a"/>',
  `<script>${THEME}</script>`,
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '</head><body><h1>Why?</h1>',
  `<form action="/search"><input name="q"/></form><script>${ENHANCE}</script>`,
  '<script type="application/ld+json">{"@type":"FAQPage","text":"self.__next_f"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[22016,[],\\"\\"]\\n<\\/script>"])</script>',
  '<p>',
  'Enough text to be worth compressing. '.repeat(40),
  '</p></body></html>',
].join('');
const POLICY = "default-src 'self'; script-src 'self'; object-src 'none'";
const LAYOUT_SCRIPTS = [scriptHashSource(THEME), scriptHashSource(ENHANCE)];

type Answer = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves `answer` (standing in for Next) behind the pipeline; returns its address. */
async function serve(answer: Answer): Promise<string> {
  const listener = requestPipeline(
    (req, res) => {
      res.setHeader('content-security-policy', POLICY);
      answer(req, res);
    },
    { layoutScripts: LAYOUT_SCRIPTS },
  );
  server = createServer(listener);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

const get = requestBytes;

/** Next's way for a cached page: headers, then the whole HTML in one end(). */
const page =
  (status = 200, html = PAGE): Answer =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
    res.end(html);
  };

/** Next's way for a rendered page: chunks as React streams them. */
const streamed: Answer = (_req, res) => {
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  const parts = PAGE.match(/[\s\S]{1,300}/g)!;
  const next = () => {
    const part = parts.shift();
    if (part === undefined) res.end();
    else res.write(part, () => setImmediate(next));
  };
  next();
};

describe('pages from the pipeline', () => {
  it('keep the page, its styles and its own scripts, without any of the runtime', () => {
    const html = stripClientRuntime(PAGE);
    expect(shipsClientRuntime(PAGE)).toBe(true);
    expect(shipsClientRuntime(html)).toBe(false);
    expect(html).not.toMatch(/\/_next\/static\/[^"]*\.js/);
    expect(html).not.toContain('TURBOPACK');
    for (const kept of [
      '415ul8mxbce1a.css',
      'rel="canonical"',
      THEME,
      ENHANCE,
      '"text":"self.__next_f"',
      '<h1>Why?</h1>',
    ])
      expect(html).toContain(kept);
    expect(runnableInlineScripts(html)).toEqual([THEME, ENHANCE]);
  });

  it.each([
    ['in one piece', page()],
    ['streamed', streamed],
  ])('arrive without the runtime, with the length and ETag of what is sent (%s)', async (_, answer) => {
    const url = await serve(answer);
    const got = await get(url);
    expect(got.body.toString()).toBe(stripClientRuntime(PAGE));
    expect(Number(got.headers['content-length'])).toBe(got.body.length);
    expect(got.headers.etag).toMatch(/^"[\w-]{27}"$/);
    const again = await get(url, { 'if-none-match': got.headers.etag as string });
    expect([again.status, again.body.length]).toEqual([304, 0]);
  });

  it('arrive gzip-compressed when the reader accepts it, the same page once unpacked', async () => {
    const url = await serve(page());
    const got = await get(url, { 'accept-encoding': 'gzip' });
    expect(got.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(got.body).toString()).toBe(stripClientRuntime(PAGE));
    expect(got.body.length).toBeLessThan(Buffer.byteLength(stripClientRuntime(PAGE)) / 3);
  });

  it('let the layout scripts run and nothing else', async () => {
    const got = await get(await serve(page()));
    const policy = String(got.headers['content-security-policy']);
    expect(policy).toBe(allowScripts(POLICY, LAYOUT_SCRIPTS));
    const scriptSrc = policy
      .split('; ')
      .find((part) => part.startsWith('script-src '))!
      .split(' ');
    for (const script of runnableInlineScripts(got.body.toString()))
      expect(scriptSrc).toContain(scriptHashSource(script));
    expect(scriptSrc).not.toContain("'unsafe-inline'");
  });

  it('answer HEAD with the page headers and no body, and a 404 page without the runtime', async () => {
    const url = await serve(page(404));
    const head = await get(url, {}, 'HEAD');
    expect([head.status, head.body.length, head.headers['content-type']]).toEqual([404, 0, 'text/html; charset=utf-8']);
    const got = await get(url);
    expect(got.status).toBe(404);
    expect(shipsClientRuntime(got.body.toString())).toBe(false);
  });
});

describe('other answers from the pipeline', () => {
  it('keep the runtime on a server error, whose error boundary renders in the browser, and let only its scripts run', async () => {
    const got = await get(await serve(page(500)));
    expect(got.status).toBe(500);
    expect(got.body.toString()).toBe(PAGE);
    const scriptSrc = String(got.headers['content-security-policy'])
      .split('; ')
      .find((part) => part.startsWith('script-src '))!;
    for (const script of runnableInlineScripts(PAGE).filter(
      (text) => text.includes('__next_f') || text.includes('TURBOPACK'),
    ))
      expect(scriptSrc).toContain(scriptHashSource(script));
    expect(scriptSrc).not.toContain("'unsafe-inline'");
  });

  it('pass everything that is not HTML through unchanged', async () => {
    const json = JSON.stringify({ html: PAGE });
    const got = await get(
      await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', etag: '"next"' });
        res.end(json);
      }),
    );
    expect([got.body.toString(), got.headers.etag]).toEqual([json, '"next"']);
  });
});

describe('the browser editor', () => {
  it('keeps the runtime its interface runs on, with only the runtime’s own inline scripts allowed', async () => {
    const url = await serve(page());
    for (const path of ['/keystatic', '/keystatic/collection/questions']) {
      const got = await requestBytes(url + path);
      expect(got.body.toString(), path).toBe(PAGE);
      const scriptSrc = String(got.headers['content-security-policy'])
        .split('; ')
        .find((part) => part.startsWith('script-src '))!;
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      for (const script of runnableInlineScripts(PAGE).filter((text) => text.includes('__next_f')))
        expect(scriptSrc).toContain(scriptHashSource(script));
    }
    expect(shipsClientRuntime((await requestBytes(`${url}/keystatics-are-not-the-editor`)).body.toString())).toBe(
      false,
    );
  });
});
