import { useOutletContext } from 'react-router';
import type { Office } from '@/features/offices/api/get-offices';

export interface OfficeContext {
  office: Office;
}

/** The office of the URL, loaded once by the office's layout route. */
export function useCurrentOffice(): Office {
  return useOutletContext<OfficeContext>().office;
}
