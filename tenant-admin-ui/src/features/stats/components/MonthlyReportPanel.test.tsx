import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, session } from '@/testing/render';
import { MonthlyReportPanel } from './MonthlyReportPanel';

const ANALYST = session({ username: 'ministry-analyst', roles: ['ministry-analyst'], offices: [] });

function reportResponse() {
  return vi.fn(
    async (_url: RequestInfo | URL) =>
      new Response('<!DOCTYPE html><title>Monatsbericht</title>', {
        status: 200,
        headers: { 'Content-Type': 'text/html;charset=UTF-8' },
      }),
  );
}

/** What the app sees of the new tab: a blank page it fills, then sends to the report. */
function blankTab() {
  return { opener: {}, document: { title: '', body: { textContent: '' } }, location: { href: '' }, close: vi.fn() };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('MonthlyReportPanel', () => {
  it('opens the chosen month in a new tab from a blob of the fetched page', async () => {
    const fetch = reportResponse();
    vi.stubGlobal('fetch', fetch);
    const tab = blankTab();
    vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:report');
    renderWithApp(<MonthlyReportPanel />, { as: ANALYST });

    const month = screen.getByLabelText('Monat');
    await userEvent.clear(month);
    await userEvent.type(month, '2026-05');
    await userEvent.click(screen.getByRole('button', { name: 'Bericht zum Drucken öffnen' }));

    await vi.waitFor(() => expect(tab.location.href).toBe('blob:report'));
    expect(window.open).toHaveBeenCalledWith('', '_blank');
    expect(tab.opener).toBeNull();
    expect(String(fetch.mock.calls[0][0])).toBe('/api/v1/admin/stats/report?month=2026-05');
    expect(tab.close).not.toHaveBeenCalled();
  });

  it('says so when the browser blocks the tab, and the download still works', async () => {
    const fetch = reportResponse();
    vi.stubGlobal('fetch', fetch);
    vi.spyOn(window, 'open').mockReturnValue(null);
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:report');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    renderWithApp(<MonthlyReportPanel />, { as: ANALYST });

    await userEvent.click(screen.getByRole('button', { name: 'Bericht zum Drucken öffnen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Der Browser hat den neuen Tab blockiert.');
    expect(fetch).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Bericht herunterladen' }));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(String(fetch.mock.calls[0][0])).toMatch(
      /^\/api\/v1\/admin\/stats\/report\?month=\d{4}-\d{2}&download=true$/,
    );
  });
});
