import { browser } from '$app/environment';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@ruche/shared';
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

function initial(): Locale {
  if (!browser) return DEFAULT_LOCALE;
  return savedLocale() ?? browserLocale() ?? DEFAULT_LOCALE;
}

/**
 * The interface language. Before sign-in: the choice saved on this device, else the browser's languages
 * (fr/en), else French. Once signed in, the account's preference replaces it (see Session.load).
 */
class I18n {
  locale = $state<Locale>(initial());
  readonly t: Dictionary = $derived(dictionaries[this.locale]);
  /** BCP 47 tag for Intl formatting. */
  readonly tag = $derived(this.locale === 'en' ? 'en-GB' : 'fr-FR');

  /** Switches the interface and remembers the language on this device, for the next visit before sign-in. */
  set(locale: Locale): void {
    this.locale = locale;
    if (!browser) return;
    document.documentElement.lang = locale;
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // not persisted on this device; the account preference still is when signed in
    }
  }

  /** Department or other bilingual names: picks the field of the current language. */
  pick(value: { nameFr: string; nameEn: string }): string {
    return this.locale === 'en' ? value.nameEn : value.nameFr;
  }
}

export const i18n = new I18n();
if (browser) document.documentElement.lang = i18n.locale;
