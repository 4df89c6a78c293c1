// What changed between two revisions of an entry, field by field and language by language, with
// word-level changes for texts and line-level changes for the sample questions.
import { diffArrays, diffWords } from 'diff';
import type { EntryContent, Translation } from './api/schemas';

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export type DiffField = 'category' | 'title' | 'answer' | 'questions';

export interface FieldDiff {
  /** Null for the category, which belongs to no language. */
  language: string | null;
  field: DiffField;
  parts: DiffPart[];
}

function words(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({ value: c.value, added: !!c.added, removed: !!c.removed }));
}

/** One part per question, so each added or removed question reads as its own line. */
function lines(before: string[], after: string[]): DiffPart[] {
  return diffArrays(before, after).flatMap((c) =>
    c.value.map((value) => ({ value, added: !!c.added, removed: !!c.removed })),
  );
}

const EMPTY: Translation = { title: '', answer: '', questions: [] };

/** The changed fields only; an empty list when the two revisions say the same. */
export function diffRevisions(
  before: EntryContent | null | undefined,
  after: EntryContent | null | undefined,
  languageOrder: readonly string[] = [],
): FieldDiff[] {
  const result: FieldDiff[] = [];
  const oldCategory = before?.category ?? '';
  const newCategory = after?.category ?? '';
  if (oldCategory !== newCategory)
    result.push({ language: null, field: 'category', parts: words(oldCategory, newCategory) });

  const languages = new Set([...Object.keys(before?.translations ?? {}), ...Object.keys(after?.translations ?? {})]);
  const rank = (code: string) => {
    const index = languageOrder.indexOf(code);
    return index < 0 ? languageOrder.length : index;
  };
  for (const language of [...languages].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))) {
    const old = before?.translations[language] ?? EMPTY;
    const now = after?.translations[language] ?? EMPTY;
    if (old.title !== now.title) result.push({ language, field: 'title', parts: words(old.title, now.title) });
    if (old.answer !== now.answer) result.push({ language, field: 'answer', parts: words(old.answer, now.answer) });
    if (JSON.stringify(old.questions) !== JSON.stringify(now.questions)) {
      result.push({ language, field: 'questions', parts: lines(old.questions, now.questions) });
    }
  }
  return result;
}
