import { describe, expect, it } from 'vitest';
import { diffRevisions } from './revision-diff';

const before = {
  key: 'fees',
  category: 'service',
  translations: {
    de: { title: 'Gebühren', answer: 'Die Karte kostet 100 Euro.', questions: ['Was kostet das?', 'Gebühr Karte'] },
  },
};

describe('diffRevisions', () => {
  it('marks the changed words of an answer and nothing of unchanged fields', () => {
    const after = {
      ...before,
      translations: { de: { ...before.translations.de, answer: 'Die Karte kostet 120 Euro.' } },
    };

    const diffs = diffRevisions(before, after);

    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatchObject({ language: 'de', field: 'answer' });
    expect(diffs[0].parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['100']);
    expect(diffs[0].parts.filter((p) => p.added).map((p) => p.value)).toEqual(['120']);
  });

  it('shows sample questions line by line, and a new language and a new category', () => {
    const after = {
      key: 'fees',
      category: 'money',
      translations: {
        de: { ...before.translations.de, questions: ['Was kostet das?', 'Wie teuer ist die Karte?'] },
        en: { title: 'Fees', answer: 'The card costs 100 euros.', questions: [] },
      },
    };

    const diffs = diffRevisions(before, after, ['de', 'en']);

    expect(diffs.map((d) => `${d.language}:${d.field}`)).toEqual([
      'null:category',
      'de:questions',
      'en:title',
      'en:answer',
    ]);
    const questions = diffs[1].parts;
    expect(questions).toContainEqual({ value: 'Gebühr Karte', added: false, removed: true });
    expect(questions).toContainEqual({ value: 'Wie teuer ist die Karte?', added: true, removed: false });
  });

  it('finds no differences between equal revisions', () => {
    expect(diffRevisions(before, structuredClone(before))).toEqual([]);
  });
});
