import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { pilotStatsSchema, type StatsPeriod } from './schemas';

export const PILOT_STATS_PATH = '/api/v1/admin/stats/offices';
export const PILOT_REPORT_PATH = '/api/v1/admin/stats/report';

export function getPilotStats(period: StatsPeriod) {
  return apiRequest(PILOT_STATS_PATH, pilotStatsSchema, { query: { ...period } });
}

export const pilotStatsQuery = (period: StatsPeriod) =>
  queryOptions({
    queryKey: ['stats', 'pilot', period],
    queryFn: () => getPilotStats(period),
    placeholderData: keepPreviousData,
  });

/** Not asked at all for callers the platform would refuse. */
export function usePilotStats(period: StatsPeriod, enabled: boolean) {
  return useQuery({ ...pilotStatsQuery(period), enabled });
}
