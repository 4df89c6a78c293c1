import { useState, type FormEvent } from 'react';
import { useI18n } from '@/lib/i18n/i18n';
import { granularities, type Granularity, type StatsPeriod } from '../api/schemas';

/** From, to and the size of the periods; takes effect on "show", not on every keystroke. */
export function PeriodPicker({
  period,
  shown,
  onChange,
}: {
  period: StatsPeriod;
  /** The range the platform answered for (the defaults filled in). */
  shown?: { from: string; to: string };
  onChange(period: StatsPeriod): void;
}) {
  const { t } = useI18n();
  const [from, setFrom] = useState(period.from ?? shown?.from ?? '');
  const [to, setTo] = useState(period.to ?? shown?.to ?? '');
  const [granularity, setGranularity] = useState<Granularity>(period.granularity);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ from: from || undefined, to: to || undefined, granularity });
  };
  return (
    <form className="period-picker" onSubmit={submit} aria-label={t('stats.periodPicker')}>
      <div className="field">
        <label htmlFor="stats-from">{t('stats.from')}</label>
        <input
          id="stats-from"
          type="date"
          value={from || shown?.from || ''}
          onChange={(e) => setFrom(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="stats-to">{t('stats.to')}</label>
        <input id="stats-to" type="date" value={to || shown?.to || ''} onChange={(e) => setTo(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="stats-granularity">{t('stats.granularity')}</label>
        <select
          id="stats-granularity"
          value={granularity}
          onChange={(e) => setGranularity(e.target.value as Granularity)}
        >
          {granularities.map((g) => (
            <option key={g} value={g}>
              {t(`stats.granularity.${g}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('stats.show')}
      </button>
    </form>
  );
}

/** The period in the page's address, so a view can be bookmarked and shared. */
export function periodFromParams(params: URLSearchParams): StatsPeriod {
  const granularity = params.get('granularity');
  return {
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    granularity: granularities.includes(granularity as Granularity) ? (granularity as Granularity) : 'day',
  };
}

export function periodToParams(period: StatsPeriod): Record<string, string> {
  const params: Record<string, string> = {};
  if (period.from) params.from = period.from;
  if (period.to) params.to = period.to;
  if (period.granularity !== 'day') params.granularity = period.granularity;
  return params;
}
