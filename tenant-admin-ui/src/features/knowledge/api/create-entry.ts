import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { entryDetailSchema, knowledgeKeys, officePath, type Translation } from './schemas';

export interface NewEntry {
  key: string;
  category: string | null;
  translations: Record<string, Translation>;
}

export function createEntry(slug: string, entry: NewEntry) {
  return apiRequest(`${officePath(slug)}/entries`, entryDetailSchema, { method: 'POST', json: entry });
}

export function useCreateEntry(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (entry: NewEntry) => createEntry(slug, entry),
    onSuccess: () => client.invalidateQueries({ queryKey: knowledgeKeys.all(slug) }),
  });
}
