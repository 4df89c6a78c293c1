// An API error as the reader should see it: a sentence in the reader's language for the problem
// type, the platform's own explanation (problem details' detail, which says what to do), and the
// problems that belong to no field on the form as a list.
import { useI18n, type MessageKey, type Translate } from '@/lib/i18n/i18n';
import { de } from '@/lib/i18n/de';
import { isApiError, PLATFORM_TEXT_LANG } from '@/lib/problem';
import { Alert } from './Alert';

export function problemText(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('common.unknownError', { status: '?' });
  if (error.status === 0) return t('common.networkError');
  return error.detail ?? error.title ?? t('common.unknownError', { status: error.status });
}

/** A short sentence for the problem types the app knows; none for others. */
export function problemLead(error: unknown, t: Translate): string | undefined {
  if (!isApiError(error) || error.status === 0) return undefined;
  const key = `problem.${error.kind}`;
  return key in de ? t(key as MessageKey) : undefined;
}

export function ProblemAlert({
  error,
  shownFields = [],
  title,
}: {
  error: unknown;
  /** Fields the form shows inline: their problems are not repeated here. */
  shownFields?: readonly string[];
  title?: string;
}) {
  const { t } = useI18n();
  if (!error) return null;
  const unplaced = isApiError(error) ? error.unplaced(shownFields) : [];
  const fromPlatform = isApiError(error) && error.status !== 0 ? PLATFORM_TEXT_LANG : undefined;
  return (
    <Alert tone="error" title={title ?? problemLead(error, t)}>
      <p lang={fromPlatform}>{problemText(error, t)}</p>
      {unplaced.length ? (
        <ul lang={fromPlatform}>
          {unplaced.map((problem, i) => (
            <li key={i}>
              {problem.entryKey ? <code>{problem.entryKey}</code> : null}
              {problem.entryKey && problem.field ? ' · ' : null}
              {problem.field ? <code>{problem.field}</code> : null}
              {problem.entryKey || problem.field ? ': ' : null}
              {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
