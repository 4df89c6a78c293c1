import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '@/lib/api-client';
import { officePath } from './schemas';

export function exportKnowledgeBase(slug: string) {
  return apiDownload(`${officePath(slug)}/export`, `${slug}-knowledge-base.json`);
}

/** Downloads the export and hands it to the browser as a file. */
export function useExportKnowledgeBase(slug: string) {
  return useMutation({
    mutationFn: async () => {
      const { blob, filename } = await exportKnowledgeBase(slug);
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
