import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, ROSENHEIM } from '@/testing/render';
import { SynonymsEditor } from './SynonymsEditor';

afterEach(() => vi.unstubAllGlobals());

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

/** The saved groups on GET; the platform's refusal on PUT. */
function platform(refusal: unknown) {
  const fetch = vi.fn(async (_url: string, init?: RequestInit) =>
    init?.method === 'PUT'
      ? json(422, refusal, 'application/problem+json')
      : json(200, { groups: [['Pass', 'Reisepass']] }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function saveText(text: string) {
  const field = await screen.findByRole('textbox', { name: 'Synonymgruppen (Deutsch)' });
  await userEvent.clear(field);
  await userEvent.type(field, text);
  await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
  return field;
}

describe('SynonymsEditor', () => {
  it('shows a refused group and a repeated word at their lines, in the reader’s language', async () => {
    platform({
      type: 'urn:lotse:problem:invalid-synonyms',
      detail: 'Each synonym group needs at least two different words, each named once; see errors.',
      errors: [
        { field: 'groups[1]', message: 'needs at least two different words' },
        { field: 'groups[2][2]', message: 'repeats "eAT" (word 1 of the group); remove it' },
      ],
    });
    renderWithApp(<SynonymsEditor office={ROSENHEIM} />);

    // A blank line in between: the platform counts groups, the editor sees lines.
    const field = await saveText('Pass, Reisepass{enter}{enter}Visum{enter}eAT, Karte, EAT');

    await vi.waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining(
        'Zeile 3: Eine Gruppe braucht mindestens zwei verschiedene Wörter. Ergänzen Sie ein Wort oder entfernen Sie die Zeile.',
      ),
    );
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Zeile 4, „EAT“: Dieses Wort steht schon in der Gruppe'),
    );
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent(/^Jede Synonymgruppe braucht mindestens zwei verschiedene Wörter/);
    expect(within(summary).queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('shows a problem it has no text for in the platform’s words, marked as English', async () => {
    platform({
      type: 'urn:lotse:problem:invalid-entry',
      detail: 'The synonym list breaks the knowledge base’s rules; see errors.',
      errors: [{ field: 'groups[0][1]', message: 'Contains the invisible control character U+0007. Remove it.' }],
    });
    renderWithApp(<SynonymsEditor office={ROSENHEIM} />);

    const field = await saveText('Pass, Reise\u0007pass');

    await vi.waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    const line = screen.getByText(/^Zeile 1, „Reise.pass“: Contains the invisible control character/);
    expect(line).toHaveAttribute('lang', 'en');
  });
});
