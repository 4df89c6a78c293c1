import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useSession } from '@/lib/auth/auth';
import { useI18n } from '@/lib/i18n/i18n';
import { useChangeUserRole } from '../api/change-user-role';
import { useChangeUserStatus } from '../api/change-user-status';
import { OFFICE_ROLES, type OfficeRole, type OfficeUser } from '../api/schemas';
import { roleLabel } from './role-label';

function nameOf(user: OfficeUser): string {
  return [user.firstName, user.lastName].filter(Boolean).join(' ') || user.username;
}

/** The office's users; roles changed and accounts disabled or enabled per row (not one's own). */
export function UsersTable({ slug, users }: { slug: string; users: OfficeUser[] }) {
  const { t, formatDateTime } = useI18n();
  const session = useSession();
  const changeRole = useChangeUserRole(slug);
  const changeStatus = useChangeUserStatus(slug);
  const [roles, setRoles] = useState<Record<string, OfficeRole>>({});
  const [disabling, setDisabling] = useState<OfficeUser | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const saveRole = (user: OfficeUser) => {
    const role = roles[user.id];
    if (!role) return;
    setDone(null);
    changeRole.mutate(
      { userId: user.id, role },
      { onSuccess: (u) => setDone(t('users.roleChanged', { name: nameOf(u), role: roleLabel(u.role, t) })) },
    );
  };
  const setStatus = (user: OfficeUser, status: 'active' | 'disabled') => {
    setDone(null);
    changeStatus.mutate(
      { userId: user.id, status },
      {
        onSuccess: (u) => setDone(t(u.status === 'active' ? 'users.enabled' : 'users.disabled', { name: nameOf(u) })),
      },
    );
  };

  if (!users.length) return <p>{t('users.empty')}</p>;
  return (
    <>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ProblemAlert error={changeRole.error ?? changeStatus.error} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.status')}</th>
              <th scope="col">{t('offices.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => {
              const own = user.username === session.username;
              const invitationOpen = user.pendingActions.length > 0;
              const chosen = roles[user.id] ?? user.role ?? '';
              return (
                <tr key={user.id}>
                  <th scope="row">
                    {nameOf(user)}
                    <div className="muted">{user.username}</div>
                  </th>
                  <td>{user.email ?? t('common.none')}</td>
                  <td>
                    {own ? (
                      roleLabel(user.role, t)
                    ) : (
                      <div className="role-cell">
                        <label className="sr-only" htmlFor={`role-${user.id}`}>
                          {t('users.roleOf', { name: nameOf(user) })}
                        </label>
                        <select
                          id={`role-${user.id}`}
                          value={chosen}
                          onChange={(e) => setRoles({ ...roles, [user.id]: e.target.value as OfficeRole })}
                        >
                          {user.role && !OFFICE_ROLES.includes(user.role as OfficeRole) ? (
                            <option value={user.role}>{user.role}</option>
                          ) : null}
                          {!user.role ? <option value="">{t('users.role.none')}</option> : null}
                          {OFFICE_ROLES.map((role) => (
                            <option key={role} value={role}>
                              {roleLabel(role, t)}
                            </option>
                          ))}
                        </select>
                        <button
                          type="button"
                          className="button secondary small"
                          disabled={!roles[user.id] || roles[user.id] === user.role || changeRole.isPending}
                          onClick={() => saveRole(user)}
                          aria-label={t('users.saveRoleOf', { name: nameOf(user) })}
                        >
                          {t('common.save')}
                        </button>
                      </div>
                    )}
                  </td>
                  <td>
                    <span className={`badge badge-user-${user.status}`}>
                      {user.status === 'active' ? t('users.status.active') : t('users.status.disabled')}
                    </span>
                    {invitationOpen ? <div className="muted">{t('users.invitationOpen')}</div> : null}
                    {user.createdAt ? (
                      <div className="muted">{t('users.since', { when: formatDateTime(user.createdAt) })}</div>
                    ) : null}
                  </td>
                  <td>
                    {own ? (
                      <span className="muted">{t('users.you')}</span>
                    ) : user.status === 'active' ? (
                      <button
                        type="button"
                        className="button danger-outline small"
                        aria-label={t('users.disableUser', { name: nameOf(user) })}
                        onClick={() => setDisabling(user)}
                      >
                        {t('users.disable')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button secondary small"
                        aria-label={t('users.enableUser', { name: nameOf(user) })}
                        onClick={() => setStatus(user, 'active')}
                      >
                        {t('users.enable')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={disabling !== null}
        title={t('users.disable')}
        confirmLabel={t('users.disable')}
        cancelLabel={t('common.cancel')}
        danger
        onCancel={() => setDisabling(null)}
        onConfirm={() => {
          if (disabling) setStatus(disabling, 'disabled');
          setDisabling(null);
        }}
      >
        <p>{t('users.disableConfirm', { name: disabling ? nameOf(disabling) : '' })}</p>
      </ConfirmDialog>
    </>
  );
}
