import { useId, type ReactNode } from 'react';
import { useI18n } from '@/lib/i18n/i18n';

export interface TableColumn {
  label: string;
  /** Numbers align right. */
  numeric?: boolean;
}

export interface ChartTable {
  columns: TableColumn[];
  /** The first cell of each row heads the row. */
  rows: ReactNode[][];
}

/**
 * A chart with its title and its figures as a table behind "show table": the drawing is for the
 * eye, the table for screen readers, keyboard users and anyone who wants the exact numbers.
 */
export function ChartFigure({
  title,
  description,
  table,
  children,
}: {
  title: string;
  description?: string;
  table: ChartTable;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <figure className="chart card" aria-labelledby={titleId}>
      <figcaption>
        <h2 id={titleId}>{title}</h2>
        {description ? <p className="muted">{description}</p> : null}
      </figcaption>
      {children}
      <details className="chart-table">
        <summary>{t('stats.showTable')}</summary>
        {/* Wide tables scroll sideways: focusable, so the keyboard can scroll them too. */}
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={titleId}>
          <table>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column.label} scope="col" className={column.numeric ? 'numeric' : undefined}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={c} className={table.columns[c]?.numeric ? 'numeric' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
