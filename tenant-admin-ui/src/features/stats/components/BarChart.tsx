import { ChartFigure, type TableColumn } from './ChartFigure';

export interface Bar {
  label: string;
  value: number;
  /** The value as the reader sees it (a count, a share). */
  display: string;
  /** Further columns of the table, e.g. rates. */
  extra?: string[];
}

const ROW = 28;
const LABEL_WIDTH = 260;
const WIDTH = 720;

/** Horizontal bars, one per row, longest first as given; the figures also as a table. */
export function BarChart({
  title,
  description,
  bars,
  columns,
}: {
  title: string;
  description?: string;
  bars: Bar[];
  /** Table headings: the label's, the value's, then those of the extra columns. */
  columns: TableColumn[];
}) {
  const max = Math.max(0, ...bars.map((b) => b.value)) || 1;
  const barSpace = WIDTH - LABEL_WIDTH - 90;
  const height = Math.max(ROW, bars.length * ROW);
  return (
    <ChartFigure
      title={title}
      description={description}
      table={{ columns, rows: bars.map((b) => [b.label, b.display, ...(b.extra ?? [])]) }}
    >
      <svg
        className="chart-svg chart-bars"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={title}
        focusable="false"
      >
        {bars.map((bar, i) => (
          <g key={bar.label} transform={`translate(0 ${i * ROW})`}>
            <text x={LABEL_WIDTH - 8} y={ROW / 2 + 5} textAnchor="end" className="chart-label">
              <title>{bar.label}</title>
              {bar.label.length > 31 ? `${bar.label.slice(0, 30)}…` : bar.label}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={5}
              height={ROW - 10}
              width={Math.max(1, (bar.value / max) * barSpace)}
              fill="#1d4f91"
              rx="2"
            />
            <text x={LABEL_WIDTH + (bar.value / max) * barSpace + 6} y={ROW / 2 + 5} className="chart-label">
              {bar.display}
            </text>
          </g>
        ))}
      </svg>
    </ChartFigure>
  );
}
