import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a merge tells its listeners: the idea merged away (`sourceId`) and the one that absorbs it. */
export interface IdeaMergeEvent {
  sourceId: string;
  targetId: string;
  campaignId: string;
  actorId: string;
}

/** Runs inside the merge's transaction, after both ideas are locked; may return what to do after commit. */
export type IdeaMergeListener = (tx: EntityManager, merge: IdeaMergeEvent) => Promise<(() => void) | void>;

/**
 * The merge's extension point: modules that own rows hanging off an idea (comments, follows) register
 * here — in their onModuleInit — and move their rows from the source to the target in the merge's own
 * transaction, so a merge is all or nothing, without the ideas module knowing those modules.
 */
@Injectable()
export class IdeaMergeHooks {
  private readonly listeners: { name: string; listener: IdeaMergeListener }[] = [];

  /** `name` identifies the listener in errors and keeps one registration per module. */
  onMerge(name: string, listener: IdeaMergeListener): void {
    if (this.listeners.some((l) => l.name === name)) throw new Error(`merge listener "${name}" is registered twice`);
    this.listeners.push({ name, listener });
  }

  /** The registered listeners' names, in registration order (the merge report lists what moved). */
  get names(): string[] {
    return this.listeners.map((l) => l.name);
  }

  async run(tx: EntityManager, merge: IdeaMergeEvent): Promise<(() => void)[]> {
    const after: (() => void)[] = [];
    for (const { listener } of this.listeners) {
      const then = await listener(tx, merge);
      if (then) after.push(then);
    }
    return after;
  }
}
