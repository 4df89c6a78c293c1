import { apiRequest } from '@/lib/api-client';
import { feedbackOutcomeSchema, feedbackPath } from './schemas';
import { useFeedbackAction } from './use-feedback-action';

export interface SampleQuestion {
  groupId: string;
  entryKey: string;
  /** One of the group's wordings with its language; both left out for the most frequent one. */
  question?: string;
  language?: string;
  publish: boolean;
}

/** The question becomes a sample question of the entry (a new revision); resolves the group. */
export function addSampleQuestion(slug: string, { groupId, ...body }: SampleQuestion) {
  return apiRequest(`${feedbackPath(slug)}/${encodeURIComponent(groupId)}/sample-question`, feedbackOutcomeSchema, {
    method: 'POST',
    json: body,
  });
}

export function useAddSampleQuestion(slug: string) {
  return useFeedbackAction(slug, (question: SampleQuestion) => addSampleQuestion(slug, question));
}
