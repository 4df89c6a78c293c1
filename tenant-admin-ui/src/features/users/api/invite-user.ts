import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { officeUserSchema, usersKey, usersPath, type OfficeRole } from './schemas';

export interface Invitation {
  email: string;
  firstName: string;
  lastName: string;
  role: OfficeRole;
}

/** Creates the user and e-mails them a link to set their password; 409 names an address in use. */
export function inviteUser(slug: string, invitation: Invitation) {
  return apiRequest(usersPath(slug), officeUserSchema, { method: 'POST', json: invitation });
}

export function useInviteUser(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitation: Invitation) => inviteUser(slug, invitation),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey(slug) }),
  });
}
