import { can } from '@ruche/shared';
import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { AdminOrganisationDocument } from '$lib/graphql/generated';
import { session } from '$lib/state/session.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent, url }) => {
  await parent(); // the (app) layout has loaded who is signed in
  // The page shows a notice to others; the server refuses their changes whatever the page shows.
  if (!can(session.me, 'organisation.administer')) return { allowed: false as const };
  try {
    const { organisation } = await request(AdminOrganisationDocument);
    return { allowed: true as const, organisation };
  } catch (cause) {
    failLoad(cause, url.pathname);
  }
};
