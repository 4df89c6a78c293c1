// An entry as the editor holds it while someone types, and what of it goes to the platform.
import type { Translation } from './api/schemas';

export interface TranslationDraft {
  title: string;
  answer: string;
  /** Sample questions; the editor keeps empty rows while typing, the platform never sees them. */
  questions: string[];
}

export interface EntryDraft {
  key: string;
  category: string;
  translations: Record<string, TranslationDraft>;
}

export function emptyTranslation(): TranslationDraft {
  return { title: '', answer: '', questions: [''] };
}

export function draftOf(entry: {
  key: string;
  category?: string | null;
  translations: Record<string, Translation>;
}): EntryDraft {
  const translations: Record<string, TranslationDraft> = {};
  for (const [language, t] of Object.entries(entry.translations)) {
    translations[language] = {
      title: t.title,
      answer: t.answer,
      questions: t.questions.length ? [...t.questions] : [''],
    };
  }
  return { key: entry.key, category: entry.category ?? '', translations };
}

function isBlank(t: TranslationDraft): boolean {
  return !t.title.trim() && !t.answer.trim() && t.questions.every((q) => !q.trim());
}

/**
 * The translations to send: a language left entirely empty is no translation (so opening a
 * language to look at it adds nothing), except the default language, which every entry needs and
 * whose gaps the platform names field by field.
 */
export function translationsToSend(draft: EntryDraft, defaultLanguage: string): Record<string, Translation> {
  const result: Record<string, Translation> = {};
  for (const [language, t] of Object.entries(draft.translations)) {
    if (language !== defaultLanguage && isBlank(t)) continue;
    result[language] = {
      title: t.title,
      answer: t.answer,
      questions: t.questions.map((q) => q.trim()).filter(Boolean),
    };
  }
  return result;
}

/** Whether the draft differs from what was loaded, in what would be sent. */
export function isChanged(draft: EntryDraft, loaded: EntryDraft, defaultLanguage: string): boolean {
  return (
    draft.key !== loaded.key ||
    draft.category !== loaded.category ||
    JSON.stringify(sorted(translationsToSend(draft, defaultLanguage))) !==
      JSON.stringify(sorted(translationsToSend(loaded, defaultLanguage)))
  );
}

function sorted<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}

/** The API's field path for a part of a translation, as problem details name it. */
export function translationField(language: string, part: 'title' | 'answer' | 'questions', index?: number): string {
  const base = `translations.${language}.${part}`;
  return index === undefined ? base : `${base}[${index}]`;
}

/**
 * Where a question's problem lands: the platform counts only the questions it received (empty
 * rows are dropped before sending), so its index is mapped back to the row on screen.
 */
export function questionRowOfSentIndex(questions: string[], sentIndex: number): number {
  let seen = -1;
  for (let row = 0; row < questions.length; row++) {
    if (questions[row].trim()) seen += 1;
    if (seen === sentIndex) return row;
  }
  return -1;
}
