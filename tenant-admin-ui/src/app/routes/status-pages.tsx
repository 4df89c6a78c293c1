import { PageHeader } from '@/components/ui/PageHeader';
import { useI18n } from '@/lib/i18n/i18n';

export function NotFound() {
  const { t } = useI18n();
  return (
    <PageHeader title={t('common.notFoundTitle')}>
      <p>{t('common.notFoundText')}</p>
    </PageHeader>
  );
}

export function Forbidden() {
  const { t } = useI18n();
  return (
    <PageHeader title={t('common.forbiddenTitle')}>
      <p>{t('common.forbiddenText')}</p>
    </PageHeader>
  );
}

export function NoOffice() {
  const { t } = useI18n();
  return (
    <PageHeader title={t('common.noOfficeTitle')}>
      <p>{t('common.noOfficeText')}</p>
    </PageHeader>
  );
}
