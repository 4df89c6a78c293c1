// What the reader sees of an API error. The platform explains its problems in English; the app
// shows its own text in the reader's language instead, chosen by the problem's stable type
// (problem.<type>) and, for a field, by type and field (problem.<type>.<field without positions>).
// For a type or field the app has no text for, the platform's own words are shown.
import { de, type MessageKey } from './i18n/de';
import type { Translate } from './i18n/i18n';
import { fieldPattern, isApiError, PLATFORM_TEXT_LANG, type FieldProblem, type ShownText } from './problem';

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(de, key);
}

/** The problem as a whole: what went wrong and what to do. */
export function problemMessage(error: unknown, t: Translate): ShownText {
  if (!isApiError(error)) return { text: t('common.unknownError', { status: '?' }) };
  if (error.status === 0) return { text: t('common.networkError') };
  const key = `problem.${error.kind}`;
  if (isMessageKey(key)) return { text: t(key) };
  const platform = error.detail ?? error.title;
  return platform
    ? { text: platform, lang: PLATFORM_TEXT_LANG }
    : { text: t('common.unknownError', { status: error.status }) };
}

/**
 * The platform's own explanation when the app showed its own text instead: it can name what the
 * app's text cannot (a revision number, the other office), so it stays at hand for support.
 */
export function platformDetail(error: unknown): string | undefined {
  if (!isApiError(error) || error.status === 0 || !isMessageKey(`problem.${error.kind}`)) return undefined;
  return error.detail;
}

/** One field's problem, for a problem of the given type (ApiError.kind). */
export function fieldProblemMessage(kind: string, problem: FieldProblem, t: Translate): ShownText {
  const key = problem.field ? `problem.${kind}.${fieldPattern(problem.field)}` : '';
  if (isMessageKey(key)) return { text: t(key) };
  return { text: problem.message, lang: PLATFORM_TEXT_LANG };
}

/** The problem with exactly this field in whatever error a mutation holds (or none). */
export function fieldErrorOf(error: unknown, field: string, t: Translate): ShownText | undefined {
  if (!isApiError(error)) return undefined;
  const problem = error.fieldProblem(field);
  return problem ? fieldProblemMessage(error.kind, problem, t) : undefined;
}
