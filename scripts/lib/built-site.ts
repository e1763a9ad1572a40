// Starts the production build (`npm run build` first) on a free port of 127.0.0.1 as `npm start` and the
// Docker image run it (runtime/start.mjs in .next/standalone), for the browser and ops tests and for
// the scripts that measure the built site (Lighthouse, screenshots, weight, load); and stops it.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { CONTENT_INDEX_PATH } from '../../lib/content/paths';
import type { ContentIndex, QuestionEntry } from '../../lib/content/types';

export interface BuiltSite {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** What the server printed, when started with `output: 'collect'`. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * The published questions a build left to render on their first request (not in Next's prerender
 * manifest), in the slim index's order (featured, then newest). `dir` is a project or its
 * .next/standalone folder: both hold the manifest and the index.
 */
export function onDemandQuestions(dir: string): QuestionEntry[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, '.next/prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>;
  };
  const index = JSON.parse(readFileSync(path.join(dir, CONTENT_INDEX_PATH), 'utf8')) as ContentIndex;
  return index.questions.filter((question) => !question.draft && !(question.url in manifest.routes));
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export async function waitForServer(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Server at ${url} did not start within ${timeoutMs} ms`);
}

export interface StartOptions {
  /** The project whose build to serve (default: the current directory). */
  cwd?: string;
  /** The standalone server's folder (default: `cwd`/.next/standalone), e.g. a private copy of it. */
  standaloneDir?: string;
  /** Extra environment for the server (e.g. REDIS_URL). */
  env?: Record<string, string>;
  /** The server's own output: shown (default), dropped, errors only, or kept for `output()`. */
  output?: 'inherit' | 'ignore' | 'errors' | 'collect';
  /** The path polled until the server answers (default: the home page). */
  readyPath?: string;
  readyTimeoutMs?: number;
}

/** Stops a child process (or, with `group`, its process group): SIGTERM, then SIGKILL if it is still running after 5 s. */
export async function stopProcess(
  child: ChildProcess | undefined,
  { group = false }: { group?: boolean } = {},
): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  // A child spawned `detached` leads its own process group (`npm run dev`: npm, the watcher, next
  // dev): signal the whole group, so none of them outlives it.
  const signal = (name: NodeJS.Signals) => {
    try {
      if (group && child.pid) process.kill(-child.pid, name);
      else child.kill(name);
    } catch {
      // already gone
    }
  };
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signal('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (child.exitCode === null && child.signalCode === null) signal('SIGKILL');
}

/** The production entry point inside .next/standalone (scripts/prepare-standalone.ts puts it there). */
export const START_SCRIPT = 'runtime/start.mjs';

const STDIO: Record<NonNullable<StartOptions['output']>, StdioOptions> = {
  inherit: ['ignore', 'inherit', 'inherit'],
  ignore: 'ignore',
  errors: ['ignore', 'ignore', 'inherit'],
  collect: ['ignore', 'pipe', 'pipe'],
};

/** The one way to start the production build, for tests, scripts and benchmarks. */
export async function startBuiltSite({
  cwd = process.cwd(),
  standaloneDir = path.join(cwd, '.next/standalone'),
  env = {},
  output = 'inherit',
  readyPath = '/',
  readyTimeoutMs,
}: StartOptions = {}): Promise<BuiltSite> {
  const entry = path.join(standaloneDir, START_SCRIPT);
  if (!existsSync(entry)) {
    throw new Error(`No production build found (${entry}): run \`npm run build\` first.`);
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [START_SCRIPT], {
    cwd: standaloneDir,
    stdio: STDIO[output],
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1', ...env },
  });
  let collected = '';
  child.stdout?.on('data', (chunk: Buffer) => (collected += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (collected += chunk.toString()));
  try {
    await waitForServer(baseUrl + readyPath, child, readyTimeoutMs);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return { baseUrl, port, child, output: () => collected, stop: () => stopProcess(child) };
}
