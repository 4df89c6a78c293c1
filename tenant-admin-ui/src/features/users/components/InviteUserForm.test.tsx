import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { InviteUserForm } from './InviteUserForm';

afterEach(() => vi.unstubAllGlobals());

function respond(status: number, body: unknown) {
  const fetch = vi.fn(
    async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function fillAndSend() {
  await userEvent.type(await screen.findByRole('textbox', { name: 'E-Mail' }), 'neu@rosenheim.lotse.test');
  await userEvent.type(screen.getByRole('textbox', { name: 'Vorname' }), 'Nina');
  await userEvent.type(screen.getByRole('textbox', { name: 'Nachname' }), 'Neu');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rolle' }), 'tenant-admin');
  await userEvent.click(screen.getByRole('button', { name: 'Einladung senden' }));
}

describe('InviteUserForm', () => {
  it('invites with the chosen role and says to whom the e-mail went', async () => {
    const fetch = respond(201, {
      id: '00000000-0000-0000-0000-000000000009',
      username: 'neu@rosenheim.lotse.test',
      email: 'neu@rosenheim.lotse.test',
      firstName: 'Nina',
      lastName: 'Neu',
      role: 'tenant-admin',
      status: 'active',
      emailVerified: false,
      pendingActions: ['UPDATE_PASSWORD'],
      createdAt: '2026-01-02T10:00:00Z',
    });
    renderWithApp(<InviteUserForm slug="rosenheim" />);

    await fillAndSend();

    expect(await screen.findByRole('status')).toHaveTextContent('Einladung an neu@rosenheim.lotse.test gesendet.');
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/admin/tenants/rosenheim/users',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({
          email: 'neu@rosenheim.lotse.test',
          firstName: 'Nina',
          lastName: 'Neu',
          role: 'tenant-admin',
        }),
      }),
    );
    expect(screen.getByRole('textbox', { name: 'E-Mail' })).toHaveValue('');
  });

  it('shows an address already in use at the e-mail field', async () => {
    respond(409, {
      type: 'urn:lotse:problem:email-taken',
      detail: 'This e-mail address already has an account.',
      errors: [{ field: 'email', message: 'already has an account' }],
    });
    renderWithApp(<InviteUserForm slug="rosenheim" />);

    await fillAndSend();

    // In the reader's language, chosen by the problem's type and field; the platform's words folded away.
    expect(await screen.findByRole('textbox', { name: 'E-Mail' })).toHaveAccessibleDescription(
      'Für diese Adresse gibt es schon ein Konto.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/^Für diese E-Mail-Adresse gibt es schon ein Konto\./);
    expect(screen.getByText('This e-mail address already has an account.')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('textbox', { name: 'Vorname' })).toHaveValue('Nina');
  });
});
