// Starts the real processes the ops tests need (redis-server, `next start`) on free ports bound to
// 127.0.0.1, and stops exactly the ones it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { createClient } from 'redis';
import { freePort, waitForServer } from './serve-built-site';

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
  const child = started?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** A throwaway Redis: no persistence, so a restart comes back empty like a lost cache node. */
export async function startRedis(port?: number): Promise<Started> {
  const chosen = port ?? (await freePort());
  const child = spawn(
    'redis-server',
    ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = collect(child);
  const url = `redis://127.0.0.1:${chosen}`;
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

export async function startNext(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production', ...env } },
  );
  const output = collect(child);
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(`${url}/api/health`, child);
  return { child, port, url, output };
}
