import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { SIGNUPS_PATH, signupSchema, signupsKey, type SignupStatus } from './schemas';

/** Newest first; all of them, or those with one status. */
export function getSignups(status: SignupStatus | '') {
  return apiRequest(SIGNUPS_PATH, z.array(signupSchema), { query: { status } });
}

export const signupsQuery = (status: SignupStatus | '') =>
  queryOptions({ queryKey: signupsKey(status), queryFn: () => getSignups(status) });

export function useSignups(status: SignupStatus | '') {
  return useQuery(signupsQuery(status));
}
