import { useI18n } from '@/lib/i18n/i18n';
import type { Load } from '../api/schemas';
import { statsFormat } from '../format';
import { ChartFigure } from './ChartFigure';

const CELL_W = 26;
const CELL_H = 24;
const LEFT = 40;
const TOP = 20;

/** Questions per weekday and hour (local time) as shades of one blue; darker is busier. */
export function LoadHeatmap({ title, description, load }: { title: string; description?: string; load: Load }) {
  const { t, locale } = useI18n();
  const format = statsFormat(locale);
  const max = Math.max(0, ...load.byWeekday.flatMap((d) => d.hours)) || 1;
  const hours = Array.from({ length: 24 }, (_, h) => h);
  const dayName = (weekday: string) => t(`stats.weekday.${weekday}` as Parameters<typeof t>[0]);
  return (
    <ChartFigure
      title={title}
      description={description}
      table={{
        columns: [
          { label: t('stats.weekdayColumn') },
          ...hours.map((h) => ({ label: `${h}`, numeric: true })),
          { label: t('stats.sum'), numeric: true },
        ],
        rows: load.byWeekday.map((d) => [
          dayName(d.weekday),
          ...d.hours.map((v) => format.count(v)),
          format.count(d.questions),
        ]),
      }}
    >
      <svg
        className="chart-svg"
        viewBox={`0 0 ${LEFT + 24 * CELL_W} ${TOP + 7 * CELL_H}`}
        role="img"
        aria-label={title}
        focusable="false"
      >
        {hours.map((h) =>
          h % 3 === 0 ? (
            <text key={h} x={LEFT + h * CELL_W + CELL_W / 2} y={TOP - 6} textAnchor="middle" className="chart-axis">
              {h}
            </text>
          ) : null,
        )}
        {load.byWeekday.map((day, d) => (
          <g key={day.weekday}>
            <text x={LEFT - 6} y={TOP + d * CELL_H + CELL_H / 2 + 4} textAnchor="end" className="chart-axis">
              {dayName(day.weekday).slice(0, 2)}
            </text>
            {day.hours.map((value, h) => (
              <rect
                key={h}
                x={LEFT + h * CELL_W + 1}
                y={TOP + d * CELL_H + 1}
                width={CELL_W - 2}
                height={CELL_H - 2}
                fill="#1d4f91"
                fillOpacity={value === 0 ? 0.04 : 0.12 + 0.88 * (value / max)}
                stroke="#d5d9de"
              />
            ))}
          </g>
        ))}
      </svg>
    </ChartFigure>
  );
}
