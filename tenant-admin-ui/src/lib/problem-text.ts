// What the reader sees of an API error. The platform explains its problems in English; the app
// shows its own text in the reader's language instead, chosen by the problem's stable type
// (problem.<type>) and, for a field, by the field problem's code with its parameters filled in
// (kbProblem.<code>), else by type and field (problem.<type>.<field without positions>). For a
// type, code or field the app has no text for, the platform's own words are shown.
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
  const byCode = codeText(problem, t);
  if (byCode) return { text: byCode };
  const key = problem.field ? `problem.${kind}.${fieldPattern(problem.field)}` : '';
  if (isMessageKey(key)) return { text: t(key) };
  return { text: problem.message, lang: PLATFORM_TEXT_LANG };
}

// Parameters whose values are words of the platform's (ValueKind.java), shown in the reader's words.
const KIND_PARAMS = new Set(['expected', 'actual']);

/**
 * The app's text for the problem's code with its parameters filled in; an optional parameter the
 * text does not name (a position, a corrected form) adds its own sentence (kbProblem.with.<name>).
 * Undefined when the app has no text for the code, or the platform left out a value the text needs.
 */
function codeText(problem: FieldProblem, t: Translate): string | undefined {
  const key = problem.code ? `kbProblem.${problem.code}` : '';
  if (!isMessageKey(key)) return undefined;
  const params = problem.params ?? {};
  const vars = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, paramText(name, value, t)]));
  const sentences = [filled(key, vars, t)];
  for (const name of Object.keys(params)) {
    const addition = `kbProblem.with.${name}`;
    if (!placeholders(t(key)).includes(name) && isMessageKey(addition)) sentences.push(filled(addition, vars, t));
  }
  return sentences.every((s) => s !== undefined) ? sentences.join(' ') : undefined;
}

/** The names a text's placeholders ask for: "{length} of {max}" → ["length", "max"]. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

function filled(key: MessageKey, vars: Record<string, string>, t: Translate): string | undefined {
  return placeholders(t(key)).every((name) => name in vars) ? t(key, vars) : undefined;
}

function paramText(name: string, value: unknown, t: Translate): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'number') return groupDigits(value);
  const text = String(value);
  const kind = `kbProblem.kind.${text}`;
  return KIND_PARAMS.has(name) && isMessageKey(kind) ? t(kind) : text;
}

/** 20000 → "20 000" (narrow no-break spaces): readable in German and English alike; four digits stay as they are. */
function groupDigits(value: number): string {
  const digits = String(value);
  return Math.abs(value) < 10_000 ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/** The problem with exactly this field in whatever error a mutation holds (or none). */
export function fieldErrorOf(error: unknown, field: string, t: Translate): ShownText | undefined {
  if (!isApiError(error)) return undefined;
  const problem = error.fieldProblem(field);
  return problem ? fieldProblemMessage(error.kind, problem, t) : undefined;
}
