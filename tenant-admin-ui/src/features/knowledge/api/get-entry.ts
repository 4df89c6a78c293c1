import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { entryDetailSchema, entryPath, knowledgeKeys } from './schemas';

export function getEntry(slug: string, key: string) {
  return apiRequest(entryPath(slug, key), entryDetailSchema);
}

export const entryQuery = (slug: string, key: string) =>
  queryOptions({ queryKey: knowledgeKeys.entry(slug, key), queryFn: () => getEntry(slug, key) });

export function useEntry(slug: string, key: string) {
  return useQuery(entryQuery(slug, key));
}
