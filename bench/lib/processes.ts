// The servers under test run as child processes, each with its own event loop, so the load
// generator (this process) never competes with them for one; peak RSS comes from the kernel.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Service {
  name: string;
  url: string;
  child: ChildProcess;
  /** Peak resident set size so far (VmHWM), in MiB; null once the process is gone. */
  peakRssMiB(): number | null;
  /** Its last output when it died before `stop()` (a crash under load), else null. */
  crashed(): string | null;
  stop(): Promise<void>;
}

export function peakRssMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function waitReady(url: string, child: ChildProcess, name: string, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}:\n${output()}`);
    const res = await fetch(url).catch(() => undefined);
    if (res && res.status < 500) {
      await res.arrayBuffer().catch(() => undefined);
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Starts `command args` and waits until `readyUrl` answers (any status below 500). */
export async function startService(o: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  url: string;
  readyUrl: string;
  cwd?: string;
  timeoutMs?: number;
}): Promise<Service> {
  const child = spawn(o.command, o.args, { cwd: o.cwd, env: o.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (b: Buffer) => {
    log = (log + b.toString()).slice(-8000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let lastRss: number | null = null;
  let stopping = false;
  const service: Service = {
    name: o.name,
    url: o.url,
    child,
    peakRssMiB() {
      const now = peakRssMiB(child.pid);
      if (now !== null) lastRss = now;
      return lastRss;
    },
    crashed() {
      return !stopping && (child.exitCode !== null || child.signalCode !== null) ? `exit ${child.exitCode ?? child.signalCode}:\n${log}` : null;
    },
    async stop() {
      service.peakRssMiB();
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitReady(o.readyUrl, child, o.name, () => log, o.timeoutMs ?? 120_000);
  } catch (e) {
    await service.stop();
    throw e;
  }
  return service;
}

/**
 * A TypeScript entry point of the project, run by node with tsx's loader (so the pid is the
 * server's own). BENCH_NODE_FLAGS adds node flags to our servers only, e.g. `--cpu-prof
 * --cpu-prof-dir=/tmp/prof` to profile them under the bench's own load (node refuses --cpu-prof
 * in NODE_OPTIONS, which would reach every process anyway).
 */
export function tsxArgs(file: string): string[] {
  const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  return [...flags, '--import', 'tsx', file];
}
