// The widget's own texts in the 19 languages an office can enable: one JSON file per locale, with
// its text direction, bundled into the script so that no further request is needed.
import de from './locales/de.json';

export type TextKey = Exclude<keyof typeof de, 'dir' | 'tag'>;

interface Locale {
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag for lang attributes and Intl when the plain code is ambiguous (sr → sr-Latn). */
  tag?: string;
  [key: string]: string | undefined;
}

const modules = import.meta.glob<Locale>('./locales/*.json', { eager: true, import: 'default' });

export const LOCALES: Record<string, Locale> = Object.fromEntries(
  Object.entries(modules).map(([path, locale]) => [path.replace(/^.*\/(\w+)\.json$/, '$1'), locale]),
);

const FALLBACK = 'en';

export function hasLocale(code: string): boolean {
  return code in LOCALES;
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return (LOCALES[code] ?? LOCALES[FALLBACK]).dir;
}

/** The lang attribute value for a language code. */
export function langTag(code: string): string {
  return LOCALES[code]?.tag ?? code;
}

/** A widget text in the given language ({name} placeholders filled), English when missing. */
export function text(code: string, key: TextKey, vars: Record<string, string | number> = {}): string {
  const template = LOCALES[code]?.[key] ?? LOCALES[FALLBACK][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The name of a language as a reader of another language calls it ("Deutsch" → "German"). */
export function languageName(code: string, inLanguage: string, autonym?: string): string {
  try {
    const names = new Intl.DisplayNames([langTag(inLanguage)], { type: 'language' });
    const name = names.of(code);
    if (name && name !== code) return name;
  } catch {
    // Older browsers lack Intl.DisplayNames; the language's own name will do.
  }
  return autonym ?? code;
}

/**
 * The first of the reader's preferred languages the office offers (matching "de-AT" to "de"),
 * else the office's default.
 */
export function pickLanguage(preferred: readonly string[], offered: readonly string[], fallback: string): string {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (offered.includes(base)) return base;
  }
  return fallback;
}
