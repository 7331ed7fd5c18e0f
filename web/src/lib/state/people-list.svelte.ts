import { errorCodeOf, request, type ClientErrorCode } from '$lib/graphql/client';
import { DirectoryPeopleDocument, type PersonSummaryFragment, type Role } from '$lib/graphql/generated';

export interface PeopleFilters {
  search?: string;
  departmentId?: string;
  role?: Role;
}

/** Pause after typing before the server search runs. */
export const SEARCH_DELAY_MS = 250;

/**
 * A paged, filtered list of people from the `users` query, as the directory and the roles admin show it.
 * Only the latest request may write the list: a slow early answer never replaces a newer one.
 */
export class PeopleList {
  people = $state<PersonSummaryFragment[]>([]);
  total = $state<number | null>(null);
  hasNextPage = $state(false);
  loading = $state(false);
  loadingMore = $state(false);
  error = $state<ClientErrorCode | null>(null);
  private endCursor: string | null = null;
  private filters: PeopleFilters = {};
  private generation = 0;

  constructor(private readonly pageSize = 20) {}

  /** Loads the first page for these filters (also a retry after an error). */
  load(filters: PeopleFilters = this.filters): Promise<void> {
    this.filters = filters;
    return this.fetch(null);
  }

  loadMore(): Promise<void> {
    if (!this.endCursor || this.loadingMore) return Promise.resolve();
    return this.fetch(this.endCursor);
  }

  private async fetch(after: string | null): Promise<void> {
    const mine = ++this.generation;
    this.error = null;
    if (after) this.loadingMore = true;
    else this.loading = true;
    try {
      const { users } = await request(DirectoryPeopleDocument, { ...this.filters, first: this.pageSize, after });
      if (mine !== this.generation) return;
      this.people = after ? [...this.people, ...users.nodes] : users.nodes;
      this.total = users.totalCount;
      this.endCursor = users.pageInfo.endCursor ?? null;
      this.hasNextPage = users.pageInfo.hasNextPage;
    } catch (cause) {
      if (mine === this.generation) this.error = errorCodeOf(cause);
    } finally {
      if (mine === this.generation) this.loading = this.loadingMore = false;
    }
  }
}
