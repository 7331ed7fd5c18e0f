import { redirect } from '@sveltejs/kit';
import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { IdeaDocument } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, url }) => {
  let idea;
  try {
    idea = (await request(IdeaDocument, { id: params.ideaId })).idea;
  } catch (cause) {
    // A malformed id in the address is simply an idea that does not exist.
    failLoad(cause, url.pathname, { BAD_USER_INPUT: 'IDEA_NOT_FOUND' });
  }
  // A merged idea's page is the page of the idea that absorbed it (same campaign: merges stay in one).
  if (idea.mergedIntoId) redirect(307, `/campaigns/${idea.campaign.id}/ideas/${idea.mergedIntoId}`);
  // An idea reached under another campaign's address (an old link): its own address, same anchor.
  if (idea.campaign.id !== params.id) redirect(307, `/campaigns/${idea.campaign.id}/ideas/${idea.id}${url.search}${url.hash}`);
  return { idea };
};
