import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { ModerationQueueDocument, type ModerationStatus } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

const STATUSES: ModerationStatus[] = ['all', 'flagged', 'hidden'];

export const load: PageLoad = async ({ url }) => {
  const asked = url.searchParams.get('status') as ModerationStatus | null;
  const status = asked && STATUSES.includes(asked) ? asked : 'all';
  try {
    const queue = (await request(ModerationQueueDocument, { status, first: 100 })).moderationQueue;
    return { queue, status };
  } catch (cause) {
    failLoad(cause, url.pathname + url.search);
  }
};
