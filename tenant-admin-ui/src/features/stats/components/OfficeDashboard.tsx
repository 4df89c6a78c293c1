import { useI18n } from '@/lib/i18n/i18n';
import type { OfficeStats } from '../api/schemas';
import { statsFormat } from '../format';
import { BarChart } from './BarChart';
import { FigureGrid } from './FigureGrid';
import { TrendChart } from './TrendChart';
import { LoadHeatmap } from './LoadHeatmap';

/** One office's statistics: headline figures first, then when, in which languages, about what. */
export function OfficeDashboard({ stats }: { stats: OfficeStats }) {
  const { t, locale, languageName } = useI18n();
  const format = statsFormat(locale);
  const f = stats.totals;
  return (
    <>
      <FigureGrid
        label={t('stats.headline')}
        figures={[
          { label: t('stats.questions'), value: format.count(f.questions) },
          { label: t('stats.conversations'), value: format.count(f.conversations) },
          { label: t('stats.answerRate'), value: format.percent(f.answerRate), hint: t('stats.answerRateHint') },
          { label: t('stats.clarifyRate'), value: format.percent(f.clarifyRate) },
          { label: t('stats.fallbackRate'), value: format.percent(f.fallbackRate), hint: t('stats.fallbackRateHint') },
          {
            label: t('stats.helpfulRate'),
            value: format.percent(f.helpfulRate),
            hint: t('stats.ratedCount', { count: format.count(f.helpful + f.unhelpful) }),
          },
          { label: t('stats.outsideHours'), value: format.percent(f.outsideOfficeHoursShare) },
          {
            label: t('stats.latency'),
            value: format.latency(f.medianLatencyMs),
            hint: t('stats.p95', { value: format.latency(f.p95LatencyMs) }),
          },
          {
            label: t('stats.contactsAvoided'),
            value: format.count(f.contactsAvoided),
            hint: t('stats.contactsAvoidedHint', { factor: format.percent(stats.contactsAvoided.factor) }),
          },
        ]}
      />
      <TrendChart title={t('stats.overTime')} stats={stats} />
      <>
        <BarChart
          title={t('stats.byLanguage')}
          bars={stats.languages.map((l) => ({
            label: languageName(l.key),
            value: l.questions,
            display: format.count(l.questions),
            extra: [format.percent(l.share), format.percent(l.answerRate), format.percent(l.helpfulRate)],
          }))}
          columns={[
            { label: t('stats.language') },
            { label: t('stats.questions'), numeric: true },
            { label: t('stats.share'), numeric: true },
            { label: t('stats.answerRate'), numeric: true },
            { label: t('stats.helpfulRate'), numeric: true },
          ]}
        />
        <BarChart
          title={t('stats.topEntries')}
          bars={stats.entries.slice(0, 10).map((e) => ({
            label: e.title ?? e.entryKey,
            detail: e.title ? e.entryKey : undefined,
            value: e.answered,
            display: format.count(e.answered),
            extra: [format.percent(e.helpfulRate)],
          }))}
          columns={[
            { label: t('stats.entry') },
            { label: t('stats.answered'), numeric: true },
            { label: t('stats.helpfulRate'), numeric: true },
          ]}
        />
      </>
      <LoadHeatmap title={t('stats.load')} description={t('stats.loadHint')} load={stats.load} />
      <section className="card" aria-labelledby="stats-unanswered">
        <h2 id="stats-unanswered">{t('stats.unanswered')}</h2>
        <p className="muted">{t('stats.unansweredHint')}</p>
        {stats.topics.unanswered.length ? (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('stats.topic')}</th>
                  <th scope="col" className="numeric">
                    {t('stats.questions')}
                  </th>
                  <th scope="col">{t('stats.languages')}</th>
                  <th scope="col">{t('stats.examples')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.topics.unanswered.slice(0, 10).map((topic) => (
                  <tr key={topic.label}>
                    <th scope="row">{topic.label}</th>
                    <td className="numeric">{format.count(topic.questions)}</td>
                    <td>{topic.languages.map(languageName).join(', ')}</td>
                    <td className="muted">{topic.examples.join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t('stats.noTopics')}</p>
        )}
      </section>
    </>
  );
}
