import { useI18n } from '@/lib/i18n/i18n';
import type { Granularity, Period } from '../api/schemas';
import { reachesToday, statsFormat } from '../format';
import { LineChart } from './LineChart';

type Props = {
  title: string;
  stats: { periods: Period[]; granularity: Granularity; to: string };
};

/** Questions, answers and hand-offs per period: the same trend for one office and for the pilot. */
export function TrendChart({ title, stats }: Props) {
  const { t, locale } = useI18n();
  const format = statsFormat(locale);
  return (
    <LineChart
      title={title}
      description={reachesToday(stats.to) ? t('stats.runningPeriod') : undefined}
      labels={stats.periods.map((p) => format.period(p.start, stats.granularity))}
      series={[
        { name: t('stats.questions'), values: stats.periods.map((p) => p.figures.questions) },
        { name: t('stats.answered'), values: stats.periods.map((p) => p.figures.answered) },
        { name: t('stats.fallbacks'), values: stats.periods.map((p) => p.figures.fallbacks) },
      ]}
    />
  );
}
