import { useI18n } from '@/lib/i18n/i18n';
import { PLATFORM_TEXT_LANG, type FieldProblem } from '@/lib/problem';

/** Every problem of a refused file, with the entry and the place in the file it is about. */
export function ImportErrorReport({ problems }: { problems: FieldProblem[] }) {
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
          {problems.map((problem, i) => (
            <tr key={i}>
              <td>{problem.entryKey ? <code>{problem.entryKey}</code> : t('common.none')}</td>
              <td>{problem.field ? <code>{problem.field}</code> : t('common.none')}</td>
              <td lang={PLATFORM_TEXT_LANG}>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
