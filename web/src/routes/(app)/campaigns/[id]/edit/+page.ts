import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { CampaignDocument, CampaignFormDocument } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, url }) => {
  try {
    const [{ campaign }, { departments }] = await Promise.all([request(CampaignDocument, { id: params.id }), request(CampaignFormDocument)]);
    return { campaign, departments };
  } catch (cause) {
    // A malformed id in the address is simply a campaign that does not exist.
    failLoad(cause, url.pathname, { BAD_USER_INPUT: 'CAMPAIGN_NOT_FOUND' });
  }
};
