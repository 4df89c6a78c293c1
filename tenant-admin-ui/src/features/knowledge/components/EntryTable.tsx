import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n';
import type { Category, EntrySummary } from '../api/schemas';
import { categoryTitleOf } from './category-title';
import { EntryStatusBadge } from './EntryStatusBadge';

export function EntryTable({
  slug,
  entries,
  categories,
  languageCount,
}: {
  slug: string;
  entries: EntrySummary[];
  categories: Category[] | undefined;
  languageCount: number;
}) {
  const { t, locale, formatDateTime } = useI18n();
  if (!entries.length) return <p>{t('kb.empty')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('kb.col.title')}</th>
            <th scope="col">{t('kb.col.category')}</th>
            <th scope="col">{t('kb.col.status')}</th>
            <th scope="col">{t('kb.col.languages')}</th>
            <th scope="col">{t('kb.col.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.key}>
              <th scope="row">
                <Link to={`/o/${slug}/knowledge/${encodeURIComponent(entry.key)}`}>{entry.title || entry.key}</Link>
                <div className="muted">
                  <code>{entry.key}</code>
                </div>
              </th>
              <td>{categoryTitleOf(categories, entry.category, locale)}</td>
              <td>
                <EntryStatusBadge status={entry.status} publishedRevision={entry.publishedRevision} />
              </td>
              <td>
                <span title={entry.languages.join(', ')}>
                  {t('kb.languagesOf', { count: entry.languages.length, total: languageCount })}
                </span>
                <div className="muted languages-list">{entry.languages.join(' · ')}</div>
              </td>
              <td>{formatDateTime(entry.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
