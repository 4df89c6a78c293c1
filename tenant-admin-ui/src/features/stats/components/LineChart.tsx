import { useI18n } from '@/lib/i18n/i18n';
import { statsFormat } from '../format';
import { ChartFigure } from './ChartFigure';

export interface LineSeries {
  name: string;
  values: number[];
}

// Dark enough on white for lines and text (at least 4.5:1); the second and third series are
// dashed and dotted as well, so they do not depend on colour alone.
const STYLES = [
  { color: '#1d4f91', dash: undefined },
  { color: '#a14a00', dash: '6 4' },
  { color: '#1e6b34', dash: '2 3' },
];

const WIDTH = 720;
const HEIGHT = 240;
const PAD = { left: 48, right: 12, top: 12, bottom: 28 };

/** Even steps for the y axis (1, 2 or 5 times a power of ten) and a top that is a whole step. */
export function axisTicks(value: number, steps = 4): number[] {
  if (value <= 0) return [0, 1];
  const raw = value / steps;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((s) => s * magnitude >= raw) ?? 10) * magnitude;
  const top = Math.ceil(value / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

/** A few series over the same periods, with their figures as a table. */
export function LineChart({
  title,
  description,
  labels,
  series,
}: {
  title: string;
  description?: string;
  labels: string[];
  series: LineSeries[];
}) {
  const { t, locale } = useI18n();
  const format = statsFormat(locale);
  const ticks = axisTicks(Math.max(0, ...series.flatMap((s) => s.values)));
  const max = ticks[ticks.length - 1];
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length > 1 ? (i * innerWidth) / (labels.length - 1) : innerWidth / 2);
  const y = (v: number) => PAD.top + innerHeight - (v / max) * innerHeight;
  const labelEvery = Math.max(1, Math.ceil(labels.length / 8));
  return (
    <ChartFigure
      title={title}
      description={description}
      table={{
        columns: [{ label: t('stats.period') }, ...series.map((s) => ({ label: s.name, numeric: true }))],
        rows: labels.map((label, i) => [label, ...series.map((s) => format.count(s.values[i] ?? 0))]),
      }}
    >
      {series.length > 1 ? (
        <ul className="chart-legend" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.name}>
              <svg width="28" height="10" focusable="false">
                <line
                  x1="0"
                  y1="5"
                  x2="28"
                  y2="5"
                  stroke={STYLES[i % 3].color}
                  strokeWidth="3"
                  strokeDasharray={STYLES[i % 3].dash}
                />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      ) : null}
      <svg className="chart-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} focusable="false">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#d5d9de" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="chart-axis">
              {format.count(tick)}
            </text>
          </g>
        ))}
        {labels.map((label, i) =>
          // The last label always shows, its neighbour only if they cannot overlap.
          (i % labelEvery === 0 && labels.length - 1 - i >= labelEvery / 2) || i === labels.length - 1 ? (
            <text
              key={i}
              x={x(i)}
              y={HEIGHT - 8}
              textAnchor={
                labels.length > 1 && i === 0 ? 'start' : labels.length > 1 && i === labels.length - 1 ? 'end' : 'middle'
              }
              className="chart-axis"
            >
              {label}
            </text>
          ) : null,
        )}
        {series.map((s, si) => (
          <polyline
            key={s.name}
            fill="none"
            stroke={STYLES[si % 3].color}
            strokeWidth="2.5"
            strokeDasharray={STYLES[si % 3].dash}
            strokeLinejoin="round"
            points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
          />
        ))}
      </svg>
    </ChartFigure>
  );
}
