import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { LineChart, niceMax } from './LineChart';

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

  it('rounds the axis up to an even maximum', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(1234)).toBe(2000);
    expect(niceMax(230)).toBe(250);
  });
});
