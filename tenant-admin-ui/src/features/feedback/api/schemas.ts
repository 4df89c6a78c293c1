// The shapes of the feedback inbox API (platform-api's feedback feature).
import { z } from 'zod';
import { entryDetailSchema } from '@/features/knowledge/api/schemas';

export const feedbackStatusSchema = z.enum(['open', 'dismissed', 'resolved']);
export type FeedbackStatus = z.infer<typeof feedbackStatusSchema>;

export const feedbackDecisionSchema = z.object({
  status: feedbackStatusSchema,
  /** dismissed, sample-question or entry-created */
  action: z.string(),
  entryKey: z.string().nullish(),
  language: z.string().nullish(),
  at: z.string(),
  by: z.string(),
});

export const feedbackGroupSchema = z.object({
  id: z.string(),
  status: feedbackStatusSchema,
  question: z.string(),
  variants: z.array(z.object({ text: z.string(), language: z.string(), count: z.number() })),
  questions: z.number(),
  unhelpful: z.number(),
  fallback: z.number(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  languages: z.array(z.string()),
  answeredEntries: z.array(z.object({ entryKey: z.string(), count: z.number() })),
  comments: z.array(z.object({ text: z.string(), language: z.string().nullish(), at: z.string() })),
  commentCount: z.number(),
  decision: feedbackDecisionSchema.nullish(),
});
export type FeedbackGroup = z.infer<typeof feedbackGroupSchema>;

export const feedbackOutcomeSchema = z.object({
  groupId: z.string(),
  decision: feedbackDecisionSchema.nullish(),
  entry: entryDetailSchema.nullish(),
});

export const feedbackKeys = {
  all: (slug: string) => ['feedback', slug] as const,
  list: (slug: string, query: object) => ['feedback', slug, query] as const,
};

export function feedbackPath(slug: string): string {
  return `/api/v1/admin/tenants/${encodeURIComponent(slug)}/feedback`;
}
