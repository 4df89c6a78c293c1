import { Link, useLocation, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/Alert';
import { Loading } from '@/components/ui/Loading';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useCategories } from '@/features/knowledge/api/get-categories';
import { useEntries } from '@/features/knowledge/api/get-entries';
import { EntryFilters, type Filters } from '@/features/knowledge/components/EntryFilters';
import { EntryTable } from '@/features/knowledge/components/EntryTable';
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { useCurrentOffice } from './office-context';

const PAGE_SIZE = 20;

/** Search and filters live in the address, so a filtered list can be bookmarked and the back button works. */
function filtersOf(params: URLSearchParams): Filters {
  const status = params.get('status');
  return {
    q: params.get('q') ?? '',
    category: params.get('category') ?? '',
    status: status === 'draft' || status === 'published' ? status : '',
    missingLanguage: params.get('missing') ?? '',
  };
}

export function KnowledgeRoute() {
  const { t } = useI18n();
  const office = useCurrentOffice();
  const location = useLocation();
  const flash = (location.state as { flash?: MessageKey } | null)?.flash;
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const entries = useEntries(office.slug, {
    q: filters.q,
    category: filters.category,
    status: filters.status,
    missingLanguage: filters.missingLanguage,
    page,
    size: PAGE_SIZE,
  });
  const categories = useCategories(office.slug);
  const languages = [office.defaultLanguage, ...office.enabledLanguages.filter((l) => l !== office.defaultLanguage)];

  const update = (next: Filters, nextPage = 0) => {
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    if (next.category) search.set('category', next.category);
    if (next.status) search.set('status', next.status);
    if (next.missingLanguage) search.set('missing', next.missingLanguage);
    if (nextPage) search.set('page', String(nextPage));
    setParams(search);
  };

  return (
    <>
      <PageHeader
        title={t('kb.title')}
        actions={
          <Link className="button" to="new">
            {t('kb.new')}
          </Link>
        }
      >
        <p>{t('kb.intro', { bot: office.botName })}</p>
      </PageHeader>
      {flash ? <Alert tone="success">{t(flash)}</Alert> : null}
      <EntryFilters
        value={filters}
        categories={categories.data ?? []}
        languages={languages}
        onChange={(f) => update(f)}
      />
      {entries.isPending ? (
        <Loading />
      ) : entries.error ? (
        <ProblemAlert error={entries.error} />
      ) : (
        <>
          <p className="count" role="status">
            {entries.data.total === 1 ? t('kb.countOne') : t('kb.count', { count: entries.data.total })}
          </p>
          <EntryTable
            slug={office.slug}
            entries={entries.data.items}
            categories={categories.data}
            languageCount={office.enabledLanguages.length}
          />
          <Pagination page={page} size={PAGE_SIZE} total={entries.data.total} onPage={(p) => update(filters, p)} />
        </>
      )}
    </>
  );
}
