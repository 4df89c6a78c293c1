import { useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { PageHeader } from '@/components/ui/PageHeader';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { PILOT_STATS_PATH, usePilotStats } from '@/features/stats/api/get-pilot-stats';
import { DownloadPanel } from '@/features/stats/components/DownloadPanel';
import { MonthlyReportPanel } from '@/features/stats/components/MonthlyReportPanel';
import { PeriodPicker, periodFromParams, periodToParams } from '@/features/stats/components/PeriodPicker';
import { PilotOverview } from '@/features/stats/components/PilotOverview';
import { useSession } from '@/lib/auth/auth';
import { maySeePilotStatistics } from '@/lib/auth/permissions';
import { useI18n } from '@/lib/i18n/i18n';
import { Forbidden } from './status-pages';

const PILOT_TABLES = ['offices', 'periods', 'languages', 'categories', 'load', 'topics'];

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
          <MonthlyReportPanel />
        </>
      )}
    </>
  );
}
