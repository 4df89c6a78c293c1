import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { entryDetailSchema, entryPath, knowledgeKeys } from './schemas';

/** Publishes the current revision; {@code revision} guards against publishing someone else's newer one. */
export function publishEntry(slug: string, key: string, revision: number) {
  return apiRequest(`${entryPath(slug, key)}/publish`, entryDetailSchema, { method: 'POST', json: { revision } });
}

export function usePublishEntry(slug: string, key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (revision: number) => publishEntry(slug, key, revision),
    onSuccess: (published) => {
      client.setQueryData(knowledgeKeys.entry(slug, key), published);
      return client.invalidateQueries({ queryKey: knowledgeKeys.all(slug) });
    },
  });
}
