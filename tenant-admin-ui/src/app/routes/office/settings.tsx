import { Loading } from '@/components/ui/Loading';
import { PageHeader } from '@/components/ui/PageHeader';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useSettings } from '@/features/settings/api/get-settings';
import { SettingsForm } from '@/features/settings/components/SettingsForm';
import { useI18n } from '@/lib/i18n/i18n';
import { useCurrentOffice } from './office-context';

export function SettingsRoute() {
  const { t } = useI18n();
  const office = useCurrentOffice();
  const settings = useSettings(office.slug);
  return (
    <>
      <PageHeader title={t('settings.title')} />
      {settings.isPending ? (
        <Loading />
      ) : settings.error ? (
        <ProblemAlert error={settings.error} />
      ) : (
        <SettingsForm slug={office.slug} settings={settings.data} />
      )}
    </>
  );
}
