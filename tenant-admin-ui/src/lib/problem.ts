// RFC 9457 problem details as the platform sends them: a stable type, a detail that says what to
// do, and errors naming the offending field (and, for knowledge-base problems, the entry).
import { z } from 'zod';

/** The platform writes its problem texts in English: marked so, screen readers pronounce them right. */
export const PLATFORM_TEXT_LANG = 'en';

export const fieldProblemSchema = z.object({
  field: z.string().nullish(),
  message: z.string(),
  entryKey: z.string().nullish(),
  /** What is wrong as a stable word (knowledge-base problems: ProblemCode.java), e.g. "too-long". */
  code: z.string().nullish(),
  /** The values the code's text needs, e.g. { length: 250, max: 200 }; read leniently, see problem-text. */
  params: z.record(z.string(), z.unknown()).nullish(),
});
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

export const problemSchema = z.looseObject({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.number().optional(),
  detail: z.string().optional(),
  errors: z.array(fieldProblemSchema).optional(),
});

/** Why an API call failed. {@code status} 0 means the platform could not be reached at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title?: string;
  readonly detail?: string;
  readonly errors: FieldProblem[];

  constructor(status: number, problem: z.infer<typeof problemSchema> = {}) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
  }

  /** The problem type's last part, e.g. "revision-conflict" for urn:lotse:problem:revision-conflict. */
  get kind(): string {
    return this.type.startsWith('urn:lotse:problem:') ? this.type.slice('urn:lotse:problem:'.length) : this.type;
  }

  /** The problem with exactly this field, e.g. "translations.de.answer". */
  fieldProblem(field: string): FieldProblem | undefined {
    return this.errors.find((e) => e.field === field);
  }

  /** Problems that belong to no field the form shows: they go into the summary at the top. */
  unplaced(shownFields: readonly string[]): FieldProblem[] {
    return this.errors.filter((e) => !e.field || !shownFields.includes(e.field));
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * A text to show: in the reader's language (no lang) when the app has one, else the platform's own
 * English text, marked so that screen readers pronounce it right.
 */
export interface ShownText {
  text: string;
  lang?: string;
}

/** "groups[2][1]" → "groups[][]": the app's texts for a field name it without its positions. */
export function fieldPattern(field: string): string {
  return field.replace(/\[\d+\]/g, '[]');
}
