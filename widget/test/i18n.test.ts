import { describe, expect, it } from 'vitest';
import { directionOf, langTag, LOCALES, pickLanguage, text } from '../src/i18n';

const ALL = [
  'de',
  'en',
  'ar',
  'fa',
  'ps',
  'tr',
  'ku',
  'uk',
  'ru',
  'pl',
  'ro',
  'bg',
  'sr',
  'sq',
  'fr',
  'es',
  'it',
  'vi',
  'ti',
];

describe('locales', () => {
  it('has a locale file for each of the 19 languages an office can enable', () => {
    expect(Object.keys(LOCALES).sort()).toEqual([...ALL].sort());
  });

  it.each(ALL)('%s has every text of the German locale, with the same placeholders', (code) => {
    const reference = LOCALES.de;
    const locale = LOCALES[code];
    const keys = (l: object) =>
      Object.keys(l)
        .filter((k) => k !== 'tag')
        .sort();
    expect(keys(locale)).toEqual(keys(reference));
    for (const key of keys(reference)) {
      const placeholders = (s: string | undefined) => (s ?? '').match(/\{\w+\}/g)?.sort() ?? [];
      expect(placeholders(locale[key]), `${code}.${key}`).toEqual(placeholders(reference[key]));
      expect(locale[key]?.trim(), `${code}.${key}`).toBeTruthy();
    }
  });

  it('writes Arabic, Farsi and Pashto right to left, the others left to right', () => {
    expect(ALL.filter((code) => directionOf(code) === 'rtl').sort()).toEqual(['ar', 'fa', 'ps']);
  });

  it('keeps the widget texts short enough for a 320 px wide panel', () => {
    for (const code of ALL) {
      for (const key of [
        'launcher',
        'send',
        'yes',
        'no',
        'retry',
        'newChat',
        'language',
        'contact',
        'privacy',
      ] as const) {
        expect(LOCALES[code][key]!.length, `${code}.${key}`).toBeLessThanOrEqual(32);
      }
    }
  });

  it('tags Serbian as written in Latin script', () => {
    expect(langTag('sr')).toBe('sr-Latn');
    expect(langTag('de')).toBe('de');
  });
});

describe('text', () => {
  it('fills placeholders', () => {
    expect(text('de', 'greeting', { bot: 'Mila' })).toBe('Hallo, ich bin Mila. Wie kann ich Ihnen helfen?');
    expect(text('ar', 'rateLimited', { seconds: 12 })).toContain('12');
  });

  it('falls back to English for an unknown language', () => {
    expect(text('xx', 'send')).toBe('Send');
  });
});

describe('pickLanguage', () => {
  it('takes the first preferred language the office offers, ignoring regions', () => {
    expect(pickLanguage(['fr-CH', 'ar-SY', 'de'], ['de', 'en', 'ar'], 'de')).toBe('ar');
  });

  it('falls back to the office default', () => {
    expect(pickLanguage(['ja-JP'], ['de', 'en'], 'de')).toBe('de');
    expect(pickLanguage([], ['de', 'en'], 'en')).toBe('en');
  });
});
