import { useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { PageHeader } from '@/components/ui/PageHeader';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { officeStatsPath, useOfficeStats } from '@/features/stats/api/get-office-stats';
import { DownloadPanel } from '@/features/stats/components/DownloadPanel';
import { OfficeDashboard } from '@/features/stats/components/OfficeDashboard';
import { PeriodPicker, periodFromParams, periodToParams } from '@/features/stats/components/PeriodPicker';
import { useI18n } from '@/lib/i18n/i18n';
import { useCurrentOffice } from './office-context';

const OFFICE_TABLES = ['periods', 'languages', 'categories', 'entries', 'load', 'topics'];

/** The office's start page: how much the bot was asked, how well it answered, when and in which languages. */
export function StatisticsRoute() {
  const { t, formatDateTime } = useI18n();
  const office = useCurrentOffice();
  const [params, setParams] = useSearchParams();
  const period = periodFromParams(params);
  const stats = useOfficeStats(office.slug, period);
  return (
    <>
      <PageHeader title={t('stats.title')}>
        <p>{t('stats.intro')}</p>
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
          {stats.data.rolledUpAt ? (
            <p className="muted">{t('stats.rolledUpAt', { at: formatDateTime(stats.data.rolledUpAt) })}</p>
          ) : null}
          <OfficeDashboard stats={stats.data} />
          <DownloadPanel
            path={`${officeStatsPath(office.slug)}/export`}
            tables={OFFICE_TABLES}
            query={{ from: stats.data.from, to: stats.data.to, granularity: stats.data.granularity }}
            fallbackName={`lotse-${office.slug}`}
          />
        </>
      )}
    </>
  );
}
