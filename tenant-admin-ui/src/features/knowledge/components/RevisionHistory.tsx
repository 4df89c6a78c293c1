import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { SelectField } from '@/components/ui/Field';
import { Loading } from '@/components/ui/Loading';
import { ProblemAlert } from '@/components/ui/ProblemAlert';
import { useI18n, type MessageKey } from '@/lib/i18n/i18n';
import { useRevision } from '../api/get-revision';
import { useRevisions } from '../api/get-revisions';
import type { EntryDetail, Revision } from '../api/schemas';
import { useUpdateEntry } from '../api/update-entry';
import { diffRevisions } from '../revision-diff';
import { RevisionDiff } from './RevisionDiff';

const KNOWN_CHANGES = ['created', 'updated', 'imported', 'deleted', 'restored'];

function changeLabel(change: string, t: ReturnType<typeof useI18n>['t']): string {
  return KNOWN_CHANGES.includes(change) ? t(`history.change.${change}` as MessageKey) : change;
}

/** The entry's revisions, newest first; any two compared; an old one taken back as a new draft. */
export function RevisionHistory({
  slug,
  entry,
  languageOrder,
}: {
  slug: string;
  entry: EntryDetail;
  languageOrder: string[];
}) {
  const { t, formatDateTime } = useI18n();
  const revisions = useRevisions(slug, entry.key);
  const list: Revision[] = revisions.data ?? [];
  const [to, setTo] = useState<number | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const newer = to ?? list[0]?.revision ?? null;
  const older = from ?? list.find((r) => newer !== null && r.revision < newer)?.revision ?? null;
  const newerRevision = useRevision(slug, entry.key, newer);
  const olderRevision = useRevision(slug, entry.key, older);
  const restore = useUpdateEntry(slug, entry.key);
  const [restored, setRestored] = useState<number | null>(null);

  if (revisions.isPending) return <Loading />;
  if (revisions.error) return <ProblemAlert error={revisions.error} />;

  const options = list.map((r) => (
    <option key={r.revision} value={r.revision}>
      {t('history.revision', { revision: r.revision })} – {changeLabel(r.change, t)}, {formatDateTime(r.changedAt)}
    </option>
  ));

  return (
    <div className="history">
      {restored ? <Alert tone="success">{t('history.restored', { revision: restored })}</Alert> : null}
      <ProblemAlert error={restore.error} />
      <ol className="revisions">
        {list.map((r) => (
          <li key={r.revision}>
            <strong>{t('history.revision', { revision: r.revision })}</strong>{' '}
            {r.published ? <span className="badge badge-published">{t('history.publishedBadge')}</span> : null}
            <div className="muted">
              {t('history.by', {
                change: changeLabel(r.change, t),
                who: r.changedBy ?? '?',
                when: formatDateTime(r.changedAt),
              })}
            </div>
          </li>
        ))}
      </ol>
      {list.length > 1 ? (
        <fieldset className="compare">
          <legend>{t('history.compareLegend')}</legend>
          <SelectField label={t('history.from')} value={older ?? ''} onChange={(e) => setFrom(Number(e.target.value))}>
            {options}
          </SelectField>
          <SelectField label={t('history.to')} value={newer ?? ''} onChange={(e) => setTo(Number(e.target.value))}>
            {options}
          </SelectField>
        </fieldset>
      ) : null}
      {newerRevision.data && (older === null || olderRevision.data) ? (
        <>
          <RevisionDiff
            diffs={diffRevisions(olderRevision.data?.content, newerRevision.data.content, languageOrder)}
            from={older ?? 0}
            to={newer ?? 0}
          />
          {newer !== entry.currentRevision && newerRevision.data.content ? (
            <button
              type="button"
              className="button secondary"
              disabled={restore.isPending}
              onClick={() => {
                const content = newerRevision.data.content!;
                restore.mutate(
                  {
                    category: content.category ?? null,
                    translations: content.translations,
                    revision: entry.currentRevision,
                  },
                  { onSuccess: () => setRestored(newer) },
                );
              }}
            >
              {t('history.restore', { revision: newer ?? 0 })}
            </button>
          ) : null}
        </>
      ) : newerRevision.isPending || olderRevision.isFetching ? (
        <Loading />
      ) : (
        <ProblemAlert error={newerRevision.error ?? olderRevision.error} />
      )}
    </div>
  );
}
