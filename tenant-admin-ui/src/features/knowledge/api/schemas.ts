// The shapes of the knowledge-base API's answers (platform-api's knowledge feature).
import { z } from 'zod';

export const translationSchema = z.object({
  title: z.string(),
  questions: z.array(z.string()).default([]),
  answer: z.string(),
});
export type Translation = z.infer<typeof translationSchema>;

export const entryStatusSchema = z.enum(['draft', 'published']);
export type EntryStatus = z.infer<typeof entryStatusSchema>;

export const entrySummarySchema = z.object({
  key: z.string(),
  category: z.string().nullish(),
  title: z.string().nullish(),
  languages: z.array(z.string()),
  status: entryStatusSchema,
  currentRevision: z.number(),
  publishedRevision: z.number().nullish(),
  updatedAt: z.string(),
});
export type EntrySummary = z.infer<typeof entrySummarySchema>;

export const entryPageSchema = z.object({
  items: z.array(entrySummarySchema),
  page: z.number(),
  size: z.number(),
  total: z.number(),
});
export type EntryPage = z.infer<typeof entryPageSchema>;

export const entryDetailSchema = z.object({
  key: z.string(),
  category: z.string().nullish(),
  status: entryStatusSchema,
  currentRevision: z.number(),
  publishedRevision: z.number().nullish(),
  updatedAt: z.string(),
  translations: z.record(z.string(), translationSchema),
});
export type EntryDetail = z.infer<typeof entryDetailSchema>;

export const entryContentSchema = z.object({
  key: z.string(),
  category: z.string().nullish(),
  translations: z.record(z.string(), translationSchema),
});
export type EntryContent = z.infer<typeof entryContentSchema>;

export const revisionSchema = z.object({
  revision: z.number(),
  change: z.string(),
  changedBy: z.string().nullish(),
  changedAt: z.string(),
  published: z.boolean(),
  content: entryContentSchema.nullish(),
});
export type Revision = z.infer<typeof revisionSchema>;

export const categorySchema = z.object({
  key: z.string(),
  titles: z.record(z.string(), z.string()),
  position: z.number(),
});
export type Category = z.infer<typeof categorySchema>;

export const importReportSchema = z.object({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  published: z.number(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const knowledgeKeys = {
  all: (slug: string) => ['knowledge', slug] as const,
  entries: (slug: string, query: object) => ['knowledge', slug, 'entries', query] as const,
  entry: (slug: string, key: string) => ['knowledge', slug, 'entry', key] as const,
  revisions: (slug: string, key: string) => ['knowledge', slug, 'revisions', key] as const,
  revision: (slug: string, key: string, revision: number) => ['knowledge', slug, 'revision', key, revision] as const,
  categories: (slug: string) => ['knowledge', slug, 'categories'] as const,
};

export function officePath(slug: string): string {
  return `/api/v1/admin/tenants/${encodeURIComponent(slug)}`;
}

export function entryPath(slug: string, key: string): string {
  return `${officePath(slug)}/entries/${encodeURIComponent(key)}`;
}
