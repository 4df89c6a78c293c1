import { PageHeader } from '@/components/ui/PageHeader';
import { TryItPanel } from '@/features/try-it/components/TryItPanel';
import { useI18n } from '@/lib/i18n/i18n';
import { useCurrentOffice } from './office-context';

export function TryItRoute() {
  const { t } = useI18n();
  const office = useCurrentOffice();
  return (
    <>
      <PageHeader title={t('try.title')}>
        <p>{t('try.intro')}</p>
      </PageHeader>
      <TryItPanel slug={office.slug} office={office} />
    </>
  );
}
