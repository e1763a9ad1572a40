// Contentlayer processes kept between shards and between saves (scripts/lib/contentlayer-worker.mjs):
// each loads contentlayer and the MDX stack once, then builds one shard folder at a time. Idle workers
// do not keep the build script alive; one whose shard failed has exited and is replaced on demand.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'contentlayer-worker.mjs');

export interface ShardResult {
  code: number;
  /** What contentlayer printed for this shard (its errors when it failed). */
  output: string;
  /** The worker's process id. */
  pid: number | undefined;
}

/** Refs or unrefs everything that would keep this process waiting for the child. */
function hold(child: ChildProcess, held: boolean): void {
  // The pipes are sockets, though typed as plain streams.
  const handles = [child, child.channel, child.stdout, child.stderr] as ({ ref?(): void; unref?(): void } | null)[];
  for (const handle of handles) {
    if (held) handle?.ref?.();
    else handle?.unref?.();
  }
}

export class ContentlayerWorkers {
  private readonly idle: ChildProcess[] = [];

  /** `env` is added to every worker's environment (the link targets file, for instance). */
  constructor(private readonly env: Record<string, string> = {}) {}

  /** Builds one shard folder in an idle worker, or a new one. */
  async build(dir: string): Promise<ShardResult> {
    const child = this.take();
    hold(child, true);
    let output = '';
    const collect = (chunk: Buffer) => (output += chunk);
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const code = await new Promise<number>((resolve) => {
      const onMessage = () => finish(0);
      const onExit = (exitCode: number | null) => finish(exitCode || 1);
      const finish = (result: number) => {
        child.off('message', onMessage).off('exit', onExit);
        resolve(result);
      };
      child.on('message', onMessage).on('exit', onExit);
      child.send({ dir });
    });
    child.stdout?.off('data', collect);
    child.stderr?.off('data', collect);
    if (code === 0) {
      hold(child, false);
      this.idle.push(child);
    }
    return { code, output, pid: child.pid };
  }

  /** Starts a worker now, so that it has loaded contentlayer by the time a shard is ready. */
  prestart(): void {
    if (this.idle.some((child) => child.connected)) return;
    const child = this.start();
    hold(child, false);
    this.idle.push(child);
  }

  /**
   * Stops every idle worker and waits for it to exit. A script calls this before it ends: a worker
   * left to exit after its parent is no longer the parent's child, and its CPU time is not counted
   * in the build's (GNU time, the build benchmark).
   */
  async close(): Promise<void> {
    const stopping = this.idle.splice(0).filter((child) => child.connected);
    await Promise.all(
      stopping.map((child) => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        hold(child, true);
        child.disconnect();
        return exited;
      }),
    );
  }

  /** An idle worker still running (one may have died while idle), or a new one. */
  private take(): ChildProcess {
    for (let child = this.idle.pop(); child; child = this.idle.pop()) if (child.connected) return child;
    return this.start();
  }

  private start(): ChildProcess {
    return fork(workerScript, [], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // Plain Node: the worker is JavaScript, and the build script's TypeScript loader would slow its start.
      execArgv: [],
    });
  }
}
