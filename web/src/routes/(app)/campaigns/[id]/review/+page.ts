import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { CampaignReviewDocument } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, url }) => {
  try {
    const { campaign, reviewQueue } = await request(CampaignReviewDocument, { id: params.id });
    return { campaign, ideas: reviewQueue };
  } catch (cause) {
    failLoad(cause, url.pathname, { BAD_USER_INPUT: 'CAMPAIGN_NOT_FOUND' });
  }
};
