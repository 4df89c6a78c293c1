import { Navigate, Outlet, useParams } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useOffice } from '@/features/offices/api/get-offices';
import { useSession } from '@/lib/auth/auth';
import { firstArea, mayOpenOffice, mayUse, type OfficeArea } from '@/lib/auth/permissions';
import { Forbidden, NotFound } from '../status-pages';
import type { OfficeContext } from './office-context';

/** Loads the office of the URL and lets through only callers who may open it. */
export function OfficeLayout() {
  const { slug = '' } = useParams();
  const session = useSession();
  const { office, isPending, error } = useOffice(slug);
  if (!mayOpenOffice(session, slug)) return <Forbidden />;
  if (isPending) return <Loading />;
  if (error) return <ProblemAlert error={error} />;
  if (!office) return <NotFound />;
  return <Outlet context={{ office } satisfies OfficeContext} />;
}

export function OfficeIndex() {
  const { slug = '' } = useParams();
  const area = firstArea(useSession(), slug);
  return area ? <Navigate to={area} replace /> : <Forbidden />;
}

/** Renders the area only for callers whose role allows it (the platform checks again). */
export function RequireArea({ area, children }: { area: OfficeArea; children: React.ReactNode }) {
  const { slug = '' } = useParams();
  return mayUse(useSession(), slug, area) ? <>{children}</> : <Forbidden />;
}
