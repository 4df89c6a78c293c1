import { Loading } from '@/components/ui/Loading';
import { PageHeader } from '@/components/ui/PageHeader';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useUsers } from '@/features/users/api/get-users';
import { InviteUserForm } from '@/features/users/components/InviteUserForm';
import { UsersTable } from '@/features/users/components/UsersTable';
import { useI18n } from '@/lib/i18n/i18n';
import { useCurrentOffice } from './office-context';

export function UsersRoute() {
  const { t } = useI18n();
  const office = useCurrentOffice();
  const users = useUsers(office.slug);
  return (
    <>
      <PageHeader title={t('users.title')}>
        <p>{t('users.intro')}</p>
      </PageHeader>
      {users.isPending ? (
        <Loading />
      ) : users.error ? (
        <ProblemAlert error={users.error} />
      ) : (
        <UsersTable slug={office.slug} users={users.data} />
      )}
      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title">{t('users.inviteTitle')}</h2>
        <p className="hint">{t('users.inviteHint')}</p>
        <InviteUserForm slug={office.slug} />
      </section>
    </>
  );
}
