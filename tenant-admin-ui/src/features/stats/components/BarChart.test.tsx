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
});
