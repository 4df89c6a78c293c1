import { useId, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { SelectField, TextAreaField } from '@/components/ui/Field';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { fieldErrorOf } from '@/lib/problem-text';
import { useApproveSignup } from '../api/approve-signup';
import { useRejectSignup } from '../api/reject-signup';
import type { Signup } from '../api/schemas';

/** The starter knowledge bases the platform offers on approval (LOTSE_ONBOARDING_TEMPLATES_*). */
const TEMPLATES = ['demo', 'empty'];

function Decision({ signup, onDone }: { signup: Signup; onDone(message: string): void }) {
  const { t } = useI18n();
  const id = useId();
  const [template, setTemplate] = useState('demo');
  const [reason, setReason] = useState('');
  const approve = useApproveSignup();
  const reject = useRejectSignup();
  const busy = approve.isPending || reject.isPending;
  return (
    <div className="decision" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="sr-only">
        {t('signups.decide', { office: signup.officeName })}
      </p>
      <ProblemAlert error={approve.error ?? reject.error} shownFields={['template', 'reason']} />
      <div className="decision-row">
        <SelectField
          label={t('signups.template')}
          value={template}
          onChange={(e) => setTemplate(e.target.value)}
          error={fieldErrorOf(approve.error, 'template', t)}
        >
          {TEMPLATES.map((name) => (
            <option key={name} value={name}>
              {t(`signups.template.${name}` as MessageKey)}
            </option>
          ))}
        </SelectField>
        <button
          type="button"
          className="button publish"
          disabled={busy}
          onClick={() =>
            approve.mutate(
              { id: signup.id, template },
              { onSuccess: () => onDone(t('signups.approved', { office: signup.officeName })) },
            )
          }
        >
          {t('signups.approve')}
          <span className="sr-only"> {signup.officeName}</span>
        </button>
      </div>
      <div className="decision-row">
        <TextAreaField
          label={t('signups.reason')}
          rows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fieldErrorOf(reject.error, 'reason', t)}
          fieldClassName="grow"
        />
        <button
          type="button"
          className="button danger-outline"
          disabled={busy}
          onClick={() =>
            reject.mutate(
              { id: signup.id, reason },
              { onSuccess: () => onDone(t('signups.rejected', { office: signup.officeName })) },
            )
          }
        >
          {t('signups.reject')}
          <span className="sr-only"> {signup.officeName}</span>
        </button>
      </div>
    </div>
  );
}

export function SignupsTable({ signups }: { signups: Signup[] }) {
  const { t, formatDateTime } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {!signups.length ? <p>{t('signups.empty')}</p> : null}
      {signups.map((signup) => (
        <section key={signup.id} className="card signup" aria-labelledby={`signup-${signup.id}`}>
          <h2 id={`signup-${signup.id}`}>
            {signup.officeName}{' '}
            <span className={`badge badge-signup-${signup.status}`}>
              {t(`signups.status.${signup.status}` as MessageKey)}
            </span>
          </h2>
          <dl className="facts">
            <dt>{t('offices.slug')}</dt>
            <dd>
              <code>{signup.slug}</code>
            </dd>
            <dt>{t('signups.domain')}</dt>
            <dd>{signup.emailDomain ?? t('common.none')}</dd>
            <dt>{t('signups.contact')}</dt>
            <dd>
              {[signup.contactFirstName, signup.contactLastName].filter(Boolean).join(' ')} ({signup.contactEmail})
            </dd>
            <dt>{t('signups.received')}</dt>
            <dd>{formatDateTime(signup.createdAt)}</dd>
            {signup.decidedAt ? (
              <>
                <dt>{t('signups.decided')}</dt>
                <dd>
                  {formatDateTime(signup.decidedAt)}, {signup.decidedBy}
                  {signup.rejectionReason ? ` – ${signup.rejectionReason}` : ''}
                </dd>
              </>
            ) : null}
          </dl>
          {signup.status === 'pending' ? <Decision signup={signup} onDone={setDone} /> : null}
        </section>
      ))}
    </>
  );
}
