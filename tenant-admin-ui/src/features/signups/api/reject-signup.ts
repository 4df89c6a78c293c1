import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { SIGNUPS_PATH, signupSchema } from './schemas';

export function rejectSignup(id: string, reason: string) {
  return apiRequest(`${SIGNUPS_PATH}/${encodeURIComponent(id)}/reject`, signupSchema, {
    method: 'POST',
    json: { reason },
  });
}

export function useRejectSignup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => rejectSignup(id, reason),
    // Reloaded in the background, so that the caller's onSuccess runs before the card leaves the list.
    onSuccess: () => void client.invalidateQueries({ queryKey: ['signups'] }),
  });
}
