import { can } from '@ruche/shared';
import { request } from '$lib/graphql/client';
import { MyReviewCountDocument } from '$lib/graphql/generated';
import type { PersonDetailsFragment } from '$lib/graphql/generated';

/**
 * Whether the shell shows "Reviews": for people the policy lets review ('content.review'), and for
 * anyone with ideas awaiting their review (assigned by a campaign's runners). The count is asked once
 * per signed-in person; the queue page itself always reads it afresh.
 */
class ReviewAccess {
  pending = $state(0);
  private askedFor: string | null = null;

  visible(me: PersonDetailsFragment | null): boolean {
    if (!me) return false;
    if (this.askedFor !== me.id) {
      this.askedFor = me.id;
      request(MyReviewCountDocument)
        .then(({ reviewsAssignedToMe }) => {
          if (this.askedFor === me.id) this.pending = reviewsAssignedToMe.totalCount;
        })
        .catch(() => {
          // The link stays hidden; the page is still reachable by its address.
        });
    }
    return can(me, 'content.review') || this.pending > 0;
  }
}

export const reviewAccess = new ReviewAccess();
