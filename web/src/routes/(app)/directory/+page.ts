import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { DepartmentsDocument } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url, untrack }) => {
  try {
    return await request(DepartmentsDocument);
  } catch (cause) {
    failLoad(cause, untrack(() => url.pathname + url.search));
  }
};
