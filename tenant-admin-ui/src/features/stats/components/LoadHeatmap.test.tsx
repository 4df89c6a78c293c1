import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render';
import type { Load } from '../api/schemas';
import { LoadHeatmap } from './LoadHeatmap';

const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function load(): Load {
  const byWeekday = days.map((weekday, d) => {
    const hours = Array.from({ length: 24 }, (_, h): number => (d === 0 && h === 9 ? 42 : 0));
    return { weekday, hours, questions: hours.reduce((a, b) => a + b, 0) };
  });
  return {
    byWeekday,
    byHourOfDay: Array.from({ length: 24 }, (_, h) => (h === 9 ? 42 : 0)),
    outsideOfficeHours: 0,
    outsideOfficeHoursShare: 0,
  };
}

describe('LoadHeatmap', () => {
  it('shows a cell per weekday and hour, the busiest darkest, and the figures by weekday in its table', async () => {
    const { container } = renderWithApp(<LoadHeatmap title="Fragen nach Wochentag und Uhrzeit" load={load()} />);

    const figure = await screen.findByRole('figure', { name: 'Fragen nach Wochentag und Uhrzeit' });
    const cells = container.querySelectorAll('rect');
    expect(cells).toHaveLength(7 * 24);
    expect(Number(cells[9].getAttribute('fill-opacity'))).toBe(1);
    expect(Number(cells[10].getAttribute('fill-opacity'))).toBeLessThan(0.1);
    await userEvent.click(within(figure).getByText('Tabelle anzeigen'));
    const monday = within(figure).getByRole('row', { name: /^Montag/ });
    const values = within(monday)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(values).toHaveLength(25);
    expect(values[9]).toBe('42');
    expect(values[24]).toBe('42');
    expect(
      within(figure)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']);
  });
});
