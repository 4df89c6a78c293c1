import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { entryPath, knowledgeKeys, revisionSchema } from './schemas';

/** One revision with its content. Revisions never change, so they are cached for good. */
export function getRevision(slug: string, key: string, revision: number) {
  return apiRequest(`${entryPath(slug, key)}/revisions/${revision}`, revisionSchema);
}

export const revisionQuery = (slug: string, key: string, revision: number) =>
  queryOptions({
    queryKey: knowledgeKeys.revision(slug, key, revision),
    queryFn: () => getRevision(slug, key, revision),
    staleTime: Infinity,
  });

export function useRevision(slug: string, key: string, revision: number | null) {
  return useQuery({ ...revisionQuery(slug, key, revision ?? 0), enabled: revision !== null && revision > 0 });
}
