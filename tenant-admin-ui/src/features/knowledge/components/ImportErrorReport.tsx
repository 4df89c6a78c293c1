import { useI18n } from '@/lib/i18n/i18n';
import type { FieldProblem } from '@/lib/problem';
import { fieldProblemMessage } from '@/lib/problem-text';

/**
 * Every problem of a refused file, with the entry and the place in the file it is about; each in
 * the reader's language where the app knows the problem's code.
 */
export function ImportErrorReport({ kind, problems }: { kind: string; problems: FieldProblem[] }) {
  const { t } = useI18n();
  if (!problems.length) return null;
  return (
    <div className="table-wrap">
      <table className="import-errors">
        <caption>{t('import.errors', { count: problems.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.entry')}</th>
            <th scope="col">{t('import.col.field')}</th>
            <th scope="col">{t('import.col.message')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, i) => {
            const shown = fieldProblemMessage(kind, problem, t);
            return (
              <tr key={i}>
                <td>{problem.entryKey ? <code>{problem.entryKey}</code> : t('common.none')}</td>
                <td>{problem.field ? <code>{problem.field}</code> : t('common.none')}</td>
                <td lang={shown.lang}>{shown.text}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
