import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';

export const auditRecordSchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string().nullish(),
  detail: z.record(z.string(), z.unknown()).default({}),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;

export const auditPageSchema = z.object({
  items: z.array(auditRecordSchema),
  page: z.number(),
  size: z.number(),
  total: z.number(),
});

export function getAudit(slug: string, page: number, size: number) {
  return apiRequest(`/api/v1/admin/tenants/${encodeURIComponent(slug)}/audit`, auditPageSchema, {
    query: { page, size },
  });
}

export const auditQuery = (slug: string, page: number, size: number) =>
  queryOptions({
    queryKey: ['audit', slug, page, size],
    queryFn: () => getAudit(slug, page, size),
    placeholderData: keepPreviousData,
  });

export function useAudit(slug: string, page: number, size: number) {
  return useQuery(auditQuery(slug, page, size));
}
