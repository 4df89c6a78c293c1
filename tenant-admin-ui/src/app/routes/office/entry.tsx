import { useCallback, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate, useOutletContext, useParams } from 'react-router';
import { Alert } from '@/components/ui/Alert';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Loading } from '@/components/ui/Loading';
import { PageHeader } from '@/components/ui/PageHeader';
import { PlatformDetail, ProblemAlert } from '@/components/ui/ProblemAlert';
import { useDeleteEntry } from '@/features/knowledge/api/delete-entry';
import { useCategories } from '@/features/knowledge/api/get-categories';
import { useEntry } from '@/features/knowledge/api/get-entry';
import { usePublishEntry } from '@/features/knowledge/api/publish-entry';
import type { EntryDetail } from '@/features/knowledge/api/schemas';
import { useUnpublishEntry } from '@/features/knowledge/api/unpublish-entry';
import { useUpdateEntry } from '@/features/knowledge/api/update-entry';
import { EntryForm } from '@/features/knowledge/components/EntryForm';
import { EntryStatusBadge } from '@/features/knowledge/components/EntryStatusBadge';
import { RevisionHistory } from '@/features/knowledge/components/RevisionHistory';
import { draftOf } from '@/features/knowledge/entry-draft';
import type { Office } from '@/features/offices/api/get-offices';
import { useI18n } from '@/lib/i18n/i18n';
import { isApiError } from '@/lib/problem';
import { useCurrentOffice } from './office-context';

interface EntryContext {
  office: Office;
  entry: EntryDetail;
  refetch(): void;
}

function titleOf(entry: EntryDetail, office: Office): string {
  return entry.translations[office.defaultLanguage]?.title || entry.key;
}

/** One entry: its title and status, and the tabs "edit" and "history". */
export function EntryLayout() {
  const { t } = useI18n();
  const office = useCurrentOffice();
  const { key = '' } = useParams();
  const entry = useEntry(office.slug, key);
  if (entry.isPending) return <Loading />;
  if (entry.error) {
    return (
      <>
        <p className="breadcrumb">
          <Link to="..">{t('entry.back')}</Link>
        </p>
        <ProblemAlert error={entry.error} />
      </>
    );
  }
  const data = entry.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to=".." relative="path">
          {t('entry.back')}
        </Link>
      </p>
      <PageHeader title={titleOf(data, office)}>
        <p className="entry-meta">
          <code>{data.key}</code> · <EntryStatusBadge status={data.status} publishedRevision={data.publishedRevision} />{' '}
          · {t('entry.revisionInfo', { current: data.currentRevision })}.{' '}
          {data.publishedRevision
            ? t('entry.publishedRevision', { revision: data.publishedRevision })
            : t('entry.notPublished')}
        </p>
      </PageHeader>
      <nav className="tabs" aria-label={titleOf(data, office)}>
        <NavLink to="." end>
          {t('entry.tabEdit')}
        </NavLink>
        <NavLink to="history">{t('entry.tabHistory')}</NavLink>
      </nav>
      <Outlet context={{ office, entry: data, refetch: () => void entry.refetch() } satisfies EntryContext} />
    </>
  );
}

/** The editor with save, publish, withdraw and delete. */
export function EntryEditTab() {
  const { t } = useI18n();
  const { office, entry, refetch } = useOutletContext<EntryContext>();
  const location = useLocation();
  const navigate = useNavigate();
  const categories = useCategories(office.slug);
  const save = useUpdateEntry(office.slug, entry.key);
  const publish = usePublishEntry(office.slug, entry.key);
  const unpublish = useUnpublishEntry(office.slug, entry.key);
  const remove = useDeleteEntry(office.slug, entry.key);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<string | null>(
    (location.state as { created?: boolean } | null)?.created ? t('entry.savedDraft', { revision: 1 }) : null,
  );
  const [confirmDelete, setConfirmDelete] = useState(false);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);
  const conflict = isApiError(save.error) && save.error.kind === 'revision-conflict' ? save.error : null;
  const busy = save.isPending || publish.isPending || unpublish.isPending || remove.isPending;
  const actionError = publish.error ?? unpublish.error ?? remove.error;

  const reset = () => {
    save.reset();
    publish.reset();
    unpublish.reset();
    remove.reset();
  };

  if (categories.isPending) return <Loading />;
  return (
    <>
      {message ? <Alert tone="success">{message}</Alert> : null}
      {conflict ? (
        <Alert tone="error" title={t('entry.conflict')}>
          {conflict.detail ? <PlatformDetail detail={conflict.detail} /> : null}
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              reset();
              refetch();
            }}
          >
            {t('entry.conflictAction')}
          </button>
        </Alert>
      ) : null}
      <ProblemAlert error={actionError} />
      <EntryForm
        key={entry.currentRevision}
        mode="edit"
        office={office}
        categories={categories.data ?? []}
        initial={draftOf(entry)}
        error={conflict ? null : save.error}
        busy={busy}
        guardNavigation={!remove.isSuccess}
        onDirtyChange={onDirtyChange}
        onSubmit={(submission) => {
          reset();
          setMessage(null);
          save.mutate(
            { category: submission.category, translations: submission.translations, revision: entry.currentRevision },
            { onSuccess: (saved) => setMessage(t('entry.savedDraft', { revision: saved.currentRevision })) },
          );
        }}
        actions={
          <>
            <button
              type="button"
              className="button publish"
              disabled={busy || dirty || entry.status === 'published'}
              aria-describedby="publish-hint"
              onClick={() => {
                reset();
                setMessage(null);
                publish.mutate(entry.currentRevision, { onSuccess: () => setMessage(t('entry.published')) });
              }}
            >
              {publish.isPending ? t('entry.publishing') : t('entry.publish')}
            </button>
            {entry.publishedRevision ? (
              <button
                type="button"
                className="button secondary"
                disabled={busy}
                onClick={() => {
                  reset();
                  setMessage(null);
                  unpublish.mutate(undefined, { onSuccess: () => setMessage(t('entry.unpublished')) });
                }}
              >
                {t('entry.unpublish')}
              </button>
            ) : null}
            <button
              type="button"
              className="button danger-outline"
              disabled={busy}
              onClick={() => setConfirmDelete(true)}
            >
              {t('entry.delete')}
            </button>
            <span id="publish-hint" className="hint inline-hint">
              {dirty ? t('entry.saveFirst') : entry.status === 'published' ? t('entry.upToDate') : ''}
            </span>
          </>
        }
      />
      <ConfirmDialog
        open={confirmDelete}
        title={t('entry.delete')}
        confirmLabel={t('entry.delete')}
        cancelLabel={t('common.cancel')}
        danger
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          remove.mutate(entry.currentRevision, {
            onSuccess: () => navigate(`/o/${office.slug}/knowledge`, { state: { flash: 'entry.deleted' } }),
          });
        }}
      >
        <p>{t('entry.deleteConfirm', { title: titleOf(entry, office) })}</p>
      </ConfirmDialog>
    </>
  );
}

export function EntryHistoryTab() {
  const { office, entry } = useOutletContext<EntryContext>();
  const order = [office.defaultLanguage, ...office.enabledLanguages];
  return <RevisionHistory slug={office.slug} entry={entry} languageOrder={order} />;
}
