import { useMutation } from '@tanstack/react-query';
import { apiDownload, withQuery } from '@/lib/api-client';

export type CsvFormat = 'csv' | 'excel';

/**
 * Fetches a file with the caller's token (a plain link would go without it) and hands it to the
 * browser as a download.
 */
export function useStatsDownload() {
  return useMutation({
    mutationFn: async ({
      path,
      query,
      fallbackName,
    }: {
      path: string;
      query: Record<string, string | undefined>;
      fallbackName: string;
    }) => {
      const { blob, filename } = await apiDownload(withQuery(path, query), fallbackName);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return filename;
    },
  });
}
