// Whether the site's Redis servers answer, for /api/health: the ISR cache's (REDIS_URL) and the reader
// feedback's (FEEDBACK_REDIS_URL, else REDIS_URL). One probe at a time per server, its answer kept for
// a few seconds, so however often the health check is called it opens at most one connection per
// server at once. A server that does not answer within a second is "down"; the check itself never fails.
import 'server-only';
import { createClient } from 'redis';
import type { RedisStatus } from './health';

const REMEMBER_MS = 5_000;
const TIMEOUT_MS = 1_000;

const probes = new Map<string, { at: number; status: Promise<'up' | 'down'> }>();

async function ping(url: string): Promise<'up' | 'down'> {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: TIMEOUT_MS, reconnectStrategy: false },
  });
  client.on('error', () => {});
  const timeout = new Promise<'down'>((resolve) => setTimeout(() => resolve('down'), TIMEOUT_MS).unref());
  try {
    return await Promise.race([
      client
        .connect()
        .then(() => client.ping())
        .then(() => 'up' as const),
      timeout,
    ]);
  } catch {
    return 'down';
  } finally {
    client.destroy();
  }
}

export function redisStatus(url: string | undefined): Promise<RedisStatus> {
  const trimmed = url?.trim();
  if (!trimmed) return Promise.resolve('not configured');
  const known = probes.get(trimmed);
  if (known && Date.now() - known.at < REMEMBER_MS) return known.status;
  const status = ping(trimmed);
  probes.set(trimmed, { at: Date.now(), status });
  return status;
}
