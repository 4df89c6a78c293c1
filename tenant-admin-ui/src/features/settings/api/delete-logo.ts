import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiCommand } from '@/lib/api-client';
import { settingsKey } from './get-settings';

export function deleteLogo(slug: string) {
  return apiCommand(`/api/v1/admin/tenants/${encodeURIComponent(slug)}/settings/logo`, { method: 'DELETE' });
}

export function useDeleteLogo(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => deleteLogo(slug),
    onSuccess: () => void client.invalidateQueries({ queryKey: settingsKey(slug) }),
  });
}
