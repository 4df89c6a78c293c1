import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiPage } from '@/lib/api-client';
import { feedbackGroupSchema, feedbackKeys, feedbackPath, type FeedbackStatus } from './schemas';

export interface FeedbackQuery {
  kind: '' | 'unhelpful' | 'fallback';
  status: FeedbackStatus;
  /** Days (YYYY-MM-DD, inclusive); empty for no limit. */
  from: string;
  to: string;
  page: number;
  size: number;
}

/** Groups of similar questions, most asked first; the total over all pages from X-Total-Count. */
export function getFeedback(slug: string, query: FeedbackQuery) {
  return apiPage(feedbackPath(slug), z.array(feedbackGroupSchema), { query: { ...query } });
}

export const feedbackQuery = (slug: string, query: FeedbackQuery) =>
  queryOptions({
    queryKey: feedbackKeys.list(slug, query),
    queryFn: () => getFeedback(slug, query),
    placeholderData: keepPreviousData,
  });

export function useFeedback(slug: string, query: FeedbackQuery) {
  return useQuery(feedbackQuery(slug, query));
}
