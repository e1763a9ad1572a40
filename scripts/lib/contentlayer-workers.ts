// Contentlayer processes kept between shards and between saves (scripts/lib/contentlayer-worker.mjs):
// each loads contentlayer and the MDX stack once, then builds the shard folders it is given, one after
// the other, on its own: the build script's thread may be busy meanwhile (with the content check).
// Idle workers do not keep the build script alive; one whose shard failed has exited and is replaced
// on demand.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopProcess } from './built-site';

/** Each worker's heap limit unless told otherwise (see `WorkerOptions.heapLimitMb`). */
export const DEFAULT_WORKER_HEAP_MB = 512;

const workerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'contentlayer-worker.mjs');

/** Ends an idle worker (it exits when its channel closes) and waits for it to exit. */
function retire(child: ChildProcess): Promise<void> {
  if (!child.connected) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  hold(child, true);
  child.disconnect();
  return exited;
}

export interface ShardResult {
  code: number;
  /** What contentlayer printed for these shards (its errors when one failed). */
  output: string;
  /** The process id of the worker that built the last shard (or failed). */
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

export interface WorkerOptions {
  /** Added to every worker's environment (the link targets file, for instance). */
  env?: Record<string, string>;
  /**
   * Shards a worker builds before it is replaced: contentlayer keeps a little of every shard it builds
   * (it evaluates its config afresh each time and never unloads the old one), so a worker's memory
   * creeps up with every shard, and with every save in `npm run dev`. A new worker costs about 3 s of
   * CPU to load contentlayer. The default, 10: at 10,000 questions (20 shards of 500, 10 per core)
   * each core's shards run in one worker; against 4, the compile took 310 instead of 338 s of CPU and
   * the largest worker 364 instead of 348 MB.
   */
  shardsPerWorker?: number;
  /**
   * Each worker's V8 heap limit (MB). Without one, V8 lets a worker's heap grow far past what it
   * keeps: on the 10,000-question bench, workers peaked at 540-706 MB with 70 MB live after GC, and
   * the content step's processes at 2.0 GB together; with 512, 306-363 MB and 1.5 GB, for about 10 %
   * more CPU (docs/build-performance.md).
   */
  heapLimitMb?: number;
  /**
   * Also replaced once its heap, measured after a shard, holds more than this share of its limit
   * (garbage not yet collected included). What `npm run dev`'s watcher relies on instead of a count:
   * it builds one small shard per save, and at 40 questions a worker's heap crept from 50-75 to 85-125
   * MB over 30 saves, so a count of 10 replaced it, at about 3 s of CPU, far more often than needed.
   */
  heapShareLimit?: number;
}

export class ContentlayerWorkers {
  private readonly idle: ChildProcess[] = [];
  private readonly busy = new Set<ChildProcess>();
  /** Shards each worker has built. */
  private readonly built = new WeakMap<ChildProcess, number>();

  private readonly env: Record<string, string>;
  private shardsPerWorker: number;
  private heapShareLimit: number;
  private readonly heapLimitMb: number;

  constructor({
    env = {},
    shardsPerWorker = 10,
    heapLimitMb = DEFAULT_WORKER_HEAP_MB,
    heapShareLimit = 1,
  }: WorkerOptions = {}) {
    this.env = env;
    this.shardsPerWorker = shardsPerWorker;
    this.heapLimitMb = heapLimitMb;
    this.heapShareLimit = heapShareLimit;
  }

  /** Changes when workers are replaced from now on (see `WorkerOptions`). */
  retireAfter({ shardsPerWorker, heapShareLimit }: Pick<WorkerOptions, 'shardsPerWorker' | 'heapShareLimit'>): void {
    this.shardsPerWorker = shardsPerWorker ?? this.shardsPerWorker;
    this.heapShareLimit = heapShareLimit ?? this.heapShareLimit;
  }

  /** Builds shard folders in order, in idle workers or new ones; stops at the first that fails. */
  async build(dirs: readonly string[]): Promise<ShardResult> {
    let output = '';
    let pid: number | undefined;
    let start = 0;
    do {
      const child = this.take();
      const count = Math.max(1, this.shardsPerWorker - (this.built.get(child) ?? 0));
      const result = await this.buildIn(child, dirs.slice(start, start + count));
      output += result.output;
      pid = result.pid;
      if (result.code !== 0) return { ...result, output };
      start += count;
    } while (start < dirs.length);
    return { code: 0, output, pid };
  }

  private async buildIn(child: ChildProcess, dirs: readonly string[]): Promise<ShardResult> {
    this.busy.add(child);
    hold(child, true);
    let output = '';
    const collect = (chunk: Buffer) => (output += chunk);
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let heapUsedBytes = 0;
    const code = await new Promise<number>((resolve) => {
      const onMessage = (message: { heapUsedBytes?: number }) => {
        heapUsedBytes = message.heapUsedBytes ?? 0;
        finish(0);
      };
      const onExit = (exitCode: number | null) => finish(exitCode || 1);
      const finish = (result: number) => {
        child.off('message', onMessage).off('exit', onExit);
        resolve(result);
      };
      child.on('message', onMessage).on('exit', onExit);
      child.send({ dirs });
    });
    this.busy.delete(child);
    child.stdout?.off('data', collect);
    child.stderr?.off('data', collect);
    const built = (this.built.get(child) ?? 0) + dirs.length;
    this.built.set(child, built);
    const heapFull = heapUsedBytes > this.heapShareLimit * this.heapLimitMb * 1024 * 1024;
    if (code === 0 && built < this.shardsPerWorker && !heapFull) {
      hold(child, false);
      this.idle.push(child);
    } else if (code === 0) {
      await retire(child);
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
    await Promise.all(this.idle.splice(0).map(retire));
  }

  /** Ends the workers that are building (their builds resolve as failed), and waits for them to exit. */
  async stop(): Promise<void> {
    await Promise.all([...this.busy].map((child) => stopProcess(child)));
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
      execArgv: [`--max-old-space-size=${this.heapLimitMb}`],
    });
  }
}
