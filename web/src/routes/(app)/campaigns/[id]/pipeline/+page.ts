import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { PipelineDocument } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, url }) => {
  try {
    const { campaign } = await request(PipelineDocument, { id: params.id });
    return { campaign };
  } catch (cause) {
    // A malformed id in the address is simply a campaign that does not exist.
    failLoad(cause, url.pathname, { BAD_USER_INPUT: 'CAMPAIGN_NOT_FOUND' });
  }
};
