import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { SIGNUPS_PATH, signupSchema } from './schemas';

/**
 * Sets the office up with the starter knowledge base and invites the contact person as its first
 * administrator; approving again finishes what a failed attempt started.
 */
export function approveSignup(id: string, template: string) {
  return apiRequest(`${SIGNUPS_PATH}/${encodeURIComponent(id)}/approve`, signupSchema, {
    method: 'POST',
    json: { template },
  });
}

export function useApproveSignup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, template }: { id: string; template: string }) => approveSignup(id, template),
    // Reloaded in the background, so that the caller's onSuccess runs before the card leaves the list.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['signups'] });
      void client.invalidateQueries({ queryKey: ['offices'] });
    },
  });
}
