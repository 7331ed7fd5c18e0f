import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { CampaignDocument } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

// The campaign only: the pair is drawn by the page itself, so that answering does not reload the campaign.
export const load: PageLoad = async ({ params, url }) => {
  try {
    return await request(CampaignDocument, { id: params.id });
  } catch (cause) {
    failLoad(cause, url.pathname, { BAD_USER_INPUT: 'CAMPAIGN_NOT_FOUND' });
  }
};
