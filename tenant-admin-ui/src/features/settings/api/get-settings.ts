import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';

export const settingsSchema = z.object({
  displayName: z.string(),
  botName: z.string(),
  defaultLanguage: z.string(),
  enabledLanguages: z.array(z.string()),
  greetings: z.record(z.string(), z.string()).default({}),
  branding: z
    .object({
      primaryColor: z.string().nullish(),
      accentColor: z.string().nullish(),
      logoUrl: z.string().nullish(),
    })
    .nullish(),
  handoff: z
    .object({
      email: z.string().nullish(),
      phone: z.string().nullish(),
      address: z.string().nullish(),
      openingHours: z.string().nullish(),
      appointmentUrl: z.string().nullish(),
    })
    .nullish(),
  allowedOrigins: z.array(z.string()).default([]),
  privacyUrl: z.string().nullish(),
  /** The engine's thresholds: not edited here, sent back as they came. */
  thresholds: z.record(z.string(), z.number().nullable()).nullish(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsKey = (slug: string) => ['settings', slug] as const;

export function getSettings(slug: string) {
  return apiRequest(`/api/v1/admin/tenants/${encodeURIComponent(slug)}/settings`, settingsSchema);
}

export const settingsQuery = (slug: string) =>
  queryOptions({ queryKey: settingsKey(slug), queryFn: () => getSettings(slug) });

export function useSettings(slug: string) {
  return useQuery(settingsQuery(slug));
}
