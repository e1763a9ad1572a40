// Starts the real processes the ops tests need (redis-server, `next start`) on free ports bound to
// 127.0.0.1, and stops exactly the ones it started (servers through scripts/lib/built-site.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { createClient } from 'redis';
import { freePort, startBuiltSite, stopProcess } from '../../scripts/lib/built-site';

export interface Started {
  child: ChildProcess;
  port: number;
  url: string;
  output: () => string;
}

function collect(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

export async function stop(started: Started | undefined): Promise<void> {
  await stopProcess(started?.child);
}

/**
 * A throwaway Redis: no persistence, so a restart comes back empty like a lost cache node. With a
 * password it refuses clients that do not give it (`requirepass`); its url then carries it.
 */
export async function startRedis(port?: number, { password }: { password?: string } = {}): Promise<Started> {
  const chosen = port ?? (await freePort());
  const child = spawn(
    'redis-server',
    [
      ...['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      ...(password ? ['--requirepass', password] : []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = collect(child);
  const url = `redis://${password ? `:${encodeURIComponent(password)}@` : ''}127.0.0.1:${chosen}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited: ${output()}`);
    const client = createClient({ url, socket: { reconnectStrategy: false } });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.ping();
      await client.close();
      return { child, port: chosen, url, output };
    } catch {
      if (Date.now() > deadline) throw new Error(`redis-server did not start: ${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The production server (as `npm start` runs it) with extra environment, its output kept; ready once its health check answers. */
export async function startNext(env: Record<string, string>): Promise<Started> {
  const site = await startBuiltSite({ env, output: 'collect', readyPath: '/api/health' });
  return { child: site.child, port: site.port, url: site.baseUrl, output: site.output };
}
