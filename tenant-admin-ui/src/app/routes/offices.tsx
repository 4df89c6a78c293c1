import { Loading } from '@/components/ui/Loading';
import { PageHeader } from '@/components/ui/PageHeader';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useOffices } from '@/features/offices/api/get-offices';
import { OfficesTable } from '@/features/offices/components/OfficesTable';
import { useSession } from '@/lib/auth/auth';
import { maySeeAllOffices } from '@/lib/auth/permissions';
import { useI18n } from '@/lib/i18n/i18n';
import { Forbidden } from './status-pages';

export function OfficesRoute() {
  const { t } = useI18n();
  const session = useSession();
  const offices = useOffices();
  if (!maySeeAllOffices(session)) return <Forbidden />;
  return (
    <>
      <PageHeader title={t('offices.title')}>
        <p>{t('offices.intro')}</p>
      </PageHeader>
      {offices.isPending ? (
        <Loading />
      ) : offices.error ? (
        <ProblemAlert error={offices.error} />
      ) : (
        <OfficesTable offices={offices.data} />
      )}
    </>
  );
}
