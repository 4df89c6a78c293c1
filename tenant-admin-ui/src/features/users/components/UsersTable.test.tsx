import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, session } from '@/testing/render';
import type { OfficeUser } from '../api/schemas';
import { UsersTable } from './UsersTable';

const me: OfficeUser = {
  id: '00000000-0000-0000-0000-000000000001',
  username: 'rosenheim-admin',
  email: 'rosenheim-admin@rosenheim.lotse.test',
  firstName: 'Rosa',
  lastName: 'Admin',
  role: 'tenant-admin',
  status: 'active',
  emailVerified: true,
  pendingActions: [],
  createdAt: '2026-01-02T10:00:00Z',
};
const editor: OfficeUser = {
  ...me,
  id: '00000000-0000-0000-0000-000000000002',
  username: 'erik',
  email: 'erik@rosenheim.lotse.test',
  firstName: 'Erik',
  lastName: 'Editor',
  role: 'tenant-editor',
  pendingActions: ['UPDATE_PASSWORD'],
};

afterEach(() => vi.unstubAllGlobals());

function stubFetch(body: unknown) {
  const fetch = vi.fn(
    async () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('UsersTable', () => {
  it('offers no role change and no lock-out for one’s own account', async () => {
    renderWithApp(<UsersTable slug="rosenheim" users={[me, editor]} />, { as: session() });

    const own = await screen.findByRole('row', { name: /Rosa Admin/ });
    expect(within(own).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(own).queryByRole('button')).not.toBeInTheDocument();
    expect(within(own).getByText('Ihr Konto')).toBeInTheDocument();
    const other = screen.getByRole('row', { name: /Erik Editor/ });
    expect(within(other).getByText('Einladung noch nicht angenommen')).toBeInTheDocument();
  });

  it('changes a role with its own save button', async () => {
    const fetch = stubFetch({ ...editor, role: 'tenant-admin' });
    renderWithApp(<UsersTable slug="rosenheim" users={[me, editor]} />, { as: session() });

    const save = await screen.findByRole('button', { name: 'Rolle von Erik Editor speichern' });
    expect(save).toBeDisabled();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rolle von Erik Editor' }), 'tenant-admin');
    await userEvent.click(save);

    expect(await screen.findByRole('status')).toHaveTextContent('Erik Editor hat jetzt die Rolle Administration.');
    expect(fetch).toHaveBeenCalledWith(
      `/api/v1/admin/tenants/rosenheim/users/${editor.id}/role`,
      expect.objectContaining({ method: 'PUT', body: JSON.stringify({ role: 'tenant-admin' }) }),
    );
  });

  it('disables someone only after confirming', async () => {
    const fetch = stubFetch({ ...editor, status: 'disabled' });
    renderWithApp(<UsersTable slug="rosenheim" users={[me, editor]} />, { as: session() });

    await userEvent.click(await screen.findByRole('button', { name: 'Erik Editor sperren' }));
    expect(fetch).not.toHaveBeenCalled();
    await userEvent.click(
      within(screen.getByRole('dialog', { hidden: true })).getByRole('button', { name: 'Sperren', hidden: true }),
    );

    expect(await screen.findByRole('status')).toHaveTextContent('Erik Editor ist gesperrt.');
    expect(fetch).toHaveBeenCalledWith(
      `/api/v1/admin/tenants/rosenheim/users/${editor.id}/status`,
      expect.objectContaining({ body: JSON.stringify({ status: 'disabled' }) }),
    );
  });
});
