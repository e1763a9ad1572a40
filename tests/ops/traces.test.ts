// Traces: with OTEL_EXPORTER_OTLP_ENDPOINT set, the server exports Next's spans over OTLP/HTTP to the
// collector, here a local receiver this test starts; what is still batched is flushed when the server
// stops. Each request is one trace, named by its route, under the configured service name.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stop, type Started } from '../helpers/ops-processes';
import { copyStandalone, startStandalone, type SiteCopy } from '../helpers/standalone-copy';

interface ExportedSpan {
  name: string;
  traceId: string;
  attributes?: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}
interface TraceExport {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { spans: ExportedSpan[] }[];
  }[];
}

const QUESTION = '/questions/why-do-my-muscles-twitch-after-a-workout';
const received: { path: string; contentType: string; body: TraceExport }[] = [];
let collector: Server | undefined;
let copy: SiteCopy | undefined;
let site: Started | undefined;

beforeAll(async () => {
  collector = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '', body: JSON.parse(text) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector!.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  copy = await copyStandalone();
  site = await startStandalone(copy.dir, {
    OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    OTEL_SERVICE_NAME: 'health-answers-test',
  });
});

afterAll(async () => {
  await stop(site);
  await copy?.remove();
  await new Promise((resolve) => collector?.close(resolve));
});

describe('traces', () => {
  it('reach the collector over OTLP/HTTP, one trace per request named by its route, flushed at shutdown', async () => {
    for (const path of [QUESTION, '/categories', '/api/health']) {
      expect((await fetch(new URL(path, site!.url), { headers: { 'accept-encoding': 'identity' } })).status).toBe(200);
    }
    const exited = new Promise((resolve) => site!.child.once('exit', resolve));
    site!.child.kill('SIGTERM');
    await exited;

    expect(received.length).toBeGreaterThan(0);
    for (const batch of received) {
      expect(batch.path).toBe('/v1/traces');
      expect(batch.contentType).toMatch(/application\/json/);
    }
    const resources = received.flatMap((batch) => batch.body.resourceSpans);
    const services = resources.map(
      (resource) =>
        resource.resource.attributes.find((attribute) => attribute.key === 'service.name')?.value.stringValue,
    );
    expect(new Set(services)).toEqual(new Set(['health-answers-test']));
    const spans = resources.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans));
    const names = spans.map((span) => span.name);
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^GET \/questions\/\[slug\]/)]));
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^GET \/categories/)]));
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^GET \/api\/health/)]));
    const questionTrace = spans.find((span) => span.name.startsWith('GET /questions/[slug]'))!.traceId;
    expect(spans.filter((span) => span.traceId === questionTrace).length).toBeGreaterThan(1);
  });
});
