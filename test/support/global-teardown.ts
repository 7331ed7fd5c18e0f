import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __RUCHE_PG__?: { db: { stop(): Promise<void> }; dir: string } }).__RUCHE_PG__;
  if (!state) return;
  await state.db.stop();
  rmSync(state.dir, { recursive: true, force: true });
}
