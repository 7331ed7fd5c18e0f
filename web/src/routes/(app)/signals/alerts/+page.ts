import { can } from '@ruche/shared';
import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { AlertRulesDocument } from '$lib/graphql/generated';
import { actorOf } from '$lib/state/hivemind.svelte';
import { session } from '$lib/state/session.svelte';
import type { PageLoad } from './$types';

/** The rules with what they may watch and whom they may tell; someone else than the hub gets a pointer to the dashboard. */
export const load: PageLoad = async ({ url, parent }) => {
  // The layout reads who is signed in; the page's load would otherwise run before it has.
  await parent();
  if (!session.me || !can(actorOf(session.me), 'alerts.manage')) return { rules: null };
  try {
    return { rules: await request(AlertRulesDocument) };
  } catch (cause) {
    failLoad(cause, url.pathname + url.search);
  }
};
