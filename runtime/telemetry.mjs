// @ts-check
// OpenTelemetry traces, on when OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is
// set: Next's own spans (one per request, its rendering and route steps) are exported over OTLP/HTTP
// (JSON) to that collector, in batches, flushed at shutdown. OTEL_SERVICE_NAME names the service
// (default health-answers); the exporter reads the other standard OTEL_EXPORTER_OTLP_* variables
// (headers, timeout) itself. Started by instrumentation.ts when Next's server starts.
import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { logger } from './log.mjs';
import { onShutdown } from './shutdown.mjs';

/** The collector's scheme, host and port, never a password in its address. @param {string} address */
function originOf(address) {
  try {
    return new URL(address).origin;
  } catch {
    return 'an address that is not a URL';
  }
}

/**
 * Starts exporting when a collector is configured; says whether it did.
 * @param {Record<string, string | undefined>} env
 */
export function startTracing(env) {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!endpoint) return false;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(
    new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }),
  );
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME?.trim() || 'health-answers' }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })],
  });
  trace.setGlobalTracerProvider(provider);
  onShutdown('trace exporter', () => provider.shutdown());
  logger().info({ event: 'tracing', collector: originOf(endpoint) }, 'exporting traces over OTLP');
  return true;
}
