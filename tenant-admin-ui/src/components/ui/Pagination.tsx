import { useI18n } from '@/lib/i18n/i18n';

export function Pagination({
  page,
  size,
  total,
  onPage,
}: {
  /** From 0, as the API counts. */
  page: number;
  size: number;
  total: number;
  onPage(page: number): void;
}) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('common.pagination')}>
      <button type="button" className="button secondary" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {t('common.previous')}
      </button>
      <span>{t('common.page', { page: page + 1, pages })}</span>
      <button type="button" className="button secondary" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {t('common.next')}
      </button>
    </nav>
  );
}
