import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/*
 * The two relays under test run in processes of their own, so the CPU they use can be read apart
 * from the load generator's (the Twilio and Realtime doubles, in the benchmark's process).
 */

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in ticks of 10 ms. */
const TICK_MS = 10;

/** User + system CPU time of a process so far, in ms, from /proc/<pid>/stat (10 ms resolution). */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the line, so 12 and 13 after the name.
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

export interface RelayProcess {
  pid: number;
  /** The Media Streams WebSocket URL Twilio's double connects to. */
  streamUrl: string;
  /** Only for the edge: its webhooks' base URL. */
  httpUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  };
}

/**
 * The voice edge as production runs it (voice-edge/server.ts, its own Temporal client), with
 * extra node flags (e.g. --cpu-prof); resolves once /health answers 200.
 */
export async function startEdgeProcess(env: Record<string, string>, nodeArgs: string[]): Promise<RelayProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'voice-edge/server.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, VOICE_PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const httpUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the voice edge exited with ${child.exitCode}`);
    const up = await fetch(`${httpUrl}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { pid: child.pid ?? 0, streamUrl: `ws://127.0.0.1:${port}/twilio/stream`, httpUrl, stop: stopper(child) };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the voice edge did not answer /health within 60 s');
}

/** The plain relay (bench/realtime/plain-relay.ts) in its own process, forwarding to the Realtime double. */
export async function startPlainRelayProcess(realtimeUrl: string): Promise<RelayProcess> {
  const child = fork(fileURLToPath(new URL('./plain-relay.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, REALTIME_URL: realtimeUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the plain relay exited with ${code}`)));
    child.once('message', (message) => resolve((message as { port: number }).port));
  });
  return { pid: child.pid ?? 0, streamUrl: `ws://127.0.0.1:${port}`, httpUrl: '', stop: stopper(child) };
}
