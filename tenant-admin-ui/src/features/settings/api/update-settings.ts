import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { settingsKey, settingsSchema, type Settings } from './get-settings';

export function updateSettings(slug: string, settings: Settings) {
  return apiRequest(`/api/v1/admin/tenants/${encodeURIComponent(slug)}/settings`, settingsSchema, {
    method: 'PUT',
    json: settings,
  });
}

export function useUpdateSettings(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: Settings) => updateSettings(slug, settings),
    onSuccess: (saved) => {
      client.setQueryData(settingsKey(slug), saved);
      // The office list shows bot name and languages.
      return client.invalidateQueries({ queryKey: ['offices'] });
    },
  });
}
