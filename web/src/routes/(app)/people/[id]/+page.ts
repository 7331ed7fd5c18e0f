import { failLoad } from '$lib/graphql/load-error';
import { request } from '$lib/graphql/client';
import { PersonDocument } from '$lib/graphql/generated';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, url }) => {
  try {
    return (await request(PersonDocument, { id: params.id })).user;
  } catch (cause) {
    // A malformed id in the address is simply a person that does not exist.
    failLoad(cause, url.pathname, { BAD_USER_INPUT: 'USER_NOT_FOUND' });
  }
};
