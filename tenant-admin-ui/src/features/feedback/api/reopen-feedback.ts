import { apiCommand } from '@/lib/api-client';
import { feedbackPath } from './schemas';
import { useFeedbackAction } from './use-feedback-action';

/** Undoes the decision about a group: its questions are open again. */
export function reopenFeedback(slug: string, groupId: string) {
  return apiCommand(`${feedbackPath(slug)}/${encodeURIComponent(groupId)}/reopen`, { method: 'POST' });
}

export function useReopenFeedback(slug: string) {
  return useFeedbackAction(slug, (groupId: string) => reopenFeedback(slug, groupId));
}
