// The app's own texts: German first, English second, one module per language with the same keys
// (the compiler checks that every language has every text). More languages: add a module and list
// it in LOCALES.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { de, type MessageKey } from './de';
import { en } from './en';

export const LOCALES = { de, en } as const;
export type Locale = keyof typeof LOCALES;
export const LOCALE_NAMES: Record<Locale, string> = { de: 'Deutsch', en: 'English' };

const STORAGE_KEY = 'lotse-admin:locale';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translate(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template: string = LOCALES[locale][key] ?? de[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The reader's saved choice, else English for readers whose browser prefers it, else German. */
export function initialLocale(storage: Pick<Storage, 'getItem'> | null, preferred: readonly string[]): Locale {
  const saved = storage?.getItem(STORAGE_KEY);
  if (saved && saved in LOCALES) return saved as Locale;
  return preferred[0]?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

interface I18nValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
  /** Dates and times in the reader's language. */
  formatDateTime(value: string | Date): string;
  /** A language code's name in the reader's language ("ar" → "Arabisch"). */
  languageName(code: string): string;
}

const I18nContext = createContext<I18nValue | null>(null);

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(
    () => fixed ?? initialLocale(safeStorage(), navigator.languages ?? [navigator.language]),
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      safeStorage()?.setItem(STORAGE_KEY, next);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  }, []);
  const value = useMemo<I18nValue>(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      names = null;
    }
    return {
      locale,
      setLocale,
      t: (key, vars) => translate(locale, key, vars),
      formatDateTime: (v) => dateTime.format(typeof v === 'string' ? new Date(v) : v),
      languageName: (code) => names?.of(code) ?? code,
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export type { MessageKey };
