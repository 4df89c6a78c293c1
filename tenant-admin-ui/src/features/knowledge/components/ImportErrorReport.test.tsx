import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { ImportErrorReport } from './ImportErrorReport';

describe('ImportErrorReport', () => {
  it('lists every problem with its entry and place in the file, in the reader’s language where the code is known', async () => {
    renderWithApp(
      <ImportErrorReport
        kind="invalid-knowledge-base"
        problems={[
          {
            entryKey: 'Bad Key!',
            field: 'entries[1].key',
            message: 'The key "Bad Key!" may only contain lower-case letters a–z, digits and "-".',
            code: 'key-characters',
            params: { key: 'Bad Key!' },
          },
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
    ).toEqual([
      'Bad Key!',
      'entries[1].key',
      'Der Schlüssel „Bad Key!“ darf nur Kleinbuchstaben a–z, Ziffern und „-“ enthalten.',
    ]);
    expect(within(rows[1]).getAllByRole('cell')[2]).not.toHaveAttribute('lang');
    const [entry, , message] = within(rows[2]).getAllByRole('cell');
    expect(entry).toHaveTextContent('—');
    // No code: the platform's own words, marked as English.
    expect(message).toHaveTextContent('The file is not JSON.');
    expect(message).toHaveAttribute('lang', 'en');
  });
});
