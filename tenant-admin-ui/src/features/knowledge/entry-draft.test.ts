import { describe, expect, it } from 'vitest';
import { draftOf, isChanged, questionRowOfSentIndex, translationsToSend, type EntryDraft } from './entry-draft';

const loaded = draftOf({
  key: 'lost-passport',
  category: 'documents',
  translations: { de: { title: 'Pass verloren', answer: 'Melden Sie es.', questions: ['Pass weg?'] } },
});

describe('entry draft', () => {
  it('sends no translation for a language opened but left empty, and drops empty question rows', () => {
    const draft: EntryDraft = {
      ...loaded,
      translations: {
        de: { title: 'Pass verloren', answer: 'Melden Sie es.', questions: ['Pass weg?', '  ', ''] },
        en: { title: '', answer: '', questions: [''] },
      },
    };

    expect(translationsToSend(draft, 'de')).toEqual({
      de: { title: 'Pass verloren', answer: 'Melden Sie es.', questions: ['Pass weg?'] },
    });
  });

  it('always sends the default language, even empty, so the platform can name what is missing', () => {
    const draft: EntryDraft = {
      key: 'x',
      category: '',
      translations: { de: { title: '', answer: '', questions: [''] } },
    };

    expect(translationsToSend(draft, 'de')).toEqual({ de: { title: '', answer: '', questions: [] } });
  });

  it('counts as unchanged what would send the same, and as changed a new answer', () => {
    const withEmptyRow = {
      ...loaded,
      translations: { de: { ...loaded.translations.de, questions: ['Pass weg?', ''] } },
    };
    const edited = { ...loaded, translations: { de: { ...loaded.translations.de, answer: 'Neu.' } } };

    expect(isChanged(withEmptyRow, loaded, 'de')).toBe(false);
    expect(isChanged(edited, loaded, 'de')).toBe(true);
  });

  it('maps the platform’s question index (empty rows not sent) back to the row on screen', () => {
    const rows = ['Erste', '', 'Zweite', 'Dritte'];

    expect(questionRowOfSentIndex(rows, 0)).toBe(0);
    expect(questionRowOfSentIndex(rows, 1)).toBe(2);
    expect(questionRowOfSentIndex(rows, 2)).toBe(3);
    expect(questionRowOfSentIndex(rows, 3)).toBe(-1);
  });
});
