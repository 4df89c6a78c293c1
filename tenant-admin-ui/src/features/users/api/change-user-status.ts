import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { officeUserSchema, usersKey, usersPath } from './schemas';

export type UserStatus = 'active' | 'disabled';

/** "disabled" locks the user out at once (their sessions end); "active" undoes it. */
export function changeUserStatus(slug: string, userId: string, status: UserStatus) {
  return apiRequest(`${usersPath(slug)}/${encodeURIComponent(userId)}/status`, officeUserSchema, {
    method: 'PUT',
    json: { status },
  });
}

export function useChangeUserStatus(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, status }: { userId: string; status: UserStatus }) => changeUserStatus(slug, userId, status),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey(slug) }),
  });
}
