import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { entryDetailSchema, entryPath, knowledgeKeys, type Translation } from './schemas';

export interface EntryChange {
  category: string | null;
  translations: Record<string, Translation>;
  /** The revision the editor loaded: the platform answers 409 if someone saved since. */
  revision: number;
}

export function updateEntry(slug: string, key: string, change: EntryChange) {
  return apiRequest(entryPath(slug, key), entryDetailSchema, { method: 'PUT', json: change });
}

export function useUpdateEntry(slug: string, key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: EntryChange) => updateEntry(slug, key, change),
    onSuccess: (saved) => {
      client.setQueryData(knowledgeKeys.entry(slug, key), saved);
      return client.invalidateQueries({ queryKey: knowledgeKeys.all(slug) });
    },
  });
}
