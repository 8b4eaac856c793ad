import path from 'node:path';
import { Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { startProcess, waitFor } from './processes';
import { step } from './progress';

export interface TemporalServerOptions {
  cli: string | undefined;
  address: string;
  namespace: string;
  uiPort: number;
  dataDir: string;
  index: number;
  /** Where the Web UI's browser decodes encrypted payloads (the API's codec server, e.g. http://127.0.0.1:3000/codec). */
  uiCodecEndpoint?: string;
  /** Keep workflows in memory only (benchmarks): faster, and nothing survives a restart. */
  inMemory?: boolean;
}

export interface RunningTemporal {
  stop(): Promise<void>;
  /** Hides the server's routine log lines from now on (it warns about every transport it closes). */
  muteRoutineOutput(): void;
  /** The server's process, when this launcher started it (to pause it in fault drills). */
  pid?: number;
}

async function answers(address: string): Promise<boolean> {
  const connection = await Connection.connect({ address, connectTimeout: '1s' });
  try {
    await connection.workflowService.getSystemInfo({});
    return true;
  } finally {
    await connection.close();
  }
}

function splitAddress(address: string): { ip: string; port: number } {
  const [ip = '127.0.0.1', port = '7233'] = address.split(':');
  return { ip, port: Number(port) };
}

/**
 * `temporal server start-dev` with a SQLite file, so workflows survive a restart. Without the CLI
 * (no Python here), the SDK downloads the same dev server (needs internet).
 */
export async function startTemporalServer(options: TemporalServerOptions): Promise<RunningTemporal> {
  if (await answers(options.address).catch(() => false)) {
    step(`Temporal already answers on ${options.address}; using it`);
    return { stop: async () => undefined, muteRoutineOutput: () => undefined };
  }
  const { ip, port } = splitAddress(options.address);
  const dbFilename = path.resolve(options.dataDir, 'temporal.sqlite');
  const codecArgs = options.uiCodecEndpoint ? ['--ui-codec-endpoint', options.uiCodecEndpoint] : [];
  if (!options.cli) {
    step('no Temporal CLI found: asking the Temporal SDK to download its dev server');
    const env = await TestWorkflowEnvironment.createLocal({
      server: { ip, port, uiPort: options.uiPort, ui: true, dbFilename, namespace: options.namespace, extraArgs: codecArgs },
    });
    return { stop: () => env.teardown(), muteRoutineOutput: () => undefined };
  }
  step(`starting the Temporal dev server on ${options.address} (Web UI on :${options.uiPort})`);
  const server = startProcess(
    'temporal',
    options.cli,
    [
      'server',
      'start-dev',
      '--ip',
      ip,
      '--port',
      String(port),
      '--ui-port',
      String(options.uiPort),
      ...(options.inMemory ? [] : ['--db-filename', dbFilename]),
      '--namespace',
      options.namespace,
      '--log-level',
      'warn',
      ...codecArgs,
    ],
    { index: options.index },
  );
  await waitFor('Temporal dev server', () => answers(options.address), 60_000);
  return { stop: () => server.stop(), muteRoutineOutput: () => server.muteRoutineOutput(), pid: server.child.pid };
}
