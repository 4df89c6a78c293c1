import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { officeUserSchema, usersKey, usersPath, type OfficeRole } from './schemas';

export function changeUserRole(slug: string, userId: string, role: OfficeRole) {
  return apiRequest(`${usersPath(slug)}/${encodeURIComponent(userId)}/role`, officeUserSchema, {
    method: 'PUT',
    json: { role },
  });
}

export function useChangeUserRole(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: OfficeRole }) => changeUserRole(slug, userId, role),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey(slug) }),
  });
}
