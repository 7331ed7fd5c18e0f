import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { CampaignDocument, PairwiseRankingDocument } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, url }) => {
  try {
    const [{ campaign }, { pairwiseRanking }] = await Promise.all([request(CampaignDocument, { id: params.id }), request(PairwiseRankingDocument, { campaignId: params.id })]);
    return { campaign, ranking: pairwiseRanking };
  } catch (cause) {
    failLoad(cause, url.pathname, { BAD_USER_INPUT: 'CAMPAIGN_NOT_FOUND' });
  }
};
