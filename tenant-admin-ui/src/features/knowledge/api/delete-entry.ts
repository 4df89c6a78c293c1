import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCommand } from '@/lib/api-client';
import { entryPath, knowledgeKeys } from './schemas';

export function deleteEntry(slug: string, key: string, revision: number) {
  return apiCommand(entryPath(slug, key), { method: 'DELETE', query: { revision } });
}

export function useDeleteEntry(slug: string, key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (revision: number) => deleteEntry(slug, key, revision),
    onSuccess: () => {
      client.removeQueries({ queryKey: knowledgeKeys.entry(slug, key) });
      return client.invalidateQueries({ queryKey: knowledgeKeys.all(slug) });
    },
  });
}
