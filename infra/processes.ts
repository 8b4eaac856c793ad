import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const colours = [35, 33, 32, 34, 36, 31];
const levelNames: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** Turns a pino JSON line into `level message {extra}`; other lines pass through. */
export function formatLogLine(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const {
      level,
      msg,
      time: _time,
      pid: _pid,
      hostname: _host,
      service: _service,
      name: _name,
      ...rest
    } = JSON.parse(line) as Record<string, unknown>;
    const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
    return `${levelNames[Number(level)] ?? level} ${String(msg ?? '')}${extra}`;
  } catch {
    return line;
  }
}

/**
 * Lines a process prints while it is being stopped on purpose: our services' pino lines below
 * error, and every log line of the Temporal server (logfmt, `level=…`), whose internal workers warn
 * or err about each transport and task queue it closes. Anything else, a stack trace included, shows.
 */
export function isRoutineLine(line: string): boolean {
  if (line.startsWith('{')) {
    try {
      return Number((JSON.parse(line) as { level?: unknown }).level) < 50;
    } catch {
      return false;
    }
  }
  return /^time=\S+ level=[A-Z]+ /.test(line);
}

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** From now on print only what is not routine (see isRoutineLine): for a calm shutdown. */
  muteRoutineOutput(): void;
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Starts a child whose output is prefixed with its name, and that can be stopped gracefully. Should
 * this process exit without stopping it (a crash), the child is killed rather than left running.
 */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; index: number },
): ManagedProcess {
  const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `\u001b[${colours[options.index % colours.length]}m${name.padEnd(8)}\u001b[0m│ `;
  let muted = false;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (!(muted && isRoutineLine(line))) process.stdout.write(`${prefix}${formatLogLine(line)}\n`);
    });
  }
  const killOrphan = () => child.kill('SIGKILL');
  process.once('exit', killOrphan);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      process.off('exit', killOrphan);
      resolve(code);
    }),
  );
  return {
    name,
    child,
    exited,
    muteRoutineOutput: () => {
      muted = true;
    },
    async stop(timeoutMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls until `probe` succeeds or the deadline passes; an aborted `signal` ends the wait at once. */
export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (signal?.aborted) throw new Error(`stopped waiting for ${what}: called off`);
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not become ready within ${timeoutMs / 1000} s`);
}

export async function httpOk(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  return response.ok;
}
