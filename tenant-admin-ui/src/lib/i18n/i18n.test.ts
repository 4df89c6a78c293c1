import { describe, expect, it } from 'vitest';
import { initialLocale, translate } from './i18n';

describe('i18n', () => {
  it('starts in German, in English for readers whose browser prefers it, and keeps a saved choice', () => {
    const none = { getItem: () => null };

    expect(initialLocale(none, ['de-DE', 'en'])).toBe('de');
    expect(initialLocale(none, ['en-GB', 'de'])).toBe('en');
    expect(initialLocale(none, ['ar'])).toBe('de');
    expect(initialLocale({ getItem: () => 'en' }, ['de-DE'])).toBe('en');
  });

  it('fills placeholders', () => {
    expect(translate('de', 'kb.count', { count: 12 })).toBe('12 Einträge');
    expect(translate('en', 'kb.intro', { bot: 'Mila' })).toMatch(/^The answers Mila gives\./);
  });
});
