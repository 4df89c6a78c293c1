import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useI18n } from '@/lib/i18n/i18n';
import { useStatsDownload } from '../api/download-stats';
import { PILOT_REPORT_PATH } from '../api/get-pilot-stats';
import { TabBlockedError, useOpenInTab } from '../api/open-report';

function lastFullMonth(): string {
  const now = new Date();
  const month = new Date(Date.UTC(now.getFullYear(), now.getMonth() - 1, 1));
  return month.toISOString().slice(0, 7);
}

/**
 * The monthly report is a printable page of the platform's: opened in a new tab to print (or save
 * as PDF from the print dialogue), or saved as a file. Both fetch it with the token.
 */
export function MonthlyReportPanel() {
  const { t } = useI18n();
  const [month, setMonth] = useState(lastFullMonth);
  const open = useOpenInTab();
  const download = useStatsDownload();
  const busy = open.isPending || download.isPending || !month;
  return (
    <section className="card" aria-labelledby="stats-report">
      <h2 id="stats-report">{t('stats.report')}</h2>
      <p className="muted">{t('stats.reportHint')}</p>
      <div className="download-row">
        <div className="field">
          <label htmlFor="stats-report-month">{t('stats.reportMonth')}</label>
          <input id="stats-report-month" type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
        </div>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => open.mutate({ path: PILOT_REPORT_PATH, query: { month }, waiting: t('stats.reportOpening') })}
        >
          {t('stats.reportOpen')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() =>
            download.mutate({
              path: PILOT_REPORT_PATH,
              query: { month, download: 'true' },
              fallbackName: `lotse-monatsbericht-${month}.html`,
            })
          }
        >
          {t('stats.reportDownload')}
        </button>
      </div>
      {open.error instanceof TabBlockedError ? (
        <Alert tone="error">
          <p>{t('stats.reportBlocked')}</p>
        </Alert>
      ) : (
        <ProblemAlert error={open.error} />
      )}
      <ProblemAlert error={download.error} />
    </section>
  );
}
