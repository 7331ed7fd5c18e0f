import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { CampaignDocument } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

// Only the campaign: the board's ideas follow ?sort= on the page itself, without reloading the campaign.
export const load: PageLoad = async ({ params, url }) => {
  try {
    return await request(CampaignDocument, { id: params.id });
  } catch (cause) {
    // A malformed id in the address is simply a campaign that does not exist.
    failLoad(cause, url.pathname, { BAD_USER_INPUT: 'CAMPAIGN_NOT_FOUND' });
  }
};
