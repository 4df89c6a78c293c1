import { useSearchParams } from 'react-router';
import { SelectField } from '@/components/ui/Field';
import { Loading } from '@/components/ui/Loading';
import { PageHeader } from '@/components/ui/PageHeader';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useSignups } from '@/features/signups/api/get-signups';
import type { SignupStatus } from '@/features/signups/api/schemas';
import { SignupsTable } from '@/features/signups/components/SignupsTable';
import { useSession } from '@/lib/auth/auth';
import { mayChangeOfficeStatus } from '@/lib/auth/permissions';
import { useI18n } from '@/lib/i18n/i18n';
import { Forbidden } from './status-pages';

const STATUSES: (SignupStatus | '')[] = ['pending', 'approved', 'rejected', ''];

/** The operators' queue of offices that signed up and wait for approval. */
export function SignupsRoute() {
  const { t } = useI18n();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const requested = params.get('status');
  const status = (STATUSES.find((s) => s === requested) ?? 'pending') as SignupStatus | '';
  const signups = useSignups(status);
  if (!mayChangeOfficeStatus(session)) return <Forbidden />;
  return (
    <>
      <PageHeader title={t('signups.title')}>
        <p>{t('signups.intro')}</p>
      </PageHeader>
      <SelectField
        label={t('signups.filter')}
        value={status || 'all'}
        onChange={(e) => setParams({ status: e.target.value })}
        fieldClassName="second-language"
      >
        <option value="pending">{t('signups.status.pending')}</option>
        <option value="approved">{t('signups.status.approved')}</option>
        <option value="rejected">{t('signups.status.rejected')}</option>
        <option value="all">{t('common.all')}</option>
      </SelectField>
      {signups.isPending ? (
        <Loading />
      ) : signups.error ? (
        <ProblemAlert error={signups.error} />
      ) : (
        <SignupsTable signups={signups.data} />
      )}
    </>
  );
}
