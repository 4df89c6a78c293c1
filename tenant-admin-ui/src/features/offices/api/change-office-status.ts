import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { officeSchema } from './get-offices';

export type OfficeStatus = 'active' | 'suspended';

export function changeOfficeStatus(slug: string, status: OfficeStatus) {
  return apiRequest(`/api/v1/admin/tenants/${encodeURIComponent(slug)}/status`, officeSchema, {
    method: 'POST',
    json: { status },
  });
}

export function useChangeOfficeStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ slug, status }: { slug: string; status: OfficeStatus }) => changeOfficeStatus(slug, status),
    onSuccess: () => client.invalidateQueries({ queryKey: ['offices'] }),
  });
}
