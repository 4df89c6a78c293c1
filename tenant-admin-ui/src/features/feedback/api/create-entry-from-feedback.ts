import type { Translation } from '@/features/knowledge/api/schemas';
import { apiRequest } from '@/lib/api-client';
import { feedbackOutcomeSchema, feedbackPath } from './schemas';
import { useFeedbackAction } from './use-feedback-action';

export interface EntryFromFeedback {
  groupId: string;
  category: string;
  /** Which of the group's languages the questions come from. */
  language: string;
  /** At least the answer in that language; a full default-language translation besides it. */
  translations: Record<string, Partial<Translation>>;
  publish: boolean;
}

/** A new entry prefilled with the group's questions (title: the most frequent); resolves the group. */
export function createEntryFromFeedback(slug: string, { groupId, ...body }: EntryFromFeedback) {
  return apiRequest(`${feedbackPath(slug)}/${encodeURIComponent(groupId)}/entry`, feedbackOutcomeSchema, {
    method: 'POST',
    json: body,
  });
}

export function useCreateEntryFromFeedback(slug: string) {
  return useFeedbackAction(slug, (entry: EntryFromFeedback) => createEntryFromFeedback(slug, entry));
}
