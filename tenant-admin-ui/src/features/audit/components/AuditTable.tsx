import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { de } from '@/lib/i18n/de';
import type { AuditRecord } from '../api/get-audit';

/** The action in words where we know it, else as the platform names it. */
export function actionLabel(action: string, t: ReturnType<typeof useI18n>['t']): string {
  const key = `audit.action.${action}`;
  return key in de ? t(key as MessageKey) : action;
}

function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([name, value]) => `${name}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(', ');
}

export function AuditTable({ records }: { records: AuditRecord[] }) {
  const { t, formatDateTime } = useI18n();
  if (!records.length) return <p>{t('audit.empty')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.target')}</th>
            <th scope="col">{t('audit.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.id}>
              <td>
                <time dateTime={record.at}>{formatDateTime(record.at)}</time>
              </td>
              <td>{record.actor}</td>
              <td>{actionLabel(record.action, t)}</td>
              <td>{record.target ? <code>{record.target}</code> : t('common.none')}</td>
              <td className="muted">{detailText(record.detail) || t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
