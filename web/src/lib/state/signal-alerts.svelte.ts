import type { AlertNewEvent } from '@ruche/shared';
import { ApiError, errorCodeOf, request, type ClientErrorCode } from '$lib/graphql/client';
import { AlertDocument, AlertsDocument, GiveAlertFeedbackDocument, SetAlertStatusDocument, type AlertFeedback, type AlertRowFragment, type AlertStatus } from '$lib/graphql/generated';
import { realtime } from '$lib/realtime/realtime.svelte';

export type AlertRow = AlertRowFragment;
/** The panel shows what is still to handle (open and acknowledged) or what was closed. */
export type AlertsView = 'active' | 'closed';

const PAGE = 20;
const STATUSES: Record<AlertsView, AlertStatus[]> = { active: ['open', 'acknowledged'], closed: ['closed'] };

/**
 * The dashboard's alerts panel: the alerts routed to the viewer (the hub: all), newest first, with
 * their explanation; feedback (once per person, the server says so if given), acknowledge and close;
 * new alerts arriving live (`alert:new`, read back through GraphQL for their samples and rights); an
 * alert opened by its link (`/signals?alert=<id>`) whatever its status. Latest request wins.
 */
export class AlertsPanel {
  alerts = $state<AlertRow[]>([]);
  view = $state<AlertsView>('active');
  loading = $state(true);
  error = $state<ClientErrorCode | null>(null);
  hasMore = $state(false);
  /** The alert opened by the address, shown first and expanded (whatever the view). */
  openedId = $state<string | null>(null);
  opened = $state<AlertRow | null>(null);
  /** Its error when it cannot be shown (gone, or not routed to the viewer). */
  openedError = $state<ClientErrorCode | null>(null);
  /** Alerts that arrived live since the page opened, newest first: what the live region says. */
  arrived = $state<AlertRow[]>([]);
  /** An action under way, per alert. */
  busy = $state<Record<string, boolean>>({});
  /** The last refusal per alert (already given, closed…), shown under its buttons. */
  failures = $state<Record<string, ClientErrorCode>>({});

  private cursors = new Map<AlertStatus, string | null>();
  private generation = 0;

  start(openId: string | null): () => void {
    const off = realtime.on('alert:new', (event) => void this.arrive(event));
    void this.load();
    if (openId) void this.open(openId);
    return () => {
      off();
      this.generation++;
    };
  }

  async setView(view: AlertsView): Promise<void> {
    this.view = view;
    await this.load();
  }

  /** Reads the first page of the view again (per status, merged newest first). */
  async load(): Promise<void> {
    const mine = ++this.generation;
    this.loading = true;
    this.error = null;
    try {
      const pages = await Promise.all(STATUSES[this.view].map((status) => request(AlertsDocument, { first: PAGE, filter: { status } }).then((r) => [status, r.alerts] as const)));
      if (mine !== this.generation) return;
      this.cursors = new Map(pages.map(([status, page]) => [status, page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null]));
      this.hasMore = [...this.cursors.values()].some((c) => c !== null);
      this.alerts = newestFirst(uniqueById(pages.flatMap(([, page]) => page.nodes)));
    } catch (cause) {
      if (mine === this.generation) this.error = errorCodeOf(cause);
    } finally {
      if (mine === this.generation) this.loading = false;
    }
  }

  async loadMore(): Promise<void> {
    const mine = this.generation;
    const pending = [...this.cursors].filter(([, cursor]) => cursor !== null);
    if (pending.length === 0) return;
    try {
      const pages = await Promise.all(pending.map(([status, after]) => request(AlertsDocument, { first: PAGE, after, filter: { status } }).then((r) => [status, r.alerts] as const)));
      if (mine !== this.generation) return;
      for (const [status, page] of pages) this.cursors.set(status, page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
      this.hasMore = [...this.cursors.values()].some((c) => c !== null);
      this.alerts = newestFirst(uniqueById([...this.alerts, ...pages.flatMap(([, page]) => page.nodes)]));
    } catch (cause) {
      if (mine === this.generation) this.error = errorCodeOf(cause);
    }
  }

  /** Shows one alert (from its link) above the list, whatever the view. */
  async open(id: string): Promise<void> {
    this.openedId = id;
    this.opened = null;
    this.openedError = null;
    try {
      const { alert } = await request(AlertDocument, { id });
      if (this.openedId !== id) return;
      this.opened = alert;
    } catch (cause) {
      if (this.openedId === id) this.openedError = errorCodeOf(cause);
    }
  }

  /** A live alert: read back (its samples as this viewer may see them), then listed first. */
  private async arrive(event: AlertNewEvent): Promise<void> {
    if (this.alerts.some((a) => a.id === event.alertId)) return;
    try {
      const { alert } = await request(AlertDocument, { id: event.alertId });
      if (this.alerts.some((a) => a.id === alert.id)) return;
      if (this.view === 'active') this.alerts = [alert, ...this.alerts];
      this.arrived = [alert, ...this.arrived].slice(0, 20);
    } catch {
      // Gone or no longer routed here by the time it was read: nothing to show.
    }
  }

  feedback(id: string, verdict: AlertFeedback): Promise<void> {
    return this.act(id, () => request(GiveAlertFeedbackDocument, { id, verdict }).then((r) => r.giveAlertFeedback));
  }

  setStatus(id: string, status: AlertStatus): Promise<void> {
    return this.act(id, () => request(SetAlertStatusDocument, { id, status }).then((r) => r.setAlertStatus));
  }

  /** One action on one alert at a time; a refusal is shown on the alert and the alert read again (another tab, another person). */
  private async act(id: string, run: () => Promise<AlertRow>): Promise<void> {
    if (this.busy[id]) return;
    this.busy = { ...this.busy, [id]: true };
    const { [id]: _dropped, ...rest } = this.failures;
    this.failures = rest;
    try {
      this.replace(await run());
    } catch (cause) {
      this.failures = { ...this.failures, [id]: errorCodeOf(cause) };
      if (cause instanceof ApiError && cause.code !== 'NETWORK_ERROR') {
        try {
          this.replace((await request(AlertDocument, { id })).alert);
        } catch {
          // The refusal is already shown.
        }
      }
    } finally {
      const { [id]: _done, ...others } = this.busy;
      this.busy = others;
    }
  }

  private replace(alert: AlertRow): void {
    this.alerts = this.alerts.map((a) => (a.id === alert.id ? alert : a));
    this.arrived = this.arrived.map((a) => (a.id === alert.id ? alert : a));
    if (this.opened?.id === alert.id) this.opened = alert;
  }
}

function uniqueById(list: AlertRow[]): AlertRow[] {
  const seen = new Set<string>();
  return list.filter((a) => !seen.has(a.id) && !!seen.add(a.id));
}

/** The newest window first. */
function newestFirst(list: AlertRow[]): AlertRow[] {
  return [...list].sort((a, b) => Date.parse(b.minute) - Date.parse(a.minute) || b.id.localeCompare(a.id));
}
