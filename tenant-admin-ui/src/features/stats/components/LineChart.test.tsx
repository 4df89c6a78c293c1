import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { axisTicks, LineChart } from './LineChart';

describe('LineChart', () => {
  it('names the drawing and offers every figure as a table behind "Tabelle anzeigen"', async () => {
    renderWithApp(
      <LineChart
        title="Fragen im Zeitverlauf"
        labels={['3. Nov.', '4. Nov.']}
        series={[
          { name: 'Fragen', values: [1200, 30] },
          { name: 'Beantwortet', values: [900, 20] },
        ]}
      />,
    );

    const figure = await screen.findByRole('figure', { name: 'Fragen im Zeitverlauf' });
    expect(within(figure).getByRole('img', { name: 'Fragen im Zeitverlauf' })).toBeInTheDocument();
    expect(within(figure).getAllByRole('img', { hidden: false })).toHaveLength(1);
    await userEvent.click(within(figure).getByText('Tabelle anzeigen'));
    const table = within(figure).getByRole('table', { name: 'Fragen im Zeitverlauf' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Zeitraum', 'Fragen', 'Beantwortet']);
    const row = within(table).getByRole('row', { name: /3\. Nov\./ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('3. Nov.');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1.200', '900']);
  });

  it('draws one line per series with every period as a point', async () => {
    const { container } = renderWithApp(
      <LineChart title="Verlauf" labels={['a', 'b', 'c']} series={[{ name: 'Fragen', values: [0, 5, 10] }]} />,
    );
    await screen.findByRole('figure', { name: 'Verlauf' });
    const lines = container.querySelectorAll('polyline');
    expect(lines).toHaveLength(1);
    expect(lines[0].getAttribute('points')?.split(' ')).toHaveLength(3);
  });

  it('divides the axis into even steps that reach just above the largest value', () => {
    expect(axisTicks(0)).toEqual([0, 1]);
    expect(axisTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(axisTicks(230)).toEqual([0, 100, 200, 300]);
    expect(axisTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });
});
