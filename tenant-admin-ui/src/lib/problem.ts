// RFC 9457 problem details as the platform sends them: a stable type, a detail that says what to
// do, and errors naming the offending field (and, for knowledge-base problems, the entry).
import { z } from 'zod';

/** The platform writes its problem texts in English: marked so, screen readers pronounce them right. */
export const PLATFORM_TEXT_LANG = 'en';

export const fieldProblemSchema = z.object({
  field: z.string().nullish(),
  message: z.string(),
  entryKey: z.string().nullish(),
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

  /** The message for exactly this field, e.g. "translations.de.answer". */
  fieldError(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }

  /** Problems that belong to no field the form shows: they go into the summary at the top. */
  unplaced(shownFields: readonly string[]): FieldProblem[] {
    return this.errors.filter((e) => !e.field || !shownFields.includes(e.field));
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Finds the field's message in whatever error a mutation holds (or none). */
export function fieldErrorOf(error: unknown, field: string): string | undefined {
  return isApiError(error) ? error.fieldError(field) : undefined;
}
