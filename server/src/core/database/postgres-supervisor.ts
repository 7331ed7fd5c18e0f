import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { StartupError } from '../startup-error';

/** How hard the supervisor tries before giving up on a PostgreSQL that keeps dying. */
export interface RestartPolicy {
  /** Restarts allowed within `windowMs`; one more unexpected exit and the supervisor gives up. */
  maxRestarts: number;
  windowMs: number;
  /** Delay before the first restart; doubled for each further restart in the window, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

/**
 * Eight restarts in two minutes, waiting 0.25 s, 0.5 s, 1 s … 5 s: enough to ride out a crash (after a
 * `kill -9` the old backends need a moment to let go of the shared memory), not enough to hide a
 * PostgreSQL that cannot run at all (disk full, corrupt data), which must stop Ruche with a clear line.
 */
export const DEFAULT_RESTART_POLICY: RestartPolicy = { maxRestarts: 8, windowMs: 120_000, firstDelayMs: 250, maxDelayMs: 5_000 };

export type SupervisorEvent =
  | { type: 'exited'; reason: string; restartInMs: number }
  | { type: 'restarted'; attempt: number }
  | { type: 'gave-up'; message: string };

export interface SupervisorOptions {
  command: string;
  /** The cluster's folder, named when giving up. */
  dataDir: string;
  args: string[];
  spawnOptions: SpawnOptions;
  port: number;
  log: (line: string) => void;
  policy?: RestartPolicy;
  onEvent?: (event: SupervisorEvent) => void;
}

const READY = 'database system is ready to accept connections';
/** The last lines of PostgreSQL's output, kept to say why it stopped (not the whole log: it runs for weeks). */
const TAIL_LINES = 20;

/**
 * Runs the postmaster as a child process and keeps it running: an exit nobody asked for (a crash, an
 * OOM kill, `kill -9`) is followed by a restart on the same data and port, with backoff. Past the
 * policy's cap it gives up and tells its listeners, so Ruche can exit with one clear line instead of
 * serving errors forever. `halt()`/`start()` stop and start it on purpose (maintenance, outage tests).
 */
export class PostgresSupervisor {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  /** Whether PostgreSQL should be running: false after halt()/stop(), so that exit is not a crash. */
  private wanted = false;
  private stopped = false;
  private starting?: Promise<void>;
  private restartTimer?: NodeJS.Timeout;
  private restarts: number[] = [];
  private readonly giveUpListeners: ((message: string) => void)[] = [];
  private readonly policy: RestartPolicy;
  // If this process dies without stopping it, do not leave PostgreSQL running.
  private readonly killOnExit = () => this.child?.kill('SIGINT');

  constructor(private readonly options: SupervisorOptions) {
    this.policy = options.policy ?? DEFAULT_RESTART_POLICY;
    process.once('exit', this.killOnExit);
  }

  /** The running postmaster's process id; undefined while it is down. */
  get pid(): number | undefined {
    return this.child && this.child.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  /** Called once if PostgreSQL keeps dying and the supervisor stops restarting it. */
  onGiveUp(listener: (message: string) => void): void {
    this.giveUpListeners.push(listener);
  }

  /** Starts PostgreSQL (again) and resolves once it accepts connections. */
  async start(): Promise<void> {
    if (this.stopped) throw new Error('the embedded PostgreSQL was stopped for good');
    this.wanted = true;
    clearTimeout(this.restartTimer);
    if (this.pid !== undefined && !this.starting) return;
    await this.spawnOnce();
  }

  /** Stops PostgreSQL (fast shutdown: sessions end, a checkpoint is written) and keeps it down until start(). */
  async halt(): Promise<void> {
    this.wanted = false;
    clearTimeout(this.restartTimer);
    await this.starting?.catch(() => undefined);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.kill('SIGINT');
    await this.exited;
    clearTimeout(force);
  }

  /** Stops PostgreSQL for good. */
  async stop(): Promise<void> {
    this.stopped = true;
    process.removeListener('exit', this.killOnExit);
    await this.halt();
  }

  /** One spawn, resolved when ready; a second caller waits for the same attempt. */
  private spawnOnce(): Promise<void> {
    this.starting ??= this.spawnAndWait().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private spawnAndWait(): Promise<void> {
    const { command, args, spawnOptions, port, log } = this.options;
    const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const tail: string[] = [];
    let ready = false;
    return new Promise<void>((resolve, reject) => {
      const onOutput = (d: Buffer) => {
        const text = d.toString();
        log(text);
        tail.push(...text.split('\n').filter(Boolean));
        tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
        if (!ready && text.includes(READY)) {
          ready = true;
          resolve();
        }
      };
      child.stdout!.on('data', onOutput);
      child.stderr!.on('data', onOutput);
      child.once('error', (e) => {
        if (!ready) reject(new StartupError(`Could not run the embedded PostgreSQL: ${e.message}`));
      });
      child.once('exit', (code, signal) => {
        const reason = [...tail].reverse().find((l) => /PANIC|FATAL|could not|error/i.test(l))?.trim();
        if (!ready) {
          const error = new StartupError(`The embedded PostgreSQL did not start on port ${port}${reason ? `: ${reason}` : ''}. If the port is in use, set EMBEDDED_PG_PORT.`);
          reject(Object.assign(error, { reason: reason ?? `exit code ${code}` }));
          return;
        }
        // A signal says it all (OOM killer, kill -9); otherwise the log's last complaint, as the old
        // lines may be about a client, not the server.
        if (this.wanted && this.child === child) this.restartAfterCrash(signal ? `killed by ${signal}` : (reason ?? `exit code ${code}`));
      });
    });
  }

  private restartAfterCrash(why: string): void {
    const now = Date.now();
    this.restarts = this.restarts.filter((t) => now - t < this.policy.windowMs);
    if (this.restarts.length >= this.policy.maxRestarts) {
      this.wanted = false;
      const message = `The embedded PostgreSQL stopped ${this.restarts.length + 1} times within ${Math.round(this.policy.windowMs / 1000)} s (last: ${why}); Ruche stops. Check ${this.options.dataDir}, or set DATABASE_URL.`;
      this.options.onEvent?.({ type: 'gave-up', message });
      for (const listener of this.giveUpListeners) listener(message);
      return;
    }
    const delay = Math.min(this.policy.firstDelayMs * 2 ** this.restarts.length, this.policy.maxDelayMs);
    this.restarts.push(now);
    const attempt = this.restarts.length;
    this.options.onEvent?.({ type: 'exited', reason: why, restartInMs: delay });
    this.restartTimer = setTimeout(() => {
      if (!this.wanted) return;
      this.spawnOnce().then(
        () => this.options.onEvent?.({ type: 'restarted', attempt }),
        // Not ready (e.g. the killed server's backends still hold its shared memory): try again later.
        (e: Error & { reason?: string }) => (this.wanted ? this.restartAfterCrash(e.reason ?? e.message) : undefined),
      );
    }, delay);
    // A pending restart must not keep a process alive that has nothing else to do (tests).
    this.restartTimer.unref();
  }
}
