import type { NotificationNewEvent, NotificationKind, NotificationPayloads } from '@ruche/shared';
import { errorCodeOf, request, type ClientErrorCode } from '../graphql/client';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  NotificationPreferencesDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
  UpdateNotificationPreferencesDocument,
  type NotificationItemFragment,
  type NotificationPreferencesQuery,
} from '../graphql/generated';
import { realtime } from '../realtime/realtime.svelte';

/** A notification as the web shows it: the API's item with its payload typed by its kind. */
export type NotificationItem = Omit<NotificationItemFragment, 'kind' | 'payload'> &
  { [K in NotificationKind]: { kind: K; payload: NotificationPayloads[K] } }[NotificationKind];

export type NotificationPreference = NotificationPreferencesQuery['notificationPreferences'][number];

const PAGE_SIZE = 20;

/**
 * The signed-in person's notifications: the unread count the bell shows (kept live by the
 * `notification:new` and `notification:unread` socket events) and the list of the /notifications page.
 * Only the latest list request may write the list, as in PeopleList.
 */
class Notifications {
  /** Unread count; null until first known. */
  unread = $state<number | null>(null);
  items = $state<NotificationItem[]>([]);
  unreadOnly = $state(false);
  hasNextPage = $state(false);
  loading = $state(false);
  loadingMore = $state(false);
  /** The list has been loaded at least once (the page is open or was). */
  listed = $state(false);
  error = $state<ClientErrorCode | null>(null);
  private endCursor: string | null = null;
  private generation = 0;
  private stopListening: (() => void) | null = null;

  /** Follows the count for as long as the app shell is shown; returns the function that stops it. */
  start(): () => void {
    if (!this.stopListening) {
      const offNew = realtime.on('notification:new', (event) => this.arrived(event));
      const offUnread = realtime.on('notification:unread', ({ unreadCount }) => {
        this.unread = unreadCount;
        // Everything was read in another tab: show it here too.
        if (unreadCount === 0) this.items = this.items.map((n) => (n.readAt ? n : { ...n, readAt: new Date().toISOString() }));
      });
      this.stopListening = () => {
        offNew();
        offUnread();
      };
    }
    void this.refreshCount();
    return () => this.stop();
  }

  stop(): void {
    this.stopListening?.();
    this.stopListening = null;
    this.generation++;
    this.unread = null;
    this.items = [];
    this.listed = false;
    this.endCursor = null;
    this.hasNextPage = false;
  }

  /** Reads the count again (after a reconnection, events may have been missed); a failure keeps the last one. */
  async refreshCount(): Promise<void> {
    try {
      this.unread = (await request(UnreadNotificationCountDocument)).unreadNotificationCount;
    } catch {
      // signed out meanwhile or the server briefly away: the next event or reconnection corrects it
    }
  }

  private arrived({ notification, unreadCount }: NotificationNewEvent): void {
    this.unread = unreadCount;
    if (!this.listed || this.items.some((n) => n.id === notification.id)) return;
    this.items = [notification as NotificationItem, ...this.items];
  }

  /** Loads the first page (also a retry after an error, or a switch between all and unread). */
  load(unreadOnly = this.unreadOnly): Promise<void> {
    this.unreadOnly = unreadOnly;
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
      const { notifications } = await request(NotificationsDocument, { first: PAGE_SIZE, after, unreadOnly: this.unreadOnly });
      if (mine !== this.generation) return;
      const nodes = notifications.nodes as NotificationItem[];
      // A notification that arrived live while a page loaded may be in both: keep one.
      this.items = after ? [...this.items, ...nodes.filter((n) => !this.items.some((m) => m.id === n.id))] : nodes;
      this.endCursor = notifications.pageInfo.endCursor ?? null;
      this.hasNextPage = notifications.pageInfo.hasNextPage;
      this.listed = true;
    } catch (cause) {
      if (mine === this.generation) this.error = errorCodeOf(cause);
    } finally {
      if (mine === this.generation) this.loading = this.loadingMore = false;
    }
  }

  /** Marks some as read; throws ApiError. */
  async markRead(ids: string[]): Promise<void> {
    const { markNotificationsRead } = await request(MarkNotificationsReadDocument, { ids });
    this.unread = markNotificationsRead.unreadCount;
    const now = new Date().toISOString();
    this.items = this.items.map((n) => (ids.includes(n.id) && !n.readAt ? { ...n, readAt: now } : n));
  }

  /** Marks all as read; returns how many were unread; throws ApiError. */
  async markAllRead(): Promise<number> {
    const { markAllNotificationsRead } = await request(MarkAllNotificationsReadDocument);
    this.unread = markAllNotificationsRead.unreadCount;
    const now = new Date().toISOString();
    this.items = this.items.map((n) => (n.readAt ? n : { ...n, readAt: now }));
    return markAllNotificationsRead.marked;
  }

  async preferences(): Promise<NotificationPreference[]> {
    return (await request(NotificationPreferencesDocument)).notificationPreferences;
  }

  async setPreference(kind: NotificationKind, inApp: boolean): Promise<NotificationPreference[]> {
    return (await request(UpdateNotificationPreferencesDocument, { input: [{ kind, inApp }] })).updateNotificationPreferences;
  }
}

export const notifications = new Notifications();
