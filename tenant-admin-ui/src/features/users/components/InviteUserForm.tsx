import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { SelectField, TextField } from '@/components/ui/Field';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useI18n } from '@/lib/i18n/i18n';
import { fieldErrorOf } from '@/lib/problem-text';
import { useInviteUser, type Invitation } from '../api/invite-user';
import { OFFICE_ROLES } from '../api/schemas';
import { roleLabel } from './role-label';

const EMPTY: Invitation = { email: '', firstName: '', lastName: '', role: 'tenant-editor' };

export function InviteUserForm({ slug }: { slug: string }) {
  const { t } = useI18n();
  const [invitation, setInvitation] = useState<Invitation>(EMPTY);
  const [invited, setInvited] = useState<string | null>(null);
  const invite = useInviteUser(slug);
  const error = invite.error;
  const set = (patch: Partial<Invitation>) => setInvitation({ ...invitation, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setInvited(null);
    invite.mutate(
      {
        ...invitation,
        email: invitation.email.trim(),
        firstName: invitation.firstName.trim(),
        lastName: invitation.lastName.trim(),
      },
      {
        onSuccess: (user) => {
          setInvited(user.email ?? user.username);
          setInvitation(EMPTY);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="invite-form">
      {invited ? <Alert tone="success">{t('users.invited', { email: invited })}</Alert> : null}
      <ProblemAlert error={error} shownFields={['email', 'firstName', 'lastName', 'role']} />
      <div className="grid-2">
        <TextField
          label={t('users.email')}
          type="email"
          autoComplete="off"
          value={invitation.email}
          required
          onChange={(e) => set({ email: e.target.value })}
          error={fieldErrorOf(error, 'email', t)}
        />
        <TextField
          label={t('users.firstName')}
          autoComplete="off"
          value={invitation.firstName}
          onChange={(e) => set({ firstName: e.target.value })}
          error={fieldErrorOf(error, 'firstName', t)}
        />
        <TextField
          label={t('users.lastName')}
          autoComplete="off"
          value={invitation.lastName}
          onChange={(e) => set({ lastName: e.target.value })}
          error={fieldErrorOf(error, 'lastName', t)}
        />
        <SelectField
          label={t('users.role')}
          value={invitation.role}
          onChange={(e) => set({ role: e.target.value as Invitation['role'] })}
          error={fieldErrorOf(error, 'role', t)}
        >
          {OFFICE_ROLES.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role, t)}
            </option>
          ))}
        </SelectField>
      </div>
      <button type="submit" className="button" disabled={invite.isPending}>
        {invite.isPending ? t('users.inviting') : t('users.invite')}
      </button>
    </form>
  );
}
