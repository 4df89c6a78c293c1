import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload } from '@/lib/api-client';
import { importReportSchema, knowledgeKeys, officePath } from './schemas';

/** All or nothing: a file with any problem is refused with every problem listed (422). */
export function importKnowledgeBase(
  slug: string,
  file: File,
  publish: boolean,
  onProgress: (fraction: number) => void,
) {
  const form = new FormData();
  form.append('file', file);
  return apiUpload(`${officePath(slug)}/import?publish=${publish}`, form, importReportSchema, onProgress);
}

export function useImportKnowledgeBase(slug: string, onProgress: (fraction: number) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, publish }: { file: File; publish: boolean }) =>
      importKnowledgeBase(slug, file, publish, onProgress),
    onSuccess: () => client.invalidateQueries({ queryKey: knowledgeKeys.all(slug) }),
  });
}
