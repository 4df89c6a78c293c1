import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { synonymsKey, synonymsSchema } from './get-synonyms';
import { officePath } from './schemas';

/** Replaces a language's synonym groups; the chat uses them at once. */
export function replaceSynonyms(slug: string, language: string, groups: string[][]) {
  return apiRequest(`${officePath(slug)}/synonyms/${encodeURIComponent(language)}`, synonymsSchema, {
    method: 'PUT',
    json: { groups },
  });
}

export function useReplaceSynonyms(slug: string, language: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (groups: string[][]) => replaceSynonyms(slug, language, groups),
    onSuccess: (saved) => client.setQueryData(synonymsKey(slug, language), saved),
  });
}
