// An API error as the reader should see it: what went wrong and what to do, in the reader's
// language where the app knows the problem's type (the platform's own words otherwise), and the
// problems that belong to no field on the form as a list.
import { useI18n } from '@/lib/i18n/i18n';
import { isApiError, PLATFORM_TEXT_LANG } from '@/lib/problem';
import { fieldProblemMessage, platformDetail, problemMessage } from '@/lib/problem-text';
import { Alert } from './Alert';

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
  const message = problemMessage(error, t);
  const unplaced = isApiError(error)
    ? error.unplaced(shownFields).map((problem) => ({ problem, shown: fieldProblemMessage(error.kind, problem, t) }))
    : [];
  const detail = platformDetail(error);
  return (
    <Alert tone="error" title={title}>
      <p lang={message.lang}>{message.text}</p>
      {unplaced.length ? (
        <ul>
          {unplaced.map(({ problem, shown }, i) => (
            <li key={i}>
              {problem.entryKey ? <code>{problem.entryKey}</code> : null}
              {problem.entryKey && problem.field ? ' · ' : null}
              {problem.field ? <code>{problem.field}</code> : null}
              {problem.entryKey || problem.field ? ': ' : null}
              <span lang={shown.lang}>{shown.text}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {detail ? <PlatformDetail detail={detail} /> : null}
    </Alert>
  );
}

/** The platform's own (English) explanation, folded away: for support, and for the rare case it says more. */
export function PlatformDetail({ detail }: { detail: string }) {
  const { t } = useI18n();
  return (
    <details className="platform-detail">
      <summary>{t('common.platformDetail')}</summary>
      <p lang={PLATFORM_TEXT_LANG}>{detail}</p>
    </details>
  );
}
