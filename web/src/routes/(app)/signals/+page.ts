import { can } from '@ruche/shared';
import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { SignalDashboardOptionsDocument } from '$lib/graphql/generated';
import { actorOf } from '$lib/state/hivemind.svelte';
import { session } from '$lib/state/session.svelte';
import type { PageLoad } from './$types';

/**
 * The filters' choices (the sources, watchlists and departments the viewer may see); the stream itself
 * loads on the page. Someone who receives alerts but may not read the stream (a department
 * representative following an alert's link) gets no options: the page shows the alerts alone.
 */
export const load: PageLoad = async ({ url, parent }) => {
  // The layout reads who is signed in; the page's load would otherwise run before it has.
  await parent();
  if (session.me && !can(actorOf(session.me), 'signals.read')) return { options: null };
  try {
    return { options: await request(SignalDashboardOptionsDocument) };
  } catch (cause) {
    failLoad(cause, url.pathname + url.search);
  }
};
