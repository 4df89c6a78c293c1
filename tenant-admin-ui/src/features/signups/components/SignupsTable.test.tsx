import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, session } from '@/testing/render';
import type { Signup } from '../api/schemas';
import { SignupsTable } from './SignupsTable';

const pending: Signup = {
  id: '5b7c8a52-1111-4c55-9a55-000000000001',
  slug: 'beispielstadt',
  officeName: 'Stadt Beispielstadt',
  emailDomain: 'beispiel.lotse.test',
  contactFirstName: 'Bea',
  contactLastName: 'Beispiel',
  contactEmail: 'bea@beispiel.lotse.test',
  status: 'pending',
  createdAt: '2026-01-02T10:00:00Z',
};

afterEach(() => vi.unstubAllGlobals());

describe('SignupsTable', () => {
  it('approves a pending sign-up with the chosen starter knowledge base', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ ...pending, status: 'approved', template: 'empty' }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetch);
    renderWithApp(<SignupsTable signups={[pending]} />, { as: session({ roles: ['platform-admin'], offices: [] }) });

    const card = await screen.findByRole('region', { name: /Stadt Beispielstadt/ });
    expect(within(card).getByText('Bea Beispiel (bea@beispiel.lotse.test)')).toBeInTheDocument();
    await userEvent.selectOptions(within(card).getByRole('combobox', { name: 'Start-Wissensdatenbank' }), 'empty');
    await userEvent.click(within(card).getByRole('button', { name: 'Freigeben Stadt Beispielstadt' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Stadt Beispielstadt ist freigegeben und eingerichtet.',
    );
    expect(fetch).toHaveBeenCalledWith(
      `/api/v1/admin/signups/${pending.id}/approve`,
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ template: 'empty' }) }),
    );
  });

  it('offers no decision on a sign-up already decided', async () => {
    renderWithApp(
      <SignupsTable
        signups={[
          {
            ...pending,
            status: 'rejected',
            decidedBy: 'platform-admin',
            decidedAt: '2026-01-03T10:00:00Z',
            rejectionReason: 'keine Behörde',
          },
        ]}
      />,
    );

    const card = await screen.findByRole('region', { name: /Stadt Beispielstadt/ });
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
    expect(within(card).getByText(/keine Behörde/)).toBeInTheDocument();
  });
});
