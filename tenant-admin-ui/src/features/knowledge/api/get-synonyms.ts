import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { officePath } from './schemas';

export const synonymsSchema = z.object({ groups: z.array(z.array(z.string())) });

export const synonymsKey = (slug: string, language: string) => ['knowledge', slug, 'synonyms', language] as const;

/** Groups of words that mean the same in one language, e.g. [["Pass", "Reisepass"]]. */
export function getSynonyms(slug: string, language: string) {
  return apiRequest(`${officePath(slug)}/synonyms/${encodeURIComponent(language)}`, synonymsSchema);
}

export const synonymsQuery = (slug: string, language: string) =>
  queryOptions({ queryKey: synonymsKey(slug, language), queryFn: () => getSynonyms(slug, language) });

export function useSynonyms(slug: string, language: string) {
  return useQuery(synonymsQuery(slug, language));
}
