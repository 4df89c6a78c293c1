import { useMutation, useQueryClient } from '@tanstack/react-query';
import { knowledgeKeys } from '@/features/knowledge/api/schemas';
import { feedbackKeys } from './schemas';

/**
 * Every action changes the inbox, and all but dismissing change the knowledge base too. The lists
 * reload in the background: the acted-on group then leaves the list, and a caller's own onSuccess
 * must run before its card is gone.
 */
export function useFeedbackAction<V, R>(slug: string, action: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: feedbackKeys.all(slug) });
      void client.invalidateQueries({ queryKey: knowledgeKeys.all(slug) });
    },
  });
}
