import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useOffices } from '@/features/offices/api/get-offices';
import { useSession } from '@/lib/auth/auth';
import { firstArea, maySeeAllOffices } from '@/lib/auth/permissions';
import { NoOffice } from './status-pages';

/** Where a signed-in user starts: their office, or the list of all offices for operators and the ministry. */
export function HomeRoute() {
  const session = useSession();
  const offices = useOffices();
  if (maySeeAllOffices(session)) return <Navigate to="/offices" replace />;
  if (offices.isPending) return <Loading />;
  if (offices.error) return <ProblemAlert error={offices.error} />;
  for (const office of offices.data) {
    const area = firstArea(session, office.slug);
    if (area) return <Navigate to={`/o/${office.slug}/${area}`} replace />;
  }
  return <NoOffice />;
}
