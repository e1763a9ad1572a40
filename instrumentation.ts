// Next calls register() once when its server starts and onRequestError() for every error it catches
// while rendering or answering. Both hand over to the production runtime (runtime/): traces when a
// collector is configured (runtime/telemetry.mjs), and one log line per error with the reference the
// error page shows readers (runtime/request-log.mjs).
import type { Instrumentation } from 'next';

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startTracing } = await import('./runtime/telemetry.mjs');
  startTracing(process.env);
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { reportRequestError } = await import('./runtime/request-log.mjs');
  reportRequestError(error, request, context);
};
