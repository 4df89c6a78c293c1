import { useMutation } from '@tanstack/react-query';
import { apiDownload, withQuery } from '@/lib/api-client';

/** The browser refused to open a new tab (a pop-up blocker). */
export class TabBlockedError extends Error {
  constructor() {
    super('the browser blocked the new tab');
  }
}

/**
 * Opens a printable page of the platform in a new tab. A plain link would go without the token,
 * so the page is fetched with it and shown from a blob URL of the app's own origin. The tab is
 * opened at once, while the click still counts as the reader's (later, pop-up blockers refuse),
 * and shows `waiting` until the page has arrived.
 */
export function useOpenInTab() {
  return useMutation({
    mutationFn: async ({
      path,
      query,
      waiting,
    }: {
      path: string;
      query: Record<string, string | undefined>;
      waiting: string;
    }) => {
      const tab = window.open('', '_blank');
      if (!tab) throw new TabBlockedError();
      tab.opener = null; // the page needs nothing of the app
      tab.document.title = waiting;
      tab.document.body.textContent = waiting;
      try {
        const { blob } = await apiDownload(withQuery(path, query), 'report.html');
        const url = URL.createObjectURL(new Blob([blob], { type: 'text/html;charset=utf-8' }));
        tab.location.href = url;
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      } catch (error) {
        tab.close();
        throw error;
      }
    },
  });
}
