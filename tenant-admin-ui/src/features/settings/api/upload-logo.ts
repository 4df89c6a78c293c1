import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { settingsKey } from './get-settings';

export const logoSummarySchema = z.object({
  /** Where the widget loads it; also the office's branding.logoUrl from now on. */
  url: z.string(),
  contentType: z.string(),
  bytes: z.number(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  updatedAt: z.string(),
});

/** PNG, JPEG or SVG, judged by its content; an SVG is checked and stored re-written. */
export function uploadLogo(slug: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return apiRequest(`/api/v1/admin/tenants/${encodeURIComponent(slug)}/settings/logo`, logoSummarySchema, {
    method: 'PUT',
    form,
  });
}

export function useUploadLogo(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadLogo(slug, file),
    onSuccess: () => void client.invalidateQueries({ queryKey: settingsKey(slug) }),
  });
}
