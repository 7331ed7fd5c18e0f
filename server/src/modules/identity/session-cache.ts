/**
 * Sessions this instance resolved lately, so that a person's next requests skip the session lookup
 * (bench/hivemind.mjs: the lookup was a third of a vote's CPU, Ruche's and PostgreSQL's together). An
 * entry is trusted until the earliest of:
 * - `ttlMs` after it was read (REALTIME_SESSION_CHECK_SECONDS by default: open sockets follow an account
 *   changed without notice within the same time);
 * - the session's own end, absolute or idle, as the database counted it when it was read;
 * - a notice that the session ended or its account changed (`forgetSession`, `forgetUsers`), or that
 *   notices may have been missed (`clear`).
 * At most `maxEntries` entries are kept; past that the oldest read goes first.
 */
export class SessionCache<T> {
  private readonly entries = new Map<string, { value: T; userId: string; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 50_000,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value kept for a session, unless it is past its time (then it is dropped). */
  get(sessionId: string, now = Date.now()): T | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (now < entry.until) return entry.value;
    this.entries.delete(sessionId);
    return undefined;
  }

  /** Keeps a session just read; `liveForMs`: how long the database said it stays live without use. */
  set(sessionId: string, userId: string, value: T, liveForMs: number, now = Date.now()): void {
    if (!this.enabled || !(liveForMs > 0)) return;
    this.entries.delete(sessionId);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(sessionId, { value, userId, until: now + Math.min(this.ttlMs, liveForMs) });
  }

  forgetSession(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  forgetUsers(userIds: readonly string[]): void {
    if (this.entries.size === 0 || userIds.length === 0) return;
    const users = new Set(userIds);
    for (const [id, entry] of this.entries) if (users.has(entry.userId)) this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }
}
