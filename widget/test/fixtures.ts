import type { ChatReply, TenantConfig } from '../src/api';

export const CONFIG: TenantConfig = {
  slug: 'testamt',
  displayName: 'Testamt – Ausländerbehörde',
  botName: 'Mila',
  defaultLanguage: 'de',
  languages: [
    { code: 'de', name: 'Deutsch', dir: 'ltr' },
    { code: 'en', name: 'English', dir: 'ltr' },
    { code: 'ar', name: 'العربية', dir: 'rtl' },
  ],
  greetings: { de: 'Hallo, ich bin Mila vom Testamt.' },
  branding: { primaryColor: '#00528c', accentColor: '#0a6ebd', logoUrl: null },
  handoff: {
    email: 'amt@example.org',
    phone: '+49 8031 392-0',
    address: 'Amtsweg 1, 83022 Rosenheim',
    openingHours: 'Mo–Fr 8–12',
    appointmentUrl: 'https://termine.example.org',
  },
  privacyUrl: 'https://example.org/datenschutz',
};

export function answer(overrides: Partial<ChatReply> = {}): ChatReply {
  return {
    messageId: 'a0000000-0000-0000-0000-000000000001',
    conversationId: 'c0000000-0000-0000-0000-000000000001',
    type: 'answer',
    language: 'de',
    languageFallback: false,
    entryKey: 'appointment',
    title: 'Termin vereinbaren',
    answer: 'Termine gibt es **nur online**:\n- [Portal](https://termine.example.org)',
    suggestions: [],
    handoff: null,
    ...overrides,
  };
}

export function clarify(): ChatReply {
  return answer({
    type: 'clarify',
    entryKey: null,
    title: null,
    answer: null,
    suggestions: [
      { entryKey: 'study', title: 'Aufenthaltserlaubnis zum Studium' },
      { entryKey: 'extend', title: 'Aufenthaltstitel verlängern' },
    ],
  });
}

export function fallback(): ChatReply {
  return answer({ type: 'fallback', entryKey: null, title: null, answer: null, handoff: CONFIG.handoff });
}
