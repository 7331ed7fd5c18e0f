import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { SignalDashboardOptionsDocument } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

/** The filters' choices (the sources, watchlists and departments the viewer may see); the stream itself loads on the page. */
export const load: PageLoad = async ({ url }) => {
  try {
    return { options: await request(SignalDashboardOptionsDocument) };
  } catch (cause) {
    failLoad(cause, url.pathname + url.search);
  }
};
