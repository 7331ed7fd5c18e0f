import type { Locale } from '@ruche/shared';
import { signOutRequest } from '../auth';
import { request } from '../graphql/client';
import { MeDocument, UpdateMyPreferencesDocument, type MeQuery, type PersonDetailsFragment } from '../graphql/generated';
import { i18n } from '../i18n/i18n.svelte';
import { realtime, type SessionEndReason } from '../realtime/realtime.svelte';

/** The signed-in person and their organisation, loaded once by the (app) layout. */
class Session {
  me = $state<PersonDetailsFragment | null>(null);
  organisation = $state<MeQuery['organisation'] | null>(null);
  private pending: Promise<void> | null = null;
  private onEnded: ((reason: SessionEndReason) => void) | null = null;

  /** Loads `me` unless already loaded; throws ApiError (UNAUTHENTICATED when signed out). */
  load(): Promise<void> {
    if (this.me) return Promise.resolve();
    this.pending ??= request(MeDocument)
      .then((data) => {
        this.me = data.me;
        this.organisation = data.organisation;
        // Signed in, the account's language wins over this device's and the browser's: it is what the person
        // chose (here or on another device), and the profile shows it. This device remembers it for the sign-in page.
        i18n.set(data.me.locale);
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  /**
   * Opens the live connection; `onEnded` runs when the server ends this session (elsewhere or by
   * expiry). When the account changes meanwhile (an administrator changed the role, the department
   * moved), `me` is read again, so what the page offers follows at once.
   */
  connect(onEnded: (reason: SessionEndReason) => void): void {
    this.onEnded = onEnded;
    realtime.connect({
      ended: (reason) => {
        this.clear();
        onEnded(reason);
      },
      updated: () => void this.refresh(),
    });
  }

  /** Reads `me` and the organisation again; a failure keeps what is shown (the next change retries). */
  async refresh(): Promise<void> {
    if (!this.me) return;
    try {
      const data = await request(MeDocument);
      this.me = data.me;
      this.organisation = data.organisation;
    } catch {
      // signed out meanwhile (session:ended handles it) or the server is briefly away
    }
  }

  /** Switches the interface language, remembers it here and, when signed in, on the account. */
  async setLanguage(locale: Locale): Promise<void> {
    i18n.set(locale);
    if (!this.me || this.me.locale === locale) return;
    const { updateMyPreferences } = await request(UpdateMyPreferencesDocument, { input: { locale: locale } });
    this.me = updateMyPreferences;
  }

  clear(): void {
    this.me = null;
    this.organisation = null;
    realtime.disconnect();
  }

  /** Ends the session on the server; returns where the browser goes next (an IdP logout URL), or null. */
  async signOut(): Promise<string | null> {
    // Close the socket first, so the server's `session:ended` for this very sign-out is not handled twice.
    const onEnded = this.onEnded;
    realtime.disconnect();
    try {
      const { redirect } = await signOutRequest();
      this.clear();
      return typeof redirect === 'string' ? redirect : null;
    } catch (error) {
      if (onEnded) this.connect(onEnded);
      throw error;
    }
  }
}

export const session = new Session();
