import { ChartFigure, type TableColumn } from './ChartFigure';

export interface Bar {
  label: string;
  /** Secondary text beside the label, e.g. an entry's key under its title. */
  detail?: string;
  value: number;
  /** The value as the reader sees it (a count, a share). */
  display: string;
  /** Further columns of the table, e.g. rates. */
  extra?: string[];
}

const ROW = 28;
const ROW_WITH_DETAIL = 40;
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
  // Rows with a detail line (an entry's key under its title) need room for two lines.
  const row = bars.some((b) => b.detail) ? ROW_WITH_DETAIL : ROW;
  const height = Math.max(row, bars.length * row);
  return (
    <ChartFigure
      title={title}
      description={description}
      table={{ columns, rows: bars.map((b) => [rowHeader(b), b.display, ...(b.extra ?? [])]) }}
    >
      <svg
        className="chart-svg chart-bars"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={title}
        focusable="false"
      >
        {bars.map((bar, i) => (
          <g key={`${bar.label} ${bar.detail ?? ''}`} transform={`translate(0 ${i * row})`}>
            <text
              x={LABEL_WIDTH - 8}
              y={bar.detail ? row / 2 - 2 : row / 2 + 5}
              textAnchor="end"
              className="chart-label"
            >
              <title>{bar.detail ? `${bar.label} (${bar.detail})` : bar.label}</title>
              {shorten(bar.label)}
            </text>
            {bar.detail ? (
              <text x={LABEL_WIDTH - 8} y={row / 2 + 13} textAnchor="end" className="chart-sublabel">
                {shorten(bar.detail)}
              </text>
            ) : null}
            <rect
              x={LABEL_WIDTH}
              y={5}
              height={row - 10}
              width={Math.max(1, (bar.value / max) * barSpace)}
              fill="#1d4f91"
              rx="2"
            />
            <text x={LABEL_WIDTH + (bar.value / max) * barSpace + 6} y={row / 2 + 5} className="chart-label">
              {bar.display}
            </text>
          </g>
        ))}
      </svg>
    </ChartFigure>
  );
}

function shorten(text: string) {
  return text.length > 31 ? `${text.slice(0, 30)}…` : text;
}

function rowHeader(bar: Bar) {
  return bar.detail ? (
    <>
      {bar.label}
      <span className="chart-detail">{bar.detail}</span>
    </>
  ) : (
    bar.label
  );
}
