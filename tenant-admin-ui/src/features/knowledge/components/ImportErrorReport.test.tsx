import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { ImportErrorReport } from './ImportErrorReport';

describe('ImportErrorReport', () => {
  it('lists every problem with its entry and place in the file', async () => {
    renderWithApp(
      <ImportErrorReport
        problems={[
          { entryKey: 'Bad Key!', field: 'entries[1].key', message: 'The key may only contain a–z, digits and "-".' },
          { entryKey: null, field: 'file', message: 'The file is not JSON.' },
        ]}
      />,
    );

    const table = await screen.findByRole('table', { name: 'Fehler in der Datei (2)' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Bad Key!', 'entries[1].key', 'The key may only contain a–z, digits and "-".']);
    expect(within(rows[2]).getAllByRole('cell')[0]).toHaveTextContent('—');
  });
});
