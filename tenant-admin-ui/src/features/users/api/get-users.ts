import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { officeUserSchema, usersKey, usersPath } from './schemas';

/** The office's users: the members of its organization in the sign-in service. */
export function getUsers(slug: string) {
  return apiRequest(usersPath(slug), z.array(officeUserSchema));
}

export const usersQuery = (slug: string) => queryOptions({ queryKey: usersKey(slug), queryFn: () => getUsers(slug) });

export function useUsers(slug: string) {
  return useQuery(usersQuery(slug));
}
