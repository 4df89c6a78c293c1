import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/Alert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useSession } from '@/lib/auth/auth';
import { firstArea, mayChangeOfficeStatus } from '@/lib/auth/permissions';
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { useChangeOfficeStatus } from '../api/change-office-status';
import type { Office } from '../api/get-offices';

export function statusLabel(status: string, t: ReturnType<typeof useI18n>['t']): string {
  const key = `offices.status.${status}` as MessageKey;
  return ['active', 'suspended', 'pending'].includes(status) ? t(key) : status;
}

/** All offices side by side; operators can open and suspend or reactivate each. */
export function OfficesTable({ offices }: { offices: Office[] }) {
  const { t } = useI18n();
  const session = useSession();
  const change = useChangeOfficeStatus();
  const [confirming, setConfirming] = useState<Office | null>(null);
  const [changed, setChanged] = useState<Office | null>(null);
  const operator = mayChangeOfficeStatus(session);

  const setStatus = (office: Office, status: 'active' | 'suspended') =>
    change.mutate({ slug: office.slug, status }, { onSuccess: (updated) => setChanged(updated) });

  if (!offices.length) return <p>{t('offices.empty')}</p>;
  return (
    <>
      {changed ? (
        <Alert tone="success">
          {t('offices.statusChanged', { name: changed.displayName, status: statusLabel(changed.status, t) })}
        </Alert>
      ) : null}
      <ProblemAlert error={change.error} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('offices.name')}</th>
              <th scope="col">{t('offices.slug')}</th>
              <th scope="col">{t('offices.bot')}</th>
              <th scope="col">{t('offices.status')}</th>
              <th scope="col">{t('offices.languages')}</th>
              {operator ? <th scope="col">{t('offices.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {offices.map((office) => {
              const area = firstArea(session, office.slug);
              return (
                <tr key={office.slug}>
                  <th scope="row">
                    {area ? <Link to={`/o/${office.slug}/${area}`}>{office.displayName}</Link> : office.displayName}
                  </th>
                  <td>
                    <code>{office.slug}</code>
                  </td>
                  <td>{office.botName}</td>
                  <td>
                    <span className={`badge badge-${office.status}`}>{statusLabel(office.status, t)}</span>
                  </td>
                  <td>{office.enabledLanguages.length}</td>
                  {operator ? (
                    <td>
                      {office.status === 'active' ? (
                        <button type="button" className="button secondary" onClick={() => setConfirming(office)}>
                          {t('offices.suspend')}
                          <span className="sr-only"> {office.displayName}</span>
                        </button>
                      ) : office.status === 'suspended' ? (
                        <button type="button" className="button secondary" onClick={() => setStatus(office, 'active')}>
                          {t('offices.activate')}
                          <span className="sr-only"> {office.displayName}</span>
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={t('offices.suspend')}
        confirmLabel={t('offices.suspend')}
        cancelLabel={t('common.cancel')}
        danger
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming) setStatus(confirming, 'suspended');
          setConfirming(null);
        }}
      >
        <p>{t('offices.suspendConfirm', { name: confirming?.displayName ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
