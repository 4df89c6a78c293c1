import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, ROSENHEIM } from '@/testing/render';
import type { EntrySummary } from '@/features/knowledge/api/schemas';
import type { FeedbackGroup } from '../api/schemas';
import { FeedbackGroupCard } from './FeedbackGroupCard';

const group: FeedbackGroup = {
  id: 'g-1',
  status: 'open',
  question: 'Wo parke ich beim Landratsamt?',
  variants: [
    { text: 'Wo parke ich beim Landratsamt?', language: 'de', count: 3 },
    { text: 'Where can I park?', language: 'en', count: 1 },
  ],
  questions: 4,
  unhelpful: 1,
  fallback: 3,
  firstSeen: '2026-01-02T10:00:00Z',
  lastSeen: '2026-01-03T10:00:00Z',
  languages: ['de', 'en'],
  answeredEntries: [{ entryKey: 'contact-opening-hours', count: 1 }],
  comments: [{ text: 'Keine Info zu Parkplätzen', language: 'de', at: '2026-01-03T10:00:00Z' }],
  commentCount: 1,
  decision: null,
};
const entries: EntrySummary[] = [
  {
    key: 'appointment',
    title: 'Termin vereinbaren',
    category: 'service',
    languages: ['de'],
    status: 'published',
    currentRevision: 1,
    publishedRevision: 1,
    updatedAt: '2026-01-01T10:00:00Z',
  },
  {
    key: 'contact-opening-hours',
    title: 'Kontakt und Öffnungszeiten',
    category: 'service',
    languages: ['de'],
    status: 'published',
    currentRevision: 1,
    publishedRevision: 1,
    updatedAt: '2026-01-01T10:00:00Z',
  },
];

/** What the platform answers: the new entry, its sample questions taken from the group. */
const createdEntry = {
  key: 'parken',
  category: 'service',
  status: 'draft',
  currentRevision: 1,
  publishedRevision: null,
  updatedAt: '2026-01-04T10:00:00Z',
  translations: {
    en: { title: 'Where can I park?', questions: ['Where can I park?'], answer: 'Park in the courtyard.' },
    de: { title: 'Parken', questions: [], answer: 'Im Innenhof.' },
  },
};

afterEach(() => vi.unstubAllGlobals());

function respond(body: unknown) {
  const fetch = vi.fn(
    async () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('FeedbackGroupCard', () => {
  it('shows what citizens asked and wrote, in their language', async () => {
    renderWithApp(
      <FeedbackGroupCard office={ROSENHEIM} group={group} entries={entries} categories={[]} onDone={() => undefined} />,
    );

    const card = await screen.findByRole('article', { name: 'Wo parke ich beim Landratsamt?' });
    expect(
      within(card).getByText('4× gefragt, davon 1× nicht hilfreich, 3× ohne Antwort', { exact: false }),
    ).toBeInTheDocument();
    expect(within(card).getByText('Where can I park?')).toHaveAttribute('lang', 'en');
    expect(within(card).getByRole('link', { name: 'contact-opening-hours' })).toBeInTheDocument();
    expect(within(card).getByText('Keine Info zu Parkplätzen')).toBeInTheDocument();
  });

  it('adds the chosen wording to the entry that answered it, as a sample question', async () => {
    const fetch = respond({ groupId: 'g-1', decision: null, entry: null });
    const onDone = vi.fn();
    renderWithApp(
      <FeedbackGroupCard office={ROSENHEIM} group={group} entries={entries} categories={[]} onDone={onDone} />,
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Als Beispielfrage zu einem Eintrag' }));
    expect(screen.getByRole('combobox', { name: 'Eintrag' })).toHaveValue('contact-opening-hours');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Formulierung' }), '1');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Den Eintrag gleich veröffentlichen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Beispielfrage hinzufügen' }));

    await vi.waitFor(() =>
      expect(onDone).toHaveBeenCalledWith('Als Beispielfrage zu contact-opening-hours hinzugefügt.'),
    );
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/admin/tenants/rosenheim/feedback/g-1/sample-question',
      expect.objectContaining({
        body: JSON.stringify({
          entryKey: 'contact-opening-hours',
          question: 'Where can I park?',
          language: 'en',
          publish: true,
        }),
      }),
    );
  });

  it('creates an entry from a group asked in English, with a German translation besides', async () => {
    const english: FeedbackGroup = { ...group, languages: ['en', 'de'] };
    const fetch = respond({ groupId: 'g-1', decision: null, entry: createdEntry });
    const onDone = vi.fn();
    const categories = [{ key: 'service', titles: { de: 'Termine & Service' }, position: 0 }];
    renderWithApp(
      <FeedbackGroupCard
        office={ROSENHEIM}
        group={english}
        entries={entries}
        categories={categories}
        onDone={onDone}
      />,
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Neuen Eintrag anlegen' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Antwort (Englisch)' }), 'Park in the courtyard.');
    await userEvent.type(screen.getByRole('textbox', { name: 'Titel (Deutsch)' }), 'Parken');
    await userEvent.type(screen.getByRole('textbox', { name: 'Antwort (Deutsch)' }), 'Im Innenhof.');
    await userEvent.click(screen.getByRole('button', { name: 'Eintrag anlegen' }));

    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith('Eintrag parken angelegt.'));
    // The questions themselves are not sent: the platform takes them from the group.
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/admin/tenants/rosenheim/feedback/g-1/entry',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({
          category: 'service',
          language: 'en',
          translations: {
            en: { answer: 'Park in the courtyard.' },
            de: { title: 'Parken', answer: 'Im Innenhof.' },
          },
          publish: false,
        }),
      }),
    );
  });

  it('dismisses a group in one step and reopens a decided one', async () => {
    const fetch = respond({ groupId: 'g-1', decision: null, entry: null });
    const onDone = vi.fn();
    const { unmount } = renderWithApp(
      <FeedbackGroupCard office={ROSENHEIM} group={group} entries={entries} categories={[]} onDone={onDone} />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Verwerfen' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/admin/tenants/rosenheim/feedback/g-1/dismiss',
      expect.objectContaining({ method: 'POST' }),
    );
    unmount();

    const dismissed: FeedbackGroup = {
      ...group,
      status: 'dismissed',
      decision: { status: 'dismissed', action: 'dismissed', at: '2026-01-04T10:00:00Z', by: 'rosenheim-editor' },
    };
    renderWithApp(
      <FeedbackGroupCard office={ROSENHEIM} group={dismissed} entries={entries} categories={[]} onDone={onDone} />,
    );
    expect(await screen.findByText(/Verworfen von rosenheim-editor/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Verwerfen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Wieder öffnen' })).toBeInTheDocument();
  });
});
