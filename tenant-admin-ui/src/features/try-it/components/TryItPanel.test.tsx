import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, ROSENHEIM } from '@/testing/render';
import { TryItPanel } from './TryItPanel';

function respond(status: number, body: unknown) {
  return vi.fn(
    async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('TryItPanel', () => {
  it('shows the decision, why, the answer and the entries weighed', async () => {
    const fetch = respond(200, {
      decision: 'answer',
      entryKey: 'appointment',
      title: 'Termin vereinbaren',
      answer: 'Buchen Sie **online**.',
      language: 'de',
      languageFallback: false,
      score: 0.83,
      suggestions: [],
      candidates: [
        { entryKey: 'appointment', title: 'Termin vereinbaren', score: 0.83 },
        { entryKey: 'fees', title: 'Gebühren', score: 0.21 },
      ],
      searched: 'published',
    });
    vi.stubGlobal('fetch', fetch);
    renderWithApp(<TryItPanel slug="rosenheim" office={ROSENHEIM} />);

    await userEvent.type(await screen.findByRole('textbox', { name: 'Frage' }), 'Wie bekomme ich einen Termin?');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Im Chat gewählte Sprache' }), 'de');
    await userEvent.click(screen.getByRole('button', { name: 'Fragen' }));

    const result = await screen.findByRole('region', { name: /Ergebnis/ });
    expect(within(result).getByText(/antwortet mit „Termin vereinbaren“ \(Übereinstimmung 83 %\)/)).toBeInTheDocument();
    const rows = within(result).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Termin vereinbaren');
    expect(rows[2]).toHaveTextContent('21 %');
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/admin/tenants/rosenheim/test-question',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({ question: 'Wie bekomme ich einen Termin?', language: 'de' }),
      }),
    );
  });

  it('shows the platform’s message at the question field', async () => {
    vi.stubGlobal(
      'fetch',
      respond(400, {
        type: 'urn:lotse:problem:validation',
        detail: 'question: must contain text (at most 1000 characters)',
        errors: [{ field: 'question', message: 'must contain text (at most 1000 characters)' }],
      }),
    );
    renderWithApp(<TryItPanel slug="rosenheim" office={ROSENHEIM} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Fragen' }));

    expect(await screen.findByRole('textbox', { name: 'Frage' })).toHaveAccessibleDescription(
      'must contain text (at most 1000 characters)',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Einige Angaben sind ungültig.');
  });
});
