import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { categorySchema, knowledgeKeys, officePath } from './schemas';

export interface CategoryChange {
  key: string;
  /** Per language code. */
  titles: Record<string, string>;
  /** Place in the list from 0; absent keeps it (a new category goes last). */
  position?: number;
}

/** Creates the category or changes its titles. */
export function saveCategory(slug: string, { key, titles, position }: CategoryChange) {
  return apiRequest(`${officePath(slug)}/categories/${encodeURIComponent(key)}`, categorySchema, {
    method: 'PUT',
    json: { titles, position },
  });
}

export function useSaveCategory(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: CategoryChange) => saveCategory(slug, change),
    onSuccess: () => client.invalidateQueries({ queryKey: knowledgeKeys.categories(slug) }),
  });
}
