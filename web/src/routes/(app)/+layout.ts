import { session } from '$lib/state/session.svelte';
import { failLoad } from '$lib/graphql/load-error';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ url, untrack }) => {
  try {
    await session.load();
  } catch (cause) {
    // Read the URL untracked: this layout's data must not reload on every navigation.
    failLoad(cause, untrack(() => url.pathname + url.search));
  }
};
