import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { entryPageSchema, knowledgeKeys, officePath, type EntryStatus } from './schemas';

export interface EntryQuery {
  q?: string;
  category?: string;
  status?: EntryStatus | '';
  missingLanguage?: string;
  page: number;
  size: number;
}

export function getEntries(slug: string, query: EntryQuery) {
  return apiRequest(`${officePath(slug)}/entries`, entryPageSchema, { query: { ...query } });
}

export const entriesQuery = (slug: string, query: EntryQuery) =>
  queryOptions({
    queryKey: knowledgeKeys.entries(slug, query),
    queryFn: () => getEntries(slug, query),
    placeholderData: keepPreviousData,
  });

export function useEntries(slug: string, query: EntryQuery) {
  return useQuery(entriesQuery(slug, query));
}
