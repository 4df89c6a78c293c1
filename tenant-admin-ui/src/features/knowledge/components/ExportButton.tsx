import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useI18n } from '@/lib/i18n/i18n';
import { useExportKnowledgeBase } from '../api/export-knowledge-base';

export function ExportButton({ slug }: { slug: string }) {
  const { t } = useI18n();
  const download = useExportKnowledgeBase(slug);
  return (
    <div>
      <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate()}>
        {download.isPending ? t('import.exporting') : t('import.export')}
      </button>
      <ProblemAlert error={download.error} />
    </div>
  );
}
