import { useI18n } from '@/lib/i18n/i18n';
import type { EntryStatus } from '../api/schemas';

/** Published, or a draft — and whether an older version is what citizens see meanwhile. */
export function EntryStatusBadge({
  status,
  publishedRevision,
}: {
  status: EntryStatus;
  publishedRevision?: number | null;
}) {
  const { t } = useI18n();
  if (status === 'published') return <span className="badge badge-published">{t('kb.status.published')}</span>;
  return (
    <span className="badge badge-draft">
      {publishedRevision ? t('kb.status.unpublishedChanges') : t('kb.status.neverPublished')}
    </span>
  );
}
