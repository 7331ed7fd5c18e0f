import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { SignalSourcesDocument } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url }) => {
  try {
    return await request(SignalSourcesDocument);
  } catch (cause) {
    failLoad(cause, url.pathname + url.search);
  }
};
