import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { entryDetailSchema, entryPath, knowledgeKeys } from './schemas';

export function unpublishEntry(slug: string, key: string) {
  return apiRequest(`${entryPath(slug, key)}/unpublish`, entryDetailSchema, { method: 'POST' });
}

export function useUnpublishEntry(slug: string, key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unpublishEntry(slug, key),
    onSuccess: (entry) => {
      client.setQueryData(knowledgeKeys.entry(slug, key), entry);
      return client.invalidateQueries({ queryKey: knowledgeKeys.all(slug) });
    },
  });
}
