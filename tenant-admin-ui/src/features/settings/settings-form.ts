// The settings as the form holds them (text everywhere, '' for nothing) and back.
import { contrastRatio, parseHex } from '@widget/colors';
import type { Settings } from './api/get-settings';

export interface SettingsDraft {
  displayName: string;
  botName: string;
  privacyUrl: string;
  defaultLanguage: string;
  enabledLanguages: string[];
  greetings: Record<string, string>;
  primaryColor: string;
  accentColor: string;
  logoUrl: string;
  email: string;
  phone: string;
  address: string;
  openingHours: string;
  appointmentUrl: string;
  allowedOrigins: string[];
}

export function draftOfSettings(s: Settings): SettingsDraft {
  return {
    displayName: s.displayName,
    botName: s.botName,
    privacyUrl: s.privacyUrl ?? '',
    defaultLanguage: s.defaultLanguage,
    enabledLanguages: [...s.enabledLanguages],
    // In a fixed order: the platform's answers list them in varying order, and the form compares
    // drafts as a whole to know whether anything changed.
    greetings: Object.fromEntries(Object.entries(s.greetings).sort(([a], [b]) => a.localeCompare(b))),
    primaryColor: s.branding?.primaryColor ?? '',
    accentColor: s.branding?.accentColor ?? '',
    logoUrl: s.branding?.logoUrl ?? '',
    email: s.handoff?.email ?? '',
    phone: s.handoff?.phone ?? '',
    address: s.handoff?.address ?? '',
    openingHours: s.handoff?.openingHours ?? '',
    appointmentUrl: s.handoff?.appointmentUrl ?? '',
    allowedOrigins: s.allowedOrigins.length ? [...s.allowedOrigins] : [''],
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/**
 * What goes to the platform: empty optional fields as null, greetings only for offered languages
 * and only when written, empty website rows dropped, and the thresholds untouched.
 */
export function settingsOfDraft(d: SettingsDraft, loaded: Settings): Settings {
  const greetings: Record<string, string> = {};
  for (const language of d.enabledLanguages) {
    const greeting = d.greetings[language]?.trim();
    if (greeting) greetings[language] = greeting;
  }
  return {
    displayName: d.displayName.trim(),
    botName: d.botName.trim(),
    defaultLanguage: d.defaultLanguage,
    enabledLanguages: d.enabledLanguages,
    greetings,
    branding: { primaryColor: orNull(d.primaryColor), accentColor: orNull(d.accentColor), logoUrl: orNull(d.logoUrl) },
    handoff: {
      email: orNull(d.email),
      phone: orNull(d.phone),
      address: orNull(d.address),
      openingHours: orNull(d.openingHours),
      appointmentUrl: orNull(d.appointmentUrl),
    },
    allowedOrigins: d.allowedOrigins.map((o) => o.trim()).filter(Boolean),
    privacyUrl: orNull(d.privacyUrl),
    thresholds: loaded.thresholds,
  };
}

export const AA_TEXT = 4.5;

export type ContrastCheck = { kind: 'invalid' } | { kind: 'ok' | 'low'; ratio: number };

/**
 * The colour against white, as the widget uses both branding colours (white text on the primary
 * colour; the accent colour as text on white) and as the platform checks them on save.
 */
export function contrastOnWhite(color: string): ContrastCheck | null {
  if (!color.trim()) return null;
  if (!parseHex(color)) return { kind: 'invalid' };
  const ratio = contrastRatio(color, '#ffffff');
  return { kind: ratio >= AA_TEXT ? 'ok' : 'low', ratio };
}

/** The ratio as people write it: one decimal, never rounded up past the limit. */
export function formatRatio(ratio: number, locale: string): string {
  const floored = Math.floor(ratio * 10) / 10;
  return floored.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function embedSnippet(origin: string, slug: string): string {
  return `<script src="${origin}/widget/v1/lotse-widget.js" data-tenant="${slug}" async></script>`;
}
