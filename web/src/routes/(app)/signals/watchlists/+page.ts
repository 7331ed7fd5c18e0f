import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { SignalWatchlistsDocument } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url }) => {
  try {
    return await request(SignalWatchlistsDocument);
  } catch (cause) {
    failLoad(cause, url.pathname + url.search);
  }
};
