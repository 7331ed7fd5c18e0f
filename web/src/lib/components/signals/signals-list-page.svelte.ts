import { untrack } from 'svelte';
import { can } from '@ruche/shared';
import type ConfirmDialog from '$lib/components/ui/ConfirmDialog.svelte';
import type { ConfirmRequest } from '$lib/components/ui/ConfirmDialog.svelte';
import { actorOf } from '$lib/state/hivemind.svelte';
import { session } from '$lib/state/session.svelte';

/**
 * What the sources and the watchlists pages share: the rows their route loaded (kept in step when the
 * route loads again, changed in place by the cards), whether the viewer manages signals, the polite
 * status line, and the confirm dialog the cards ask through (`bind:this={list.confirm}`). Create it while
 * the page initialises: it registers an effect.
 */
export class SignalsListPage<T extends { id: string }> {
  items = $state<T[]>([]);
  announcement = $state('');
  confirm = $state<ConfirmDialog | undefined>();
  readonly canManage = $derived(!!session.me && can(actorOf(session.me), 'signals.manage'));

  constructor(loaded: () => T[]) {
    this.items = untrack(loaded);
    $effect(() => {
      this.items = loaded();
    });
  }

  changed = (next: T): void => {
    this.items = this.items.map((x) => (x.id === next.id ? next : x));
  };

  removed = (id: string): void => {
    this.items = this.items.filter((x) => x.id !== id);
  };

  announce = (text: string): void => {
    this.announcement = text;
  };

  ask = (question: ConfirmRequest): Promise<boolean> => this.confirm?.ask(question) ?? Promise.resolve(false);

  /** What each card of the list is given (`<SourceCard {source} {...list.cardProps} />`). */
  get cardProps() {
    return { canManage: this.canManage, ask: this.ask, onchanged: this.changed, onremoved: this.removed, announce: this.announce };
  }
}
