import { PageHeader } from '@/components/ui/PageHeader';
import { ExportButton } from '@/features/knowledge/components/ExportButton';
import { ImportForm } from '@/features/knowledge/components/ImportForm';
import { useI18n } from '@/lib/i18n/i18n';
import { useCurrentOffice } from './office-context';

export function ImportExportRoute() {
  const { t } = useI18n();
  const office = useCurrentOffice();
  return (
    <>
      <PageHeader title={t('import.title')} />
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">{t('import.exportTitle')}</h2>
        <p>{t('import.exportText')}</p>
        <ExportButton slug={office.slug} />
      </section>
      <section className="card" aria-labelledby="import-title">
        <h2 id="import-title">{t('import.importTitle')}</h2>
        <p>{t('import.importText')}</p>
        <ImportForm slug={office.slug} />
      </section>
    </>
  );
}
