// What the benchmarks read from /proc: a process's resident memory and CPU time, and the memory of a
// command's whole process tree, sampled while it runs.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The fields of /proc/<pid>/stat after the command name, from the state on (`proc(5)` field 3 is
 * index 0): the name may contain spaces and parentheses, the fields after its last `)` are fixed.
 */
function statFields(pid: number | string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(statFields(name)[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we read it
    }
  }
  return children;
}

/** Resident memory of a process, 0 once it has ended. */
export function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** User + system CPU seconds a process has used so far. */
export function cpuSeconds(pid: number): number {
  const fields = statFields(pid);
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** `read` summed over a process and its living descendants. */
function sumOverTree(rootPid: number, read: (pid: number) => number): number {
  const children = parentMap();
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      total += read(pid);
    } catch {
      // the process ended while we read it
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** A process's CPU seconds with those of its children that ended and that it has waited for. */
function cpuSecondsWithEndedChildren(pid: number): number {
  const fields = statFields(pid);
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * User + system CPU seconds of a process and its descendants, those that ended included once their
 * parent has waited for them (a contentlayer worker replaced between two readings still counts).
 */
export function treeCpuSeconds(rootPid: number): number {
  return sumOverTree(rootPid, cpuSecondsWithEndedChildren);
}

/** Resident memory of a process and its living descendants. */
export function treeRssBytes(rootPid: number): number {
  return sumOverTree(rootPid, rssBytes);
}

export interface StepResult {
  seconds: number;
  /** User + system CPU seconds of the whole tree (from GNU time), when /usr/bin/time exists. */
  cpuSeconds?: number;
  peakRssBytes: number;
  exitCode: number;
}

const GNU_TIME = '/usr/bin/time';

export async function measureCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; quiet?: boolean },
): Promise<StepResult> {
  const started = performance.now();
  // CPU time matters beside wall time: on a shared 2-core machine, wall time depends on the load.
  const cpuFile = existsSync(GNU_TIME) ? path.join(os.tmpdir(), `bench-cpu-${process.pid}-${Date.now()}`) : undefined;
  const [file, argv] = cpuFile ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: options.quiet ? 'ignore' : 'inherit',
  });
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRssBytes(child.pid));
  }, 100);
  const exitCode = await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  clearInterval(timer);
  const cpuSeconds = cpuFile
    ? readFileSync(cpuFile, 'utf8')
        .trim()
        .split('\n')
        .at(-1)!
        .split(' ')
        .reduce((sum, value) => sum + Number(value), 0)
    : undefined;
  if (cpuFile) rmSync(cpuFile, { force: true });
  return { seconds: (performance.now() - started) / 1000, cpuSeconds, peakRssBytes: peak, exitCode };
}
