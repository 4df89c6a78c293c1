import { useI18n } from '@/lib/i18n/i18n';
import type { PilotStats } from '../api/schemas';
import { statsFormat } from '../format';
import { BarChart } from './BarChart';
import { FigureGrid } from './FigureGrid';
import { TrendChart } from './TrendChart';
import { LoadHeatmap } from './LoadHeatmap';

/**
 * The pilot at a glance for the ministry: which offices, how much, how well (side by side and per
 * 1,000 questions, so offices of different size compare), when and in which languages.
 */
export function PilotOverview({ stats }: { stats: PilotStats }) {
  const { t, locale, languageName } = useI18n();
  const format = statsFormat(locale);
  const f = stats.totals;
  const offices = [...stats.offices].sort((a, b) => b.totals.questions - a.totals.questions);
  return (
    <>
      <FigureGrid
        label={t('stats.pilotTotals')}
        figures={[
          { label: t('stats.offices'), value: format.count(stats.offices.length) },
          { label: t('stats.questions'), value: format.count(f.questions) },
          { label: t('stats.conversations'), value: format.count(f.conversations) },
          { label: t('stats.answerRate'), value: format.percent(f.answerRate) },
          { label: t('stats.fallbackRate'), value: format.percent(f.fallbackRate) },
          { label: t('stats.helpfulRate'), value: format.percent(f.helpfulRate) },
          { label: t('stats.outsideHours'), value: format.percent(f.outsideOfficeHoursShare) },
          {
            label: t('stats.latency'),
            value: format.latency(f.medianLatencyMs),
            hint: t('stats.p95', { value: format.latency(f.p95LatencyMs) }),
          },
          { label: t('stats.contactsAvoided'), value: format.count(f.contactsAvoided) },
        ]}
      />
      <section className="card" aria-labelledby="stats-offices">
        <h2 id="stats-offices">{t('stats.officesSideBySide')}</h2>
        <p className="muted">{t('stats.perThousandHint')}</p>
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label={`${t('stats.officesSideBySide')}: ${t('stats.table')}`}
        >
          <table className="compact">
            <thead>
              <tr>
                <th scope="col">{t('stats.office')}</th>
                <th scope="col" className="numeric">
                  {t('stats.questions')}
                </th>
                <th scope="col" className="numeric">
                  {t('stats.answerRate')}
                </th>
                <th scope="col" className="numeric">
                  {t('stats.fallbackRate')}
                </th>
                <th scope="col" className="numeric">
                  {t('stats.helpfulRate')}
                </th>
                <th scope="col" className="numeric">
                  {t('stats.outsideHours')}
                </th>
                <th scope="col" className="numeric">
                  {t('stats.fallbacksPerThousand')}
                </th>
                <th scope="col" className="numeric">
                  {t('stats.contactsPerThousand')}
                </th>
              </tr>
            </thead>
            <tbody>
              {offices.map((o) => (
                <tr key={o.office}>
                  <th scope="row" className="office-name-cell">
                    {o.displayName}
                  </th>
                  <td className="numeric">{format.count(o.totals.questions)}</td>
                  <td className="numeric">{format.percent(o.totals.answerRate)}</td>
                  <td className="numeric">{format.percent(o.totals.fallbackRate)}</td>
                  <td className="numeric">{format.percent(o.totals.helpfulRate)}</td>
                  <td className="numeric">{format.percent(o.totals.outsideOfficeHoursShare)}</td>
                  <td className="numeric">{format.count(o.perThousandQuestions.fallbacks)}</td>
                  <td className="numeric">{format.count(o.perThousandQuestions.contactsAvoided)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <>
        <BarChart
          title={t('stats.questionsPerOffice')}
          bars={offices.map((o) => ({
            label: o.displayName,
            value: o.totals.questions,
            display: format.count(o.totals.questions),
          }))}
          columns={[{ label: t('stats.office') }, { label: t('stats.questions'), numeric: true }]}
        />
        <BarChart
          title={t('stats.answerRatePerOffice')}
          bars={offices.map((o) => ({
            label: o.displayName,
            value: o.totals.answerRate ?? 0,
            display: format.percent(o.totals.answerRate),
          }))}
          columns={[{ label: t('stats.office') }, { label: t('stats.answerRate'), numeric: true }]}
        />
      </>
      <TrendChart title={t('stats.pilotTrend')} stats={stats} />
      <>
        <BarChart
          title={t('stats.byLanguage')}
          bars={stats.languages.map((l) => ({
            label: languageName(l.key),
            value: l.questions,
            display: format.count(l.questions),
            extra: [format.percent(l.share), format.percent(l.answerRate)],
          }))}
          columns={[
            { label: t('stats.language') },
            { label: t('stats.questions'), numeric: true },
            { label: t('stats.share'), numeric: true },
            { label: t('stats.answerRate'), numeric: true },
          ]}
        />
        <section className="card" aria-labelledby="stats-pilot-topics">
          <h2 id="stats-pilot-topics">{t('stats.unanswered')}</h2>
          <p className="muted">{t('stats.pilotTopicsHint', { k: stats.topics.minimumConversations })}</p>
          {stats.topics.unanswered.length ? (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('stats.topic')}</th>
                    <th scope="col" className="numeric">
                      {t('stats.conversations')}
                    </th>
                    <th scope="col">{t('stats.offices')}</th>
                  </tr>
                </thead>
                <tbody>
                  {stats.topics.unanswered.slice(0, 10).map((topic) => (
                    <tr key={topic.words.join(' ')}>
                      <th scope="row">{topic.words.join(', ')}</th>
                      <td className="numeric">{format.count(topic.conversations)}</td>
                      <td>{topic.offices.length}</td>
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
      <LoadHeatmap title={t('stats.load')} description={t('stats.loadHint')} load={stats.load} />
    </>
  );
}
