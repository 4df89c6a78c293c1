import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { categorySchema, knowledgeKeys, officePath } from './schemas';

export function getCategories(slug: string) {
  return apiRequest(`${officePath(slug)}/categories`, z.array(categorySchema));
}

export const categoriesQuery = (slug: string) =>
  queryOptions({ queryKey: knowledgeKeys.categories(slug), queryFn: () => getCategories(slug), staleTime: 60_000 });

export function useCategories(slug: string) {
  return useQuery(categoriesQuery(slug));
}
