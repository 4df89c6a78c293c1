import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/problem';
import { renderWithApp, ROSENHEIM } from '@/testing/render';
import type { Category } from '../api/schemas';
import { draftOf } from '../entry-draft';
import { EntryForm } from './EntryForm';

const categories: Category[] = [{ key: 'documents', titles: { de: 'Dokumente', en: 'Documents' }, position: 0 }];
const entry = draftOf({
  key: 'lost-passport',
  category: 'documents',
  translations: {
    de: {
      title: 'Pass verloren',
      answer: 'Melden Sie den **Verlust**.',
      questions: ['Pass weg?', 'Reisepass verloren'],
    },
  },
});

function renderForm(props: Partial<Parameters<typeof EntryForm>[0]> = {}) {
  const onSubmit = vi.fn();
  renderWithApp(
    <EntryForm
      mode="edit"
      office={ROSENHEIM}
      categories={categories}
      initial={entry}
      error={null}
      busy={false}
      guardNavigation
      onSubmit={onSubmit}
      {...props}
    />,
  );
  return onSubmit;
}

describe('EntryForm', () => {
  it('shows German and a second language side by side, the German answer rendered as the widget does', async () => {
    renderForm();

    expect(await screen.findByRole('heading', { name: 'Deutsch (Standardsprache)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Englisch' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Zweite Sprache' })).toHaveDisplayValue('Englisch – fehlt');
    expect(screen.getByRole('textbox', { name: 'Titel (Englisch)' })).toHaveAttribute('lang', 'en');
    const preview = screen.getByRole('group', { name: 'Vorschau im Chat (Deutsch)' });
    await vi.waitFor(() => expect(preview.shadowRoot?.querySelector('.answer strong')?.textContent).toBe('Verlust'));
  });

  it('can be saved only once something changed, and sends no empty second language', async () => {
    const onSubmit = renderForm();
    const save = await screen.findByRole('button', { name: 'Entwurf speichern' });
    expect(save).toBeDisabled();

    await userEvent.type(screen.getByRole('textbox', { name: 'Antwort (Deutsch)' }), ' Sofort.');
    await userEvent.click(save);

    expect(onSubmit).toHaveBeenCalledWith({
      key: 'lost-passport',
      category: 'documents',
      translations: {
        de: {
          title: 'Pass verloren',
          answer: 'Melden Sie den **Verlust**. Sofort.',
          questions: ['Pass weg?', 'Reisepass verloren'],
        },
      },
    });
  });

  it('shows the platform’s problems at their fields, and the others in the summary', async () => {
    const error = new ApiError(422, {
      type: 'urn:lotse:problem:invalid-entry',
      detail: "The entry breaks the knowledge base's rules; see errors.",
      errors: [
        { entryKey: 'lost-passport', field: 'translations.de.answer', message: 'The answer is empty. Fill it in.' },
        { entryKey: 'lost-passport', field: 'translations.de.questions[1]', message: 'This question is a duplicate.' },
        { entryKey: 'lost-passport', field: 'translations.fr.title', message: 'The title is empty.' },
      ],
    });
    renderForm({ error });

    const answer = await screen.findByRole('textbox', { name: 'Antwort (Deutsch)' });
    expect(answer).toHaveAttribute('aria-invalid', 'true');
    expect(answer).toHaveAccessibleDescription(expect.stringContaining('The answer is empty. Fill it in.'));
    expect(screen.getByRole('textbox', { name: 'Beispielfrage 2 (Deutsch)' })).toHaveAccessibleDescription(
      'This question is a duplicate.',
    );
    const summary = screen.getByRole('alert');
    expect(within(summary).getByText(/^Die Angaben verletzen Regeln der Wissensdatenbank\./)).toBeInTheDocument();
    expect(within(summary).getByText(/The title is empty/)).toBeInTheDocument();
    expect(within(summary).queryByText(/The answer is empty/)).not.toBeInTheDocument();
  });

  it('says a problem the platform names by its code in the reader’s language at its field', async () => {
    const error = new ApiError(422, {
      type: 'urn:lotse:problem:invalid-entry',
      detail: "The entry breaks the knowledge base's rules; see errors.",
      errors: [
        {
          entryKey: 'lost-passport',
          field: 'translations.de.answer',
          message: 'Contains HTML ("<b>"). HTML is not allowed.',
          code: 'raw-html',
          params: { excerpt: '<b>' },
        },
        {
          entryKey: 'lost-passport',
          field: 'translations.de.title',
          message: 'The title is 250 characters long; at most 200 are allowed. Shorten it.',
          code: 'too-long',
          params: { length: 250, max: 200 },
        },
      ],
    });
    renderForm({ error });

    const answer = await screen.findByRole('textbox', { name: 'Antwort (Deutsch)' });
    expect(answer).toHaveAccessibleDescription(
      expect.stringMatching(/^Enthält HTML \(„<b>“\)\. HTML ist nicht erlaubt/),
    );
    expect(screen.getByRole('textbox', { name: 'Titel (Deutsch)' })).toHaveAccessibleDescription(
      'Der Text ist 250 Zeichen lang; erlaubt sind höchstens 200. Bitte kürzen Sie ihn.',
    );
    expect(screen.queryByText(/HTML is not allowed/)).not.toBeInTheDocument();
  });

  it('adds and removes sample questions with labelled buttons', async () => {
    renderForm();
    await userEvent.click(
      within(await screen.findByRole('group', { name: 'Beispielfragen (Deutsch)' })).getByRole('button', {
        name: 'Beispielfrage hinzufügen',
      }),
    );
    expect(screen.getByRole('textbox', { name: 'Beispielfrage 3 (Deutsch)' })).toHaveValue('');

    await userEvent.click(screen.getByRole('button', { name: 'Beispielfrage 1 (Deutsch) entfernen' }));
    expect(screen.getByRole('textbox', { name: 'Beispielfrage 1 (Deutsch)' })).toHaveValue('Reisepass verloren');
  });
});
