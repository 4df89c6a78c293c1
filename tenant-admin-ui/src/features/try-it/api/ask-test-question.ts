import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';

export const previewAnswerSchema = z.object({
  decision: z.enum(['answer', 'clarify', 'fallback']),
  entryKey: z.string().nullish(),
  title: z.string().nullish(),
  answer: z.string().nullish(),
  language: z.string(),
  languageFallback: z.boolean(),
  score: z.number(),
  suggestions: z.array(z.object({ entryKey: z.string(), title: z.string().nullish() })),
  candidates: z.array(z.object({ entryKey: z.string(), title: z.string().nullish(), score: z.number() })),
  searched: z.string(),
});
export type PreviewAnswer = z.infer<typeof previewAnswerSchema>;

export interface TestQuestion {
  question: string;
  /** The language a citizen would have chosen in the widget; none to let the engine detect it. */
  language?: string;
}

/** What the bot would answer, and why. Published content only; neither logged nor counted. */
export function askTestQuestion(slug: string, question: TestQuestion) {
  return apiRequest(`/api/v1/admin/tenants/${encodeURIComponent(slug)}/test-question`, previewAnswerSchema, {
    method: 'POST',
    json: question,
  });
}

export function useAskTestQuestion(slug: string) {
  return useMutation({ mutationFn: (question: TestQuestion) => askTestQuestion(slug, question) });
}
