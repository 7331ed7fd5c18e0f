import { Client } from 'pg';
import type { EntityManager } from 'typeorm';

/** The PostgreSQL channel told, at commit, that items were stored (on any instance). */
export const STREAM_CHANNEL = 'ruche_signal_items';

/**
 * Called in the storing transaction: PostgreSQL delivers the notification when (and only if) it
 * commits, to every instance, so each one's stream reads the new items at once instead of at its
 * next poll. Notifications of one transaction with the same payload are sent once.
 */
export async function notifyStored(tx: Pick<EntityManager, 'query'>): Promise<void> {
  await tx.query(`SELECT pg_notify($1, '')`, [STREAM_CHANNEL]);
}

const RETRY_MS = 2000;

/**
 * LISTENs on STREAM_CHANNEL through a connection of its own and calls `onWake` for each
 * notification. Only an accelerator: the stream polls anyway, so a lost connection is reopened
 * every RETRY_MS in the background and never fails anything.
 */
export class StreamWakeListener {
  private client?: Client;
  private retry?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly onWake: () => void,
    private readonly onError: (err: unknown) => void,
  ) {}

  start(): void {
    if (this.closed || this.client) return;
    const client = new Client({ connectionString: this.url, application_name: 'ruche-signal-stream', connectionTimeoutMillis: 5000 });
    this.client = client;
    const lost = (err?: unknown) => {
      if (this.client !== client) return;
      this.client = undefined;
      if (err) this.onError(err);
      client.removeAllListeners('notification');
      void client.end().catch(() => undefined);
      if (!this.closed) this.retry = setTimeout(() => this.start(), RETRY_MS).unref();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', () => this.onWake());
    client
      .connect()
      .then(() => client.query(`LISTEN ${STREAM_CHANNEL}`))
      .catch(lost);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
