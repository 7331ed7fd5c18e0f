/**
 * Runs `check` until it stops throwing, or rethrows its last error once `ms` have passed: for things
 * that happen "within a few seconds" (a deadline, not a timing assertion).
 */
export async function eventually(check: () => void | Promise<void>, ms = 10_000, every = 50): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, every));
    }
  }
}
