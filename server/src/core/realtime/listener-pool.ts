import { Client, Pool, type ClientConfig, type QueryConfig } from 'pg';

export interface ListenerHooks {
  /** Any error of the LISTEN connection (it then ends, and the adapter opens another). */
  onError(err: Error): void;
  /** A LISTEN connection opened after an earlier one was lost. */
  onReconnected(): void;
}

/**
 * What `@socket.io/postgres-adapter` (0.5) is given as its "pool". The adapter NOTIFYs through
 * `query()` and takes its LISTEN connection with `connect()`, keeping it checked out for good; it
 * reconnects on its own when that connection ends (every 1–3 s until it succeeds, then LISTENs
 * again). Given a plain pg Pool, two things go wrong when PostgreSQL restarts:
 * - the checked-out connection has no 'error' listener, so its error kills the process;
 * - the dead connection is never released, so each restart leaks one of the pool's slots until
 *   NOTIFY waits for a free connection forever.
 * Here `connect()` opens a dedicated connection outside the pool, with an error listener, and the
 * adapter's `release()` closes it. At most one LISTEN connection lives: if the adapter asks for a
 * new one while an older one is still open (it can schedule two reconnections in a race), the older
 * one is closed silently so the same notification is never delivered twice.
 */
export class ListenerPool {
  private listener?: Client;
  private lost = false;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly clientConfig: ClientConfig,
    private readonly hooks: ListenerHooks,
  ) {}

  query(text: string | QueryConfig, values?: unknown[]) {
    return this.pool.query(text, values);
  }

  async connect(): Promise<Client & { release(): void }> {
    if (this.closed) throw new Error('realtime listener closed');
    const previous = this.listener;
    if (previous) {
      previous.removeAllListeners('end');
      previous.removeAllListeners('notification');
      void previous.end().catch(() => undefined);
    }
    const client = new Client(this.clientConfig);
    client.on('error', (err) => {
      this.lost = true;
      this.hooks.onError(err);
    });
    client.once('end', () => {
      if (this.listener === client) this.lost = true;
    });
    try {
      await client.connect();
    } catch (err) {
      void client.end().catch(() => undefined);
      throw err;
    }
    this.listener = client;
    if (this.lost) {
      this.lost = false;
      this.hooks.onReconnected();
    }
    return Object.assign(client, {
      release: () => {
        if (this.listener === client) this.listener = undefined;
        void client.end().catch(() => undefined);
      },
    });
  }

  /** Closes the LISTEN connection and the NOTIFY pool (after the adapter's close). */
  async end(): Promise<void> {
    this.closed = true;
    // pg-pool drops queued queries when it ends: let in-flight NOTIFYs finish first, among them the
    // adapter's goodbye, which tells the other instances at once that this one's sockets are gone.
    const until = Date.now() + 1000;
    while ((this.pool.waitingCount > 0 || this.pool.idleCount < this.pool.totalCount) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 5));
    }
    const listener = this.listener;
    this.listener = undefined;
    listener?.removeAllListeners('end');
    await Promise.all([listener?.end().catch(() => undefined), this.pool.end().catch(() => undefined)]);
  }
}
