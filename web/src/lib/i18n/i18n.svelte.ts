import { browser } from '$app/environment';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@ruche/shared';
import type { Locale as GqlLocale } from '../graphql/generated';
import { en } from './en';
import { fr, type Dictionary } from './fr';

const STORAGE_KEY = 'ruche.locale';
const dictionaries: Record<Locale, Dictionary> = { fr, en };

function savedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage disabled (privacy mode, sandboxed frame)
  }
}

function browserLocale(): Locale | null {
  const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of tags) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return null;
}

export const toGqlLocale = (locale: Locale): GqlLocale => (locale === 'en' ? 'EN' : 'FR');
export const fromGqlLocale = (locale: GqlLocale): Locale => (locale === 'EN' ? 'en' : 'fr');

/** Where the current language came from; only a fallback language yields to the account's preference. */
export type LocaleSource = 'saved' | 'browser' | 'fallback';

function initial(): { locale: Locale; source: LocaleSource } {
  if (!browser) return { locale: DEFAULT_LOCALE, source: 'fallback' };
  const saved = savedLocale();
  if (saved) return { locale: saved, source: 'saved' };
  const fromBrowser = browserLocale();
  return fromBrowser ? { locale: fromBrowser, source: 'browser' } : { locale: DEFAULT_LOCALE, source: 'fallback' };
}

/**
 * The interface language: the choice saved on this device, else the browser's languages (fr/en),
 * else (once signed in) the account's preference, else French.
 */
class I18n {
  #initial = initial();
  locale = $state<Locale>(this.#initial.locale);
  source = $state<LocaleSource>(this.#initial.source);
  readonly t: Dictionary = $derived(dictionaries[this.locale]);
  /** BCP 47 tag for Intl formatting. */
  readonly tag = $derived(this.locale === 'en' ? 'en-GB' : 'fr-FR');

  /** `remember`: an explicit choice, saved on this device; otherwise a fallback such as the account's preference. */
  set(locale: Locale, options: { remember: boolean }): void {
    this.locale = locale;
    if (options.remember) this.source = 'saved';
    if (browser) {
      document.documentElement.lang = locale;
      if (options.remember) {
        try {
          localStorage.setItem(STORAGE_KEY, locale);
        } catch {
          // not persisted on this device; the account preference still is when signed in
        }
      }
    }
  }

  /** Department or other bilingual names: picks the field of the current language. */
  pick(value: { nameFr: string; nameEn: string }): string {
    return this.locale === 'en' ? value.nameEn : value.nameFr;
  }
}

export const i18n = new I18n();
if (browser) document.documentElement.lang = i18n.locale;
