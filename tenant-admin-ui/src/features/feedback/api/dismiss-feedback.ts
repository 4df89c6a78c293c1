import { apiRequest } from '@/lib/api-client';
import { feedbackOutcomeSchema, feedbackPath } from './schemas';
import { useFeedbackAction } from './use-feedback-action';

/** The group needs nothing, now and when its question comes again. */
export function dismissFeedback(slug: string, groupId: string) {
  return apiRequest(`${feedbackPath(slug)}/${encodeURIComponent(groupId)}/dismiss`, feedbackOutcomeSchema, {
    method: 'POST',
  });
}

export function useDismissFeedback(slug: string) {
  return useFeedbackAction(slug, (groupId: string) => dismissFeedback(slug, groupId));
}
