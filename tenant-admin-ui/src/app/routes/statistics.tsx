import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { PageHeader } from '@/components/ui/PageHeader';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useStatsDownload } from '@/features/stats/api/download-stats';
import { PILOT_REPORT_PATH, PILOT_STATS_PATH, usePilotStats } from '@/features/stats/api/get-pilot-stats';
import { DownloadPanel } from '@/features/stats/components/DownloadPanel';
import { PeriodPicker, periodFromParams, periodToParams } from '@/features/stats/components/PeriodPicker';
import { PilotOverview } from '@/features/stats/components/PilotOverview';
import { useSession } from '@/lib/auth/auth';
import { maySeePilotStatistics } from '@/lib/auth/permissions';
import { useI18n } from '@/lib/i18n/i18n';
import { Forbidden } from './status-pages';

const PILOT_TABLES = ['offices', 'periods', 'languages', 'categories', 'load', 'topics'];

function lastFullMonth(): string {
  const now = new Date();
  const month = new Date(Date.UTC(now.getFullYear(), now.getMonth() - 1, 1));
  return month.toISOString().slice(0, 7);
}

/** The monthly report is a printable page of the platform's: fetched with the token, saved as a file. */
function MonthlyReport() {
  const { t } = useI18n();
  const [month, setMonth] = useState(lastFullMonth);
  const download = useStatsDownload();
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
          className="button secondary"
          disabled={download.isPending || !month}
          onClick={() =>
            download.mutate({
              path: PILOT_REPORT_PATH,
              query: { month },
              fallbackName: `lotse-pilot-report-${month}.html`,
            })
          }
        >
          {t('stats.reportDownload')}
        </button>
      </div>
      <ProblemAlert error={download.error} />
    </section>
  );
}

/** All offices of the pilot side by side, for the ministry and the platform's operators. */
export function PilotStatisticsRoute() {
  const { t } = useI18n();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const period = periodFromParams(params);
  const allowed = maySeePilotStatistics(session);
  const stats = usePilotStats(period, allowed);
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader title={t('stats.pilotTitle')}>
        <p>{t('stats.pilotIntro')}</p>
      </PageHeader>
      <PeriodPicker
        key={params.toString()}
        period={period}
        shown={stats.data}
        onChange={(next) => setParams(periodToParams(next))}
      />
      {stats.isPending ? (
        <Loading />
      ) : stats.error ? (
        <ProblemAlert error={stats.error} />
      ) : (
        <>
          <PilotOverview stats={stats.data} />
          <DownloadPanel
            path={`${PILOT_STATS_PATH}/export`}
            tables={PILOT_TABLES}
            query={{ from: stats.data.from, to: stats.data.to, granularity: stats.data.granularity }}
            fallbackName="lotse-pilot"
          />
          <MonthlyReport />
        </>
      )}
    </>
  );
}
