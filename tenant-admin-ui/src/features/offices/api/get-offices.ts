import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';

export const officeSchema = z.object({
  slug: z.string(),
  displayName: z.string(),
  botName: z.string(),
  status: z.string(),
  defaultLanguage: z.string(),
  enabledLanguages: z.array(z.string()),
});
export type Office = z.infer<typeof officeSchema>;

/** Every office for operators and the ministry; an office's staff get their own offices. */
export function getOffices(): Promise<Office[]> {
  return apiRequest('/api/v1/admin/tenants', z.array(officeSchema));
}

export const officesQuery = () => queryOptions({ queryKey: ['offices'], queryFn: getOffices, staleTime: 60_000 });

export function useOffices() {
  return useQuery(officesQuery());
}

/** One office from the list (the list is small and cached). */
export function useOffice(slug: string) {
  const offices = useOffices();
  return { ...offices, office: offices.data?.find((o) => o.slug === slug) };
}
