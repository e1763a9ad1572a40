// `npm run dev` (the content watcher and next dev) in a project folder, on a free port of 127.0.0.1,
// for the tests and benchmarks of the editor's loop; and stopping it with everything it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, stopProcess, waitForServer } from './built-site';

export interface DevServer {
  baseUrl: string;
  child: ChildProcess;
  /** Everything dev printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `npm run dev` in `cwd` and resolves once it answers (the content step runs first). */
export async function startDevServer(cwd: string, { timeoutMs = 480_000 } = {}): Promise<DevServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  // Its own process group, so stopping it stops npm, the watcher and next dev together.
  const child = spawn('npm', ['run', 'dev'], {
    cwd,
    detached: true,
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => stopProcess(child, { group: true });
  try {
    await waitForServer(`${baseUrl}/api/health`, child, timeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`npm run dev did not start: ${String(error)}\n${output.slice(-3000)}`);
  }
  return { baseUrl, child, output: () => output, stop };
}
