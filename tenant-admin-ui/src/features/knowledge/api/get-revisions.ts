import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { entryPath, knowledgeKeys, revisionSchema } from './schemas';

/** The entry's history, newest first, without content. */
export function getRevisions(slug: string, key: string) {
  return apiRequest(`${entryPath(slug, key)}/revisions`, z.array(revisionSchema));
}

export const revisionsQuery = (slug: string, key: string) =>
  queryOptions({ queryKey: knowledgeKeys.revisions(slug, key), queryFn: () => getRevisions(slug, key) });

export function useRevisions(slug: string, key: string) {
  return useQuery(revisionsQuery(slug, key));
}
