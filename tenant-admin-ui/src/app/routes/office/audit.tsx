import { useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useAudit } from '@/features/audit/api/get-audit';
import { AuditTable } from '@/features/audit/components/AuditTable';
import { useI18n } from '@/lib/i18n/i18n';
import { useCurrentOffice } from './office-context';

const PAGE_SIZE = 50;

export function AuditRoute() {
  const { t } = useI18n();
  const office = useCurrentOffice();
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const audit = useAudit(office.slug, page, PAGE_SIZE);
  return (
    <>
      <PageHeader title={t('audit.title')}>
        <p>{t('audit.intro')}</p>
      </PageHeader>
      {audit.isPending ? (
        <Loading />
      ) : audit.error ? (
        <ProblemAlert error={audit.error} />
      ) : (
        <>
          <p className="count">{t('audit.count', { count: audit.data.total })}</p>
          <AuditTable records={audit.data.items} />
          <Pagination
            page={page}
            size={PAGE_SIZE}
            total={audit.data.total}
            onPage={(p) => setParams(p ? { page: String(p) } : {})}
          />
        </>
      )}
    </>
  );
}
