import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { MyReviewQueueDocument } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

export const PAGE_SIZE = 50;

export const load: PageLoad = async ({ url }) => {
  try {
    const { reviewsAssignedToMe } = await request(MyReviewQueueDocument, { first: PAGE_SIZE });
    return { queue: reviewsAssignedToMe };
  } catch (cause) {
    failLoad(cause, url.pathname);
  }
};
