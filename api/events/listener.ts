import pg from 'pg';
import type { Logger } from '../../infra/logger';

export interface ListenerOptions {
  databaseUrl: string;
  channel: string;
  logger: Logger;
  onPayload(payload: string): void;
  /** Called after a reconnect: notifications sent while disconnected are lost. */
  onReconnect?(): void;
  minDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * A dedicated connection that LISTENs on one channel and reconnects with backoff. Not a pool
 * connection: LISTEN is per session, and a pooled session would be handed to other queries.
 */
export class PgListener {
  private client: pg.Client | undefined;
  private closed = false;
  private attempt = 0;
  private everConnected = false;
  private timer: NodeJS.Timeout | undefined;
  private markReady!: () => void;
  /** Resolves once the first LISTEN is in place. */
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(private readonly options: ListenerOptions) {
    if (!/^[a-z_][a-z0-9_]*$/.test(options.channel)) throw new Error(`invalid channel name ${options.channel}`);
  }

  start(): void {
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.options.databaseUrl, keepAlive: true });
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      this.onFailure(client, error);
    };
    client.on('error', fail);
    client.on('end', () => fail(new Error('connection ended')));
    client.on('notification', (message) => {
      if (message.channel === this.options.channel && message.payload) this.options.onPayload(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.options.channel}`);
    } catch (error) {
      fail(error);
      return;
    }
    if (this.closed) return void client.end().catch(() => undefined);
    this.client = client;
    this.attempt = 0;
    if (this.everConnected) this.options.onReconnect?.();
    this.everConnected = true;
    this.markReady();
  }

  private onFailure(client: pg.Client, error: unknown): void {
    if (this.client === client) this.client = undefined;
    client.end().catch(() => undefined);
    if (this.closed) return;
    const min = this.options.minDelayMs ?? 500;
    const delay = Math.min(this.options.maxDelayMs ?? 30_000, min * 2 ** this.attempt);
    this.attempt += 1;
    this.options.logger.warn({ err: error, retryInMs: delay }, 'event listener lost its database connection');
    this.timer = setTimeout(() => void this.connect(), delay);
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
