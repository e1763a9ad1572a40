// The request log (runtime/request-log.mjs): one line per request with what an operator needs to
// follow it, an id a proxy can give and a reader's report can quote, and never more than one error
// line for one failure.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { requestId, withRequestLog } from '@/runtime/request-log.mjs';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

type Line = Record<string, unknown>;

async function logged(
  answer: Parameters<typeof withRequestLog>[0],
  path: string,
  headers: Record<string, string> = {},
): Promise<{ lines: { level: string; line: Line }[]; responseId: string | undefined }> {
  const lines: { level: string; line: Line }[] = [];
  const log = {
    info: (line: Line) => lines.push({ level: 'info', line }),
    warn: (line: Line) => lines.push({ level: 'warn', line }),
    error: (line: Line) => lines.push({ level: 'error', line }),
  };
  server = createServer(withRequestLog(answer, log as never));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  const responseId = await new Promise<string | undefined>((resolve, reject) =>
    request(url, { headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.headers['x-request-id'] as string | undefined));
    })
      .on('error', reject)
      .end(),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { lines, responseId };
}

describe('the request log', () => {
  it('writes one line per request: id, method, path, status, bytes sent, time and where the answer came from', async () => {
    const { lines, responseId } = await logged((_req, res) => {
      res.setHeader('x-nextjs-cache', 'MISS');
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>');
      res.end('hello</p>');
    }, '/questions/a?x=1');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe('info');
    expect(lines[0]!.line).toMatchObject({
      event: 'request',
      requestId: responseId,
      method: 'GET',
      path: '/questions/a?x=1',
      status: 200,
      bytes: 12,
      from: 'miss',
    });
    expect(lines[0]!.line.ms).toEqual(expect.any(Number));
  });

  it('logs server errors at error level, and keeps a plain id a proxy sent', async () => {
    const { lines, responseId } = await logged((_req, res) => res.writeHead(500).end(), '/boom', {
      'x-request-id': 'lb-7f3a9c',
    });
    expect(responseId).toBe('lb-7f3a9c');
    expect(lines.map(({ level, line }) => [level, line.status, line.requestId, line.from])).toEqual([
      ['error', 500, 'lb-7f3a9c', 'render'],
    ]);
  });

  it('replaces an id that is long or carries anything but letters, digits and . : - _', () => {
    for (const sent of ['x'.repeat(65), 'a b', 'id\nforged log line', '"quoted"', undefined, ['a', 'b']])
      expect(requestId(sent as never)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestId('abc-123_x.y:z')).toBe('abc-123_x.y:z');
  });

  it('cuts a very long path so a line stays small', async () => {
    const { lines } = await logged((_req, res) => res.writeHead(404).end(), `/${'a'.repeat(5000)}`);
    expect(String(lines[0]!.line.path).length).toBeLessThanOrEqual(512);
  });
});
