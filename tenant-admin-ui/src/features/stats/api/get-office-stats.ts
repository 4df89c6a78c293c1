import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { officeStatsSchema, type StatsPeriod } from './schemas';

export const officeStatsPath = (slug: string) => `/api/v1/admin/tenants/${encodeURIComponent(slug)}/stats`;

export function getOfficeStats(slug: string, period: StatsPeriod) {
  return apiRequest(officeStatsPath(slug), officeStatsSchema, { query: { ...period } });
}

export const officeStatsQuery = (slug: string, period: StatsPeriod) =>
  queryOptions({
    queryKey: ['stats', 'office', slug, period],
    queryFn: () => getOfficeStats(slug, period),
    placeholderData: keepPreviousData,
  });

export function useOfficeStats(slug: string, period: StatsPeriod) {
  return useQuery(officeStatsQuery(slug, period));
}
