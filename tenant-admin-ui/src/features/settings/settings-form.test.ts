import { describe, expect, it } from 'vitest';
import type { Settings } from './api/get-settings';
import { contrastOnWhite, draftOfSettings, embedSnippet, formatRatio, settingsOfDraft } from './settings-form';

const settings: Settings = {
  displayName: 'Landratsamt Rosenheim',
  botName: 'Mila',
  defaultLanguage: 'de',
  enabledLanguages: ['de', 'en'],
  greetings: { de: 'Hallo!' },
  branding: { primaryColor: '#00528c', accentColor: '#0a6ebd', logoUrl: null },
  handoff: { email: 'abh@example.org', phone: null, address: null, openingHours: null, appointmentUrl: null },
  allowedOrigins: ['https://www.example.org'],
  privacyUrl: null,
  thresholds: { answer: 0.5, clarifyMargin: 0.1, fallback: 0.2, confident: 0.8, confidentLead: 0.2 },
};

describe('settings form', () => {
  it('sends empty fields as null, drops greetings of languages no longer offered, keeps the thresholds', () => {
    const draft = draftOfSettings(settings);
    draft.greetings.en = '  ';
    draft.enabledLanguages = ['de'];
    draft.greetings.fr = 'Bonjour';
    draft.allowedOrigins = ['https://www.example.org', ' '];
    draft.phone = ' ';

    const sent = settingsOfDraft(draft, settings);

    expect(sent.greetings).toEqual({ de: 'Hallo!' });
    expect(sent.allowedOrigins).toEqual(['https://www.example.org']);
    expect(sent.handoff?.phone).toBeNull();
    expect(sent.thresholds).toEqual(settings.thresholds);
  });

  it('holds the greetings in a fixed order, whatever order the platform sent them in', () => {
    const reordered = { ...settings, greetings: { en: 'Hello!', de: 'Hallo!' } };
    const sorted = { ...settings, greetings: { de: 'Hallo!', en: 'Hello!' } };

    expect(JSON.stringify(draftOfSettings(reordered))).toBe(JSON.stringify(draftOfSettings(sorted)));
  });

  it('checks a branding colour against white as the platform does (WCAG AA 4.5:1)', () => {
    expect(contrastOnWhite('#00528c')).toMatchObject({ kind: 'ok' });
    expect(contrastOnWhite('#8fb8e8')).toMatchObject({ kind: 'low' });
    expect(contrastOnWhite('blue')).toEqual({ kind: 'invalid' });
    expect(contrastOnWhite('')).toBeNull();
  });

  it('never rounds a ratio up past the limit', () => {
    expect(formatRatio(4.49, 'de')).toBe('4,4');
    expect(formatRatio(4.5, 'en')).toBe('4.5');
  });

  it('builds the embed snippet with the platform origin and the office', () => {
    expect(embedSnippet('https://lotse.example', 'rosenheim')).toBe(
      '<script src="https://lotse.example/widget/v1/lotse-widget.js" data-tenant="rosenheim" async></script>',
    );
  });
});
