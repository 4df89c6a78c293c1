import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp, ROSENHEIM, session } from '@/testing/render';
import type { Office } from '../api/get-offices';
import { OfficesTable } from './OfficesTable';

const offices: Office[] = [
  ROSENHEIM,
  { ...ROSENHEIM, slug: 'musterstadt', displayName: 'Stadt Musterstadt', status: 'suspended' },
];

describe('OfficesTable', () => {
  it('lets the platform operator open each office and suspend or activate it', async () => {
    renderWithApp(<OfficesTable offices={offices} />, { as: session({ roles: ['platform-admin'], offices: [] }) });

    expect(await screen.findByRole('link', { name: 'Landratsamt Rosenheim' })).toHaveAttribute(
      'href',
      '/o/rosenheim/statistics',
    );
    expect(screen.getByRole('button', { name: 'Sperren Landratsamt Rosenheim' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aktivieren Stadt Musterstadt' })).toBeInTheDocument();
  });

  it('shows the ministry analyst the offices without any way into their content', async () => {
    renderWithApp(<OfficesTable offices={offices} />, { as: session({ roles: ['ministry-analyst'], offices: [] }) });

    expect(await screen.findByRole('rowheader', { name: 'Landratsamt Rosenheim' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Gesperrt' })).toBeInTheDocument();
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});
