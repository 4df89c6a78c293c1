import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { BarChart } from './BarChart';

describe('BarChart', () => {
  it('draws a bar per row scaled to the largest and lists the same figures in its table', async () => {
    const { container } = renderWithApp(
      <BarChart
        title="Fragen nach Sprache"
        bars={[
          { label: 'Deutsch', value: 200, display: '200', extra: ['66,7 %'] },
          { label: 'Arabisch', value: 100, display: '100', extra: ['33,3 %'] },
        ]}
        columns={[{ label: 'Sprache' }, { label: 'Fragen', numeric: true }, { label: 'Anteil', numeric: true }]}
      />,
    );

    const figure = await screen.findByRole('figure', { name: 'Fragen nach Sprache' });
    expect(within(figure).getByRole('img', { name: 'Fragen nach Sprache' })).toBeInTheDocument();
    const widths = [...container.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).toBeCloseTo(widths[1] * 2);
    const table = within(figure).getByRole('table', { hidden: true });
    expect(within(table).getByRole('rowheader', { name: 'Arabisch', hidden: true })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /Arabisch/, hidden: true });
    expect(
      within(row)
        .getAllByRole('cell', { hidden: true })
        .map((c) => c.textContent),
    ).toEqual(['100', '33,3 %']);
  });

  it('shows the title of a bar with its key as secondary text, in the drawing and in the table', async () => {
    const { container } = renderWithApp(
      <BarChart
        title="Meistgenutzte Einträge"
        bars={[
          { label: 'Aufenthaltserlaubnis verlängern', detail: 'extend-permit', value: 12, display: '12' },
          { label: 'retired-entry', value: 3, display: '3' },
        ]}
        columns={[{ label: 'Eintrag' }, { label: 'Beantwortet', numeric: true }]}
      />,
    );

    const figure = await screen.findByRole('figure', { name: 'Meistgenutzte Einträge' });
    const labels = [...container.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(labels).toContain('Aufenthaltserlaubnis verlängern (extend-permit)Aufenthaltserlaubnis verlängern');
    expect(labels).toContain('extend-permit');
    const table = within(figure).getByRole('table', { hidden: true });
    const header = within(table).getByRole('rowheader', { name: /Aufenthaltserlaubnis verlängern/, hidden: true });
    expect(header).toHaveTextContent('Aufenthaltserlaubnis verlängernextend-permit');
    expect(within(header).getByText('extend-permit')).toHaveClass('chart-detail');
    expect(within(table).getByRole('rowheader', { name: 'retired-entry', hidden: true })).toBeInTheDocument();
  });
});
