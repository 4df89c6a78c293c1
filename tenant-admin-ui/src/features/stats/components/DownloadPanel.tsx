import { useState } from 'react';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { useStatsDownload, type CsvFormat } from '../api/download-stats';

/** Pick a table, then download it as CSV or as CSV for Excel (semicolons, decimal comma). */
export function DownloadPanel({
  path,
  tables,
  query,
  fallbackName,
}: {
  path: string;
  tables: string[];
  query: Record<string, string | undefined>;
  fallbackName: string;
}) {
  const { t } = useI18n();
  const [table, setTable] = useState(tables[0]);
  const download = useStatsDownload();
  const get = (format: CsvFormat) =>
    download.mutate({ path, query: { ...query, table, format }, fallbackName: `${fallbackName}-${table}.csv` });
  return (
    <section className="card download-panel" aria-labelledby="stats-downloads">
      <h2 id="stats-downloads">{t('stats.downloads')}</h2>
      <div className="download-row">
        <div className="field">
          <label htmlFor="stats-table">{t('stats.table')}</label>
          <select id="stats-table" value={table} onChange={(e) => setTable(e.target.value)}>
            {tables.map((name) => (
              <option key={name} value={name}>
                {t(`stats.table.${name}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button secondary" disabled={download.isPending} onClick={() => get('csv')}>
          {t('stats.downloadCsv')}
        </button>
        <button type="button" className="button secondary" disabled={download.isPending} onClick={() => get('excel')}>
          {t('stats.downloadExcel')}
        </button>
      </div>
      <ProblemAlert error={download.error} />
    </section>
  );
}
